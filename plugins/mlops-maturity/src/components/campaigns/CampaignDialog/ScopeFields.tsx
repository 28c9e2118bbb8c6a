import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { entityRefLabel } from '../../../format/entityRefLabel';
import { ScorecardFilterOptions } from '../../../hooks/useScorecardFilterOptions';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  CampaignFormValues,
  SCOPE_FIELDS,
  SCOPE_REF_KINDS,
  ScopeField,
} from './campaignForm';

function ScopeInput(props: {
  field: ScopeField;
  label: string;
  values: string[];
  options: string[];
  onChange: (values: string[]) => void;
}) {
  const refs = SCOPE_REF_KINDS[props.field] !== undefined;
  return (
    <Autocomplete
      id={`campaign-scope-${props.field}`}
      multiple
      freeSolo
      // A value typed but not entered yet is kept when the field loses focus.
      autoSelect
      size="small"
      options={props.options}
      value={props.values}
      getOptionLabel={v => (refs ? entityRefLabel(v) : v)}
      onChange={(_e, values) =>
        props.onChange((values as string[]).filter(v => v.trim() !== ''))
      }
      renderInput={params => (
        <TextField {...params} label={props.label} variant="outlined" />
      )}
    />
  );
}

/**
 * The campaign's scope: owners, systems, domains, lifecycles, types and
 * tags, offered from the catalog; any value can be typed.
 */
export function ScopeFields(props: {
  scope: CampaignFormValues['scope'];
  options: ScorecardFilterOptions;
  onChange: (field: ScopeField, values: string[]) => void;
}) {
  const { scope, options } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const scopeLabels: Record<ScopeField, string> = {
    owner: t('campaignDialog.owner'),
    system: t('campaignDialog.system'),
    domain: t('campaignDialog.domain'),
    lifecycle: t('campaignDialog.lifecycle'),
    type: t('campaignDialog.type'),
    tag: t('campaignDialog.tag'),
  };

  return (
    <>
      <Grid item xs={12}>
        <Typography variant="subtitle2" component="h3">
          {t('campaignDialog.scope')}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t('campaignDialog.scopeHelp')} {t('campaignDialog.chipHelp')}
        </Typography>
      </Grid>
      {SCOPE_FIELDS.map(field => (
        <Grid item xs={12} sm={6} key={field}>
          <ScopeInput
            field={field}
            label={scopeLabels[field]}
            values={scope[field]}
            options={options[field]}
            onChange={list => props.onChange(field, list)}
          />
        </Grid>
      ))}
    </>
  );
}
