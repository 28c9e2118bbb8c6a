import { EmptyState, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MLOPS_MATURITY_ENABLED_ANNOTATION,
  MaturityModel,
  ScorecardPageResponse,
  ScorecardQuery,
  ScorecardSummaryResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { OwnerRollupTable } from './OwnerRollupTable';
import { ScorecardRankingTable } from './ScorecardRankingTable';
import { LoadError } from '../../shared/LoadError';

/**
 * What the scorecard shows below its filters: the error, the wait, the
 * empty view, or the ranking and team roll-ups.
 */
export function ScorecardBody(props: {
  error?: Error;
  /** Loads again what failed. */
  onRetry?: () => void;
  rows?: ScorecardPageResponse;
  wholeSet?: ScorecardSummaryResponse;
  query: ScorecardQuery;
  model?: MaturityModel;
  /** Display names of owners and systems by ref, as far as known. */
  entityNames?: Record<string, string>;
  hasFilters: boolean;
  onChange: (change: Partial<ScorecardQuery>) => void;
  onClear: () => void;
}) {
  const { error, rows, wholeSet, query, model, hasFilters } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (error) {
    return <LoadError error={error} onRetry={props.onRetry} />;
  }
  if (!rows) {
    return <Progress />;
  }
  if (rows.offset === 0 && rows.items.length === 0) {
    return hasFilters ? (
      <EmptyState
        missing="data"
        title={t('scorecardContent.noMatches')}
        action={
          <Button variant="outlined" onClick={props.onClear}>
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
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ScorecardRankingTable
          page={rows}
          totalCount={wholeSet?.totalCount}
          query={query}
          model={model}
          entityNames={props.entityNames}
          onChange={props.onChange}
        />
      </Grid>
      {wholeSet && (
        <Grid item xs={12}>
          <OwnerRollupTable
            owners={wholeSet.owners}
            model={model}
            query={query}
          />
        </Grid>
      )}
    </Grid>
  );
}
