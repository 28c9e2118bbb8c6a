import { useApi } from '@backstage/core-plugin-api';
import {
  ScorecardQuery,
  TeamTrendPoint,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The team sparklines look 90 days back, a point a week. */
const TEAM_TREND_DAYS = 90;

/**
 * Every team's mean score over the last 90 days, week by week, for the
 * filters of `query` (its sort and page do not change it): one request for
 * all the roll-ups, by owner ref ('' for the services without an owner).
 * Undefined until loaded, or when it fails: the roll-ups show without it.
 */
export function useTeamTrend(
  query: ScorecardQuery,
  /** False until the roll-ups are in view: nothing is asked before. */
  wanted = true,
): Map<string, TeamTrendPoint[]> | undefined {
  const api = useApi(mlopsMaturityApiRef);
  const { limit: _l, offset: _o, orderBy: _b, order: _d, ...filters } = query;
  const key = JSON.stringify(filters);
  const state = useAsync(async () => {
    if (!wanted) return undefined;
    const from = new Date(Date.now() - (TEAM_TREND_DAYS - 1) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const trend = await api.getTeamTrend({
      ...JSON.parse(key),
      from,
      interval: 'week',
    });
    return new Map(trend.teams.map(t => [t.owner ?? '', t.points]));
  }, [api, key, wanted]);
  return state.value;
}
