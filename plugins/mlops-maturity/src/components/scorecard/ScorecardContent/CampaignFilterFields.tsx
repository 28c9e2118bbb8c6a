import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { BooleanFilterField } from './BooleanFilterField';

/** A campaign the campaign filter offers. */
export interface CampaignOption {
  id: string;
  title: string;
}

/**
 * The campaign filter: the services in a campaign's scope, and among them
 * those that meet its goal or not yet.
 */
export function CampaignFilterFields(props: {
  campaigns: CampaignOption[];
  campaign: string | undefined;
  campaignDone: boolean | undefined;
  onChange: (change: Partial<ScorecardQuery>) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const options = [...props.campaigns];
  // A campaign from the URL that is not offered (closed, say) stays shown.
  if (props.campaign && !options.some(c => c.id === props.campaign)) {
    options.push({ id: props.campaign, title: props.campaign });
  }
  return (
    <>
      <TextField
        id="scorecard-filter-campaign"
        select
        label={t('scorecardFilters.campaign')}
        value={props.campaign ?? ''}
        onChange={e =>
          props.onChange({
            campaign: e.target.value === '' ? undefined : e.target.value,
            campaignDone: undefined,
          })
        }
        variant="outlined"
        size="small"
        SelectProps={{ displayEmpty: true }}
        InputLabelProps={{ shrink: true }}
        style={{ minWidth: 200, marginRight: 12, marginBottom: 12 }}
      >
        <MenuItem value="">{t('scorecardFilters.any')}</MenuItem>
        {options.map(c => (
          <MenuItem key={c.id} value={c.id}>
            {c.title}
          </MenuItem>
        ))}
      </TextField>
      {props.campaign && (
        <BooleanFilterField
          id="scorecard-filter-campaign-done"
          label={t('scorecardFilters.campaignGoal')}
          value={props.campaignDone}
          trueLabel={t('scorecardFilters.campaignDone')}
          falseLabel={t('scorecardFilters.campaignNotDone')}
          onChange={campaignDone => props.onChange({ campaignDone })}
        />
      )}
    </>
  );
}
