import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { ScorecardFilterOptions } from '../../../hooks/useScorecardFilterOptions';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { BooleanFilterField } from './BooleanFilterField';
import { CampaignFilterFields, CampaignOption } from './CampaignFilterFields';
import { EvidenceShareFilterField } from './EvidenceShareFilterField';
import { LevelFilterField } from './LevelFilterField';
import { CatalogFilterFields } from './CatalogFilterFields';
import { SearchFilterField } from './SearchFilterField';
import { VerifiedFilterFields } from './VerifiedFilterFields';

export type { CampaignOption } from './CampaignFilterFields';

/**
 * The scorecard's filters. Changes go straight to the URL; the text search
 * waits until typing pauses.
 */
export function ScorecardFilters(props: {
  query: ScorecardQuery;
  options: ScorecardFilterOptions;
  /** The campaigns to filter by: the active ones. */
  campaigns?: CampaignOption[];
  model?: MaturityModel;
  hasFilters: boolean;
  onChange: (
    change: Partial<ScorecardQuery>,
    options?: { replace?: boolean },
  ) => void;
  onClear: () => void;
}) {
  const { query, options, model, onChange } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);

  return (
    <Box display="flex" flexWrap="wrap" alignItems="flex-start">
      <SearchFilterField
        q={query.q}
        onChange={q => onChange({ q }, { replace: true })}
      />
      <CatalogFilterFields
        query={query}
        options={options}
        onChange={onChange}
      />
      <LevelFilterField
        levels={query.level}
        model={model}
        onChange={level => onChange({ level })}
      />
      <VerifiedFilterFields query={query} model={model} onChange={onChange} />
      <BooleanFilterField
        id="scorecard-filter-assessed"
        label={t('scorecardFilters.assessment')}
        value={query.assessed}
        trueLabel={t('scorecardFilters.assessed')}
        falseLabel={t('scorecardFilters.notAssessed')}
        onChange={assessed => onChange({ assessed })}
      />
      <BooleanFilterField
        id="scorecard-filter-stale"
        label={t('scorecardFilters.staleness')}
        value={query.stale}
        trueLabel={t('scorecardFilters.stale')}
        falseLabel={t('scorecardFilters.upToDate')}
        onChange={stale => onChange({ stale })}
      />
      <BooleanFilterField
        id="scorecard-filter-below-target"
        label={t('scorecardFilters.target')}
        value={query.belowTarget}
        trueLabel={t('scorecardFilters.belowTarget')}
        falseLabel={t('scorecardFilters.atTargetOrNone')}
        onChange={belowTarget => onChange({ belowTarget })}
      />
      <EvidenceShareFilterField
        range={{
          evidenceShareMin: query.evidenceShareMin,
          evidenceShareMax: query.evidenceShareMax,
          evidenceShareBelow: query.evidenceShareBelow,
        }}
        onChange={onChange}
      />
      <BooleanFilterField
        id="scorecard-filter-evidence-suggests-higher"
        label={t('scorecardFilters.evidenceSuggestsHigher')}
        value={query.evidenceSuggestsHigher}
        trueLabel={t('scorecardFilters.evidenceSuggestsHigherYes')}
        falseLabel={t('scorecardFilters.evidenceSuggestsHigherNo')}
        minWidth={220}
        onChange={evidenceSuggestsHigher =>
          onChange({ evidenceSuggestsHigher })
        }
      />
      {((props.campaigns ?? []).length > 0 || !!query.campaign) && (
        <CampaignFilterFields
          campaigns={props.campaigns ?? []}
          campaign={query.campaign}
          campaignDone={query.campaignDone}
          onChange={onChange}
        />
      )}
      {props.hasFilters && (
        <Button onClick={props.onClear} style={{ marginTop: 4 }}>
          {t('scorecardFilters.clearFilters')}
        </Button>
      )}
    </Box>
  );
}
