import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { useEntityEvidence } from '../../../hooks/useEntityEvidence';
import { shownEvidenceBacking } from '../AnswerEvidence';
import { useEntityMaturity } from '../EntityMaturityContent/useEntityMaturity';
import { SparklinePoint } from './CardSparkline';

/** How many revisions the sparkline draws. */
const SPARKLINE_REVISIONS = 20;

/**
 * What the Overview card shows, from the same requests as the Maturity tab:
 * the model, the current assessment, the target, the evidence and, once an
 * assessment exists, the recent revisions for the sparkline. The history
 * and the evidence are extras: when either fails the card shows the rest.
 */
export function useEntityMaturityCard(entityRef: string) {
  const api = useApi(mlopsMaturityApiRef);
  const data = useEntityMaturity(entityRef);
  const revision = data.value?.current?.revision;
  const history = useAsync(async (): Promise<SparklinePoint[] | undefined> => {
    if (revision === undefined) return undefined;
    const entries = await api.getHistory(entityRef, {
      limit: SPARKLINE_REVISIONS,
    });
    // Newest first from the API; the line runs left to right in time.
    return entries.map(e => ({ date: e.createdAt, score: e.score })).reverse();
  }, [api, entityRef, revision]);
  const signals = useEntityEvidence(entityRef);
  const current = data.value?.current;
  const evidence =
    current &&
    shownEvidenceBacking(data.value!.currentModel, current.answers, signals);
  return {
    ...data,
    points: history.error ? undefined : history.value,
    evidence,
  };
}
