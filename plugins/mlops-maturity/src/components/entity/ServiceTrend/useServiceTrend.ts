import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the tab looks: the same 90 days as the scorecard's trend. */
export const SERVICE_TREND_DAYS = 90;

/**
 * The service's daily snapshots of the last 90 days, loaded beside the rest
 * of the tab (the tab does not wait for it); again when `refreshKey`
 * changes, e.g. after a submission. A failure shows no trend.
 */
export function useServiceTrend(entityRef: string, refreshKey: string) {
  const api = useApi(mlopsMaturityApiRef);
  return useAsync(async () => {
    const from = new Date(Date.now() - (SERVICE_TREND_DAYS - 1) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const trend = await api.getServiceTrend(entityRef, {
      from,
      interval: 'day',
    });
    return trend.points;
  }, [api, entityRef, refreshKey]);
}
