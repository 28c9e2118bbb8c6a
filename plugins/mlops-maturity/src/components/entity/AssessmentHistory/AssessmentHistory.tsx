import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { ScoreTrendChart } from '../ScoreTrendChart';
import { RevisionComparison } from './RevisionComparison';
import { RevisionTable } from './RevisionTable';
import { LoadError } from '../../shared/LoadError';

/** How many revisions the history card shows. */
const HISTORY_LIMIT = 50;

/**
 * The submitted revisions of an entity: score trend, list and a comparison
 * of two revisions' answers.
 */
export function AssessmentHistory(props: {
  entityRef: string;
  activeModel?: MaturityModel;
  /** Changes whenever a new revision was submitted, to reload the history. */
  refreshKey?: unknown;
}) {
  const { entityRef, activeModel, refreshKey } = props;
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const {
    value: history,
    loading,
    error,
  } = useAsync(
    () => api.getHistory(entityRef, { limit: HISTORY_LIMIT }),
    [api, entityRef, refreshKey],
  );

  return (
    <InfoCard title={t('assessmentHistory.title')}>
      {loading && <Progress />}
      {error && <LoadError error={error} />}
      {history && history.length === 0 && (
        <Typography>{t('assessmentHistory.noRevisions')}</Typography>
      )}
      {history && history.length > 0 && (
        <>
          <ScoreTrendChart history={history} />
          <Box mt={2}>
            <RevisionTable history={history} model={activeModel} />
          </Box>
          {history.length > 1 && (
            <Box mt={3}>
              <RevisionComparison
                key={history[0].revision}
                entityRef={entityRef}
                history={history}
                activeModel={activeModel}
              />
            </Box>
          )}
        </>
      )}
    </InfoCard>
  );
}
