import { ResponseError } from '@backstage/errors';
import {
  formatScorecardQuery,
  scorecardQueryFilters,
} from '../scorecard/scorecardQueryParams';
import {
  ScorecardTrendQuery,
  ScorecardTrendResponse,
} from '../scorecard/scorecardTrend';
import {
  ServiceTrendResponse,
  TeamTrendResponse,
  TrendRange,
} from '../scorecard/serviceTrend';
import { entityPath, MlopsMaturityFetcher, withQuery } from './request';
import {
  MaturityEntityName,
  MlopsMaturityRequestOptions,
  ScorecardExportFile,
} from './types';

// The operations under /scorecard/trend of openapi.yaml, and a service's
// trend under /assessments/{kind}/{namespace}/{name}/trend.

const TREND_FILE_NAME = 'mlops-maturity-trend.csv';

/** A trend path: the scorecard's filters, then the dates and interval. */
function trendPath(path: string, query: ScorecardTrendQuery): string {
  const { from, to, interval, ...filters } = query;
  const params = formatScorecardQuery(scorecardQueryFilters(filters));
  return withQuery(path, withRange(params, { from, to, interval }));
}

/** The params with the dates and interval of a range that are set. */
function withRange(params: URLSearchParams, range: TrendRange) {
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  if (range.interval) params.set('interval', range.interval);
  return params;
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

/** getServiceTrend: one service's daily snapshots, a point per period. */
export async function getServiceTrend(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  range: TrendRange,
  options: MlopsMaturityRequestOptions = {},
): Promise<ServiceTrendResponse> {
  const path = `/assessments/${entityPath(entity)}/trend`;
  return http.json(withQuery(path, withRange(new URLSearchParams(), range)), {
    token: options.token,
  });
}

/** getTeamTrend: per owner of the filtered services, a point per period. */
export async function getTeamTrend(
  http: MlopsMaturityFetcher,
  query: ScorecardTrendQuery,
  options: MlopsMaturityRequestOptions = {},
): Promise<TeamTrendResponse> {
  return http.json(trendPath('/scorecard/trend/teams', query), {
    token: options.token,
  });
}
