import {
  MATURITY_LEVELS,
  MaturityLevelNumber,
  SCORECARD_ORDER_FIELDS,
  ScorecardOrderField,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

const LIST_FILTERS = [
  'owner',
  'system',
  'domain',
  'lifecycle',
  'type',
  'tag',
] as const;

/** A share in [0, 1] as the backend reads it: a plain decimal, at most six places. */
function writeShare(share: number): string {
  return String(Number(Math.min(1, Math.max(0, share)).toFixed(6)));
}

/**
 * Writes a scorecard query as query parameters in the form the backend reads:
 * list filters repeat (`owner=a&owner=b`), booleans are `true|false`, unset
 * values are left out. The scorecard page uses the same form in its URL.
 */
export function scorecardQueryToParams(query: ScorecardQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_FILTERS) {
    for (const value of query[key] ?? []) params.append(key, value);
  }
  for (const level of query.level ?? []) params.append('level', String(level));
  if (query.assessed !== undefined) {
    params.set('assessed', String(query.assessed));
  }
  if (query.stale !== undefined) params.set('stale', String(query.stale));
  if (query.belowTarget !== undefined) {
    params.set('belowTarget', String(query.belowTarget));
  }
  if (query.campaign) params.set('campaign', query.campaign);
  if (query.campaignDone !== undefined) {
    params.set('campaignDone', String(query.campaignDone));
  }
  if (query.evidenceShareMin !== undefined) {
    params.set('evidenceShareMin', writeShare(query.evidenceShareMin));
  }
  if (query.evidenceShareMax !== undefined) {
    params.set('evidenceShareMax', writeShare(query.evidenceShareMax));
  }
  if (query.evidenceSuggestsHigher !== undefined) {
    params.set('evidenceSuggestsHigher', String(query.evidenceSuggestsHigher));
  }
  if (query.q) params.set('q', query.q);
  if (query.orderBy) params.set('orderBy', query.orderBy);
  if (query.order) params.set('order', query.order);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.offset !== undefined) params.set('offset', String(query.offset));
  return params;
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

function readBoolean(value: string | null): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

// What the backend accepts: 0, 1, or a decimal between with up to six places.
const SHARE = /^(0|1|0?\.\d{1,6}|1\.0{1,6})$/;

function readShare(value: string | null): number | undefined {
  return value !== null && SHARE.test(value) ? Number(value) : undefined;
}

function readCount(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Reads a scorecard query back from query parameters, dropping values that
 * are not valid (an unknown sort key, a level outside 0-4) rather than
 * failing: the parameters may come from a hand-edited URL.
 */
export function scorecardQueryFromParams(
  params: URLSearchParams,
): ScorecardQuery {
  const query: ScorecardQuery = {};
  for (const key of LIST_FILTERS) {
    const values = params.getAll(key).filter(v => v !== '');
    if (values.length > 0) query[key] = values;
  }
  const levels = params
    .getAll('level')
    .map(Number)
    .filter((l): l is MaturityLevelNumber =>
      MATURITY_LEVELS.includes(l as MaturityLevelNumber),
    );
  if (levels.length > 0) query.level = levels;
  const assessed = readBoolean(params.get('assessed'));
  if (assessed !== undefined) query.assessed = assessed;
  const stale = readBoolean(params.get('stale'));
  if (stale !== undefined) query.stale = stale;
  const belowTarget = readBoolean(params.get('belowTarget'));
  if (belowTarget !== undefined) query.belowTarget = belowTarget;
  const campaign = params.get('campaign');
  if (campaign) query.campaign = campaign;
  // Done or not is only a filter within a campaign.
  const campaignDone = readBoolean(params.get('campaignDone'));
  if (campaign && campaignDone !== undefined) {
    query.campaignDone = campaignDone;
  }
  const evidenceShareMin = readShare(params.get('evidenceShareMin'));
  const evidenceShareMax = readShare(params.get('evidenceShareMax'));
  // An empty range (minimum above maximum) is one the backend rejects:
  // neither bound is kept.
  if (
    evidenceShareMin === undefined ||
    evidenceShareMax === undefined ||
    evidenceShareMin <= evidenceShareMax
  ) {
    if (evidenceShareMin !== undefined) {
      query.evidenceShareMin = evidenceShareMin;
    }
    if (evidenceShareMax !== undefined) {
      query.evidenceShareMax = evidenceShareMax;
    }
  }
  const evidenceSuggestsHigher = readBoolean(
    params.get('evidenceSuggestsHigher'),
  );
  if (evidenceSuggestsHigher !== undefined) {
    query.evidenceSuggestsHigher = evidenceSuggestsHigher;
  }
  const q = params.get('q');
  if (q) query.q = q;
  const orderBy = params.get('orderBy');
  if (SCORECARD_ORDER_FIELDS.includes(orderBy as ScorecardOrderField)) {
    query.orderBy = orderBy as ScorecardOrderField;
  }
  const order = params.get('order');
  if (order === 'asc' || order === 'desc') query.order = order;
  const limit = readCount(params.get('limit'));
  if (limit !== undefined && limit >= 1 && limit <= 500) query.limit = limit;
  const offset = readCount(params.get('offset'));
  if (offset !== undefined) query.offset = offset;
  return query;
}
