import {
  formatScorecardQuery,
  parseScorecardQuery,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * Writes a scorecard query as query parameters in the form the backend reads
 * (the common codec): list filters repeat (`owner=a&owner=b`), booleans are
 * `true|false`, unset values are left out. The scorecard page uses the same
 * form in its URL.
 */
export function scorecardQueryToParams(query: ScorecardQuery): URLSearchParams {
  return formatScorecardQuery(query);
}

/**
 * The filters of a scorecard query, without its sort and paging: the key of
 * its summary.
 */
export function scorecardFilters({
  limit: _limit,
  offset: _offset,
  orderBy: _orderBy,
  order: _order,
  ...filters
}: ScorecardQuery): Omit<
  ScorecardQuery,
  'limit' | 'offset' | 'orderBy' | 'order'
> {
  return filters;
}

/**
 * Reads a scorecard query back from query parameters (the common codec),
 * dropping values that are not valid (an unknown sort key, a level outside
 * 0-4) rather than failing: the parameters may come from a hand-edited URL.
 */
export function scorecardQueryFromParams(
  params: URLSearchParams,
): ScorecardQuery {
  return parseScorecardQuery(params);
}
