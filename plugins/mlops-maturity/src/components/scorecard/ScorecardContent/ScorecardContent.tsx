import {
  ContentHeader,
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MLOPS_MATURITY_ENABLED_ANNOTATION,
  scorecardQueryFilters,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignList, useCampaignList } from '../../../hooks/useCampaignList';
import { ExportScorecardButton } from './ExportScorecardButton';
import { OwnerRollupTable } from './OwnerRollupTable';
import { CampaignOption, ScorecardFilters } from './ScorecardFilters';
import { ScorecardRankingTable } from './ScorecardRankingTable';
import { ScorecardSummary } from './ScorecardSummary';
import { useScorecardFilterOptions } from '../../../hooks/useScorecardFilterOptions';
import { useScorecardSearchParams } from './useScorecardSearchParams';

/**
 * The campaigns the campaign filter offers: the active ones, and the one in
 * the URL when it is not active (a closed campaign's "open in the
 * scorecard"), so the filter names it.
 */
function useCampaignOptions(
  active: CampaignOption[] | undefined,
  selected: string | undefined,
): CampaignOption[] {
  const api = useApi(mlopsMaturityApiRef);
  const missing =
    selected && active && !active.some(c => c.id === selected)
      ? selected
      : undefined;
  const { value: other } = useAsync(
    async () =>
      missing ? (await api.getCampaign(missing)).campaign : undefined,
    [api, missing],
  );
  const options = active ?? [];
  return other && other.id === missing ? [...options, other] : options;
}

/**
 * What the page composing the scorecard puts into it: the scorecard itself
 * knows neither campaigns nor the level guide.
 */
export interface ScorecardContentSlots {
  /**
   * What shows above the scorecard, given the active campaigns (loaded here,
   * as the campaign filter offers them too) and the model.
   */
  renderCampaigns?: (active: CampaignList, model?: MaturityModel) => ReactNode;
  /** Actions of the scorecard's header, before the export, given the model. */
  renderHeaderActions?: (model?: MaturityModel) => ReactNode;
}

/**
 * The body of the org-wide scorecard: the campaigns, then the filters,
 * summary, ranking and team roll-ups of the view described by the URL.
 */
export function ScorecardContent(props: ScorecardContentSlots = {}) {
  const { renderCampaigns, renderHeaderActions } = props;
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { query, update, clearFilters, hasFilters } =
    useScorecardSearchParams();
  const options = useScorecardFilterOptions();
  const { value: model } = useAsync(() => api.getModel(), [api]);
  const activeCampaigns = useCampaignList('active');
  const campaignOptions = useCampaignOptions(
    activeCampaigns.items?.map(i => i.campaign),
    query.campaign,
  );
  // The page follows the whole query; the summary only its filters, so
  // paging and sorting fetch one page and nothing computed over the set.
  // Keyed on the serialised query so equal queries do not refetch.
  const queryKey = JSON.stringify(query);
  const filters = scorecardQueryFilters(query);
  const filtersKey = JSON.stringify(filters);
  const page = useAsync(() => api.getScorecardPage(query), [api, queryKey]);
  const summary = useAsync(
    () => api.getScorecardSummary(filters),
    [api, filtersKey],
  );
  const error = page.error ?? summary.error;
  const loading = page.loading || summary.loading;
  const rows = page.value;
  // The ranking shows as soon as its page arrives; the counts, the
  // distribution and the team roll-ups follow with the summary.
  const wholeSet = summary.value;

  let body;
  if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else if (!rows) {
    body = <Progress />;
  } else if (rows.offset === 0 && rows.items.length === 0) {
    body = hasFilters ? (
      <EmptyState
        missing="data"
        title={t('scorecardContent.noMatches')}
        action={
          <Button variant="outlined" onClick={clearFilters}>
            {t('scorecardContent.clearFilters')}
          </Button>
        }
      />
    ) : (
      <EmptyState
        missing="info"
        title={t('scorecardContent.noServices')}
        description={t('scorecardContent.noServicesDescription', {
          annotation: MLOPS_MATURITY_ENABLED_ANNOTATION,
        })}
      />
    );
  } else {
    body = (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          {wholeSet ? (
            <ScorecardSummary response={wholeSet} model={model} />
          ) : (
            <Progress />
          )}
        </Grid>
        <Grid item xs={12}>
          <ScorecardRankingTable
            page={rows}
            totalCount={wholeSet?.totalCount}
            query={query}
            model={model}
            onChange={update}
          />
        </Grid>
        {wholeSet && (
          <Grid item xs={12}>
            <OwnerRollupTable owners={wholeSet.owners} model={model} />
          </Grid>
        )}
      </Grid>
    );
  }

  return (
    <>
      {renderCampaigns && (
        <Box mb={3}>{renderCampaigns(activeCampaigns, model)}</Box>
      )}
      <ContentHeader title={t('scorecardContent.title')}>
        {renderHeaderActions?.(model)}
        <ExportScorecardButton query={query} />
      </ContentHeader>
      <ScorecardFilters
        query={query}
        options={options}
        campaigns={campaignOptions}
        model={model}
        hasFilters={hasFilters}
        onChange={update}
        onClear={clearFilters}
      />
      <Box height={4} mb={1}>
        {loading && rows && <LinearProgress />}
      </Box>
      {body}
    </>
  );
}
