import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { useEntityEvidence } from '../../../hooks/useEntityEvidence';
import { shownEvidenceBacking } from '../AnswerEvidence';
import { useEntityMaturity } from '../EntityMaturityContent/useEntityMaturity';
import { MaturitySparklinePoint } from '../../shared/MaturitySparkline';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the sparkline looks, week by week from the daily snapshots. */
const SPARKLINE_DAYS = 91;

/**
 * What the Overview card shows, from the same requests as the Maturity tab:
 * the model, the current assessment, the target, the evidence and, once an
 * assessment exists, its weekly series of the last 13 weeks (from the
 * daily snapshots) for the sparkline. The history
 * and the evidence are extras: when either fails the card shows the rest.
 */
export function useEntityMaturityCard(entityRef: string) {
  const api = useApi(mlopsMaturityApiRef);
  const data = useEntityMaturity(entityRef);
  const revision = data.value?.current?.revision;
  const history = useAsync(async (): Promise<
    MaturitySparklinePoint[] | undefined
  > => {
    if (revision === undefined) return undefined;
    const from = new Date(Date.now() - (SPARKLINE_DAYS - 1) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const trend = await api.getServiceTrend(entityRef, {
      from,
      interval: 'week',
    });
    return trend.points.map(p => ({
      date: p.date,
      score: p.score,
      level: p.level,
    }));
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
