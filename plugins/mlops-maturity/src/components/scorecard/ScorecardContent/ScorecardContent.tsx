import { ContentHeader, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { scorecardQueryFilters } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../../../api';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignList, useCampaignList } from '../../../hooks/useCampaignList';
import { ExportScorecardButton } from './ExportScorecardButton';
import { ScorecardTrendCard } from '../ScorecardTrend';
import { ScorecardBody } from './ScorecardBody';
import { FoldedCardsRow } from './FoldedCardsRow';
import { ScorecardFilters } from './ScorecardFilters';
import { ScorecardSummary } from './ScorecardSummary';
import { useCampaignOptions } from './useCampaignOptions';
import { useScorecardFilterOptions } from '../../../hooks/useScorecardFilterOptions';
import { useScorecardSearchParams } from './useScorecardSearchParams';

/**
 * What the page composing the scorecard puts into it: the scorecard itself
 * knows neither campaigns nor the level guide.
 */
export interface ScorecardContentSlots {
  /**
   * What shows below the headline figures, given the active campaigns
   * (loaded here, as the campaign filter offers them too) and the model.
   */
  renderCampaigns?: (active: CampaignList, model?: MaturityModel) => ReactNode;
  /** Actions of the scorecard's header, before the export, given the model. */
  renderHeaderActions?: (model?: MaturityModel) => ReactNode;
}

/**
 * The body of the org-wide scorecard: its title, the headline figures of
 * the view described by the URL, the campaigns and the trend (folded, side
 * by side), then the filters, the ranking and the team roll-ups. At 1280 × 800 the first
 * rows of the ranking show without scrolling.
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
  const page = useAsyncRetry(
    () => api.getScorecardPage(query),
    [api, queryKey],
  );
  const summary = useAsyncRetry(
    () => api.getScorecardSummary(filters),
    [api, filtersKey],
  );
  const error = page.error ?? summary.error;
  const retry = () => {
    if (page.error) page.retry();
    if (summary.error) summary.retry();
  };
  const loading = page.loading || summary.loading;
  const rows = page.value;
  // The ranking shows as soon as its page arrives; the counts, the
  // distribution and the team roll-ups follow with the summary.
  const wholeSet = summary.value;

  return (
    <>
      <ContentHeader title={t('scorecardContent.title')}>
        {renderHeaderActions?.(model)}
        <ExportScorecardButton query={query} />
      </ContentHeader>
      {!error && (
        <Box mb={2}>
          {wholeSet ? (
            <ScorecardSummary response={wholeSet} model={model} />
          ) : (
            <Progress />
          )}
        </Box>
      )}
      <Box mb={2}>
        <FoldedCardsRow>
          {renderCampaigns && (
            <div>{renderCampaigns(activeCampaigns, model)}</div>
          )}
          <div>
            <ScorecardTrendCard
              filters={filters}
              campaigns={activeCampaigns.items?.map(i => i.campaign)}
            />
          </div>
        </FoldedCardsRow>
      </Box>
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
      <ScorecardBody
        error={error}
        onRetry={retry}
        rows={rows}
        wholeSet={wholeSet}
        query={query}
        model={model}
        entityNames={options.names}
        hasFilters={hasFilters}
        onChange={update}
        onClear={clearFilters}
      />
    </>
  );
}
