import { ResponseError } from '@backstage/errors';
import {
  formatScorecardQuery,
  scorecardQueryFilters,
} from '../scorecard/scorecardQueryParams';
import {
  ScorecardTrendQuery,
  ScorecardTrendResponse,
} from '../scorecard/scorecardTrend';
import { MlopsMaturityFetcher, withQuery } from './request';
import { MlopsMaturityRequestOptions, ScorecardExportFile } from './types';

// The operations under /scorecard/trend of openapi.yaml.

const TREND_FILE_NAME = 'mlops-maturity-trend.csv';

/** A trend path: the scorecard's filters, then the dates and interval. */
function trendPath(path: string, query: ScorecardTrendQuery): string {
  const { from, to, interval, ...filters } = query;
  const params = formatScorecardQuery(scorecardQueryFilters(filters));
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (interval) params.set('interval', interval);
  return withQuery(path, params);
}

/** getScorecardTrend. */
export async function getScorecardTrend(
  http: MlopsMaturityFetcher,
  query: ScorecardTrendQuery,
  options: MlopsMaturityRequestOptions = {},
): Promise<ScorecardTrendResponse> {
  return http.json(trendPath('/scorecard/trend', query), {
    token: options.token,
  });
}

/** exportScorecardTrend: the trend's points as CSV. */
export async function exportScorecardTrend(
  http: MlopsMaturityFetcher,
  query: ScorecardTrendQuery,
  options: MlopsMaturityRequestOptions = {},
): Promise<ScorecardExportFile> {
  const response = await http.request(
    trendPath('/scorecard/trend/export', query),
    { headers: { Accept: 'text/csv' }, token: options.token },
  );
  if (!response.ok) throw await ResponseError.fromResponse(response);
  const disposition = response.headers.get('content-disposition');
  return {
    blob: await response.blob(),
    fileName:
      disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? TREND_FILE_NAME,
  };
}
