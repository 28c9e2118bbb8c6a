import {
  SCORECARD_ORDER_FIELDS,
  ScorecardOrderField,
  ScorecardQuery,
} from '../api';
import { CAMPAIGN_SCOPE_REF_KINDS } from '../campaigns/campaignRules';
import { MATURITY_LEVELS, MaturityLevelNumber } from '../model/types';

/**
 * A filter of the scorecard: a field of {@link ScorecardQuery} other than its
 * sort and paging.
 *
 * @public
 */
export type ScorecardFilterField = Exclude<
  keyof ScorecardQuery,
  'limit' | 'offset' | 'cursor' | 'orderBy' | 'order'
>;

/**
 * How a scorecard filter is written as a query parameter: `refs` and
 * `texts` repeat (`owner=a&owner=b`), `levels` repeat as 0-4, `boolean` is
 * `true|false`, `share` a decimal in [0, 1], `campaignId` a campaign's id,
 * `text` one string of at most `maxLength` characters.
 *
 * @public
 */
export type ScorecardFilterParam =
  | { kind: 'refs'; defaultKind: string }
  | { kind: 'texts' }
  | { kind: 'levels' }
  | { kind: 'boolean' }
  | { kind: 'share' }
  | { kind: 'campaignId' }
  | { kind: 'text'; maxLength: number };

/**
 * The scorecard's filters as query parameters, in the order the API lists
 * (and checks) them.
 *
 * @public
 */
export const SCORECARD_FILTER_PARAMS = {
  owner: { kind: 'refs', defaultKind: CAMPAIGN_SCOPE_REF_KINDS.owner },
  system: { kind: 'refs', defaultKind: CAMPAIGN_SCOPE_REF_KINDS.system },
  domain: { kind: 'refs', defaultKind: CAMPAIGN_SCOPE_REF_KINDS.domain },
  lifecycle: { kind: 'texts' },
  level: { kind: 'levels' },
  type: { kind: 'texts' },
  tag: { kind: 'texts' },
  campaign: { kind: 'campaignId' },
  campaignDone: { kind: 'boolean' },
  assessed: { kind: 'boolean' },
  stale: { kind: 'boolean' },
  belowTarget: { kind: 'boolean' },
  evidenceShareMin: { kind: 'share' },
  evidenceShareMax: { kind: 'share' },
  evidenceShareBelow: { kind: 'share' },
  evidenceSuggestsHigher: { kind: 'boolean' },
  verifiedLevel: { kind: 'levels' },
  verifiedBelowClaimed: { kind: 'boolean' },
  q: { kind: 'text', maxLength: 200 },
} as const satisfies Record<ScorecardFilterField, ScorecardFilterParam>;

/**
 * The scorecard's filters, in the order of {@link SCORECARD_FILTER_PARAMS}.
 *
 * @public
 */
export const SCORECARD_FILTER_FIELDS = Object.keys(
  SCORECARD_FILTER_PARAMS,
) as ScorecardFilterField[];

/**
 * The page size and offset the scorecard accepts: deeper than `offset.max`,
 * a page is read by cursor (an offset costs a walk over every row it skips).
 *
 * @public
 */
export const SCORECARD_PAGING = {
  limit: { min: 1, max: 500 },
  offset: { min: 0, max: 1_000 },
} as const;

/**
 * A share in [0, 1] as a query parameter: 0, 1, or a decimal between with at
 * most six places (`0.5`, `.75`, `1.0`).
 *
 * @public
 */
export const SCORECARD_SHARE_PATTERN = /^(0|1|0?\.\d{1,6}|1\.0{1,6})$/;

/**
 * A scorecard query that selects nothing by construction, whatever the
 * services: the field to name and why.
 *
 * @public
 */
export type ScorecardQueryProblem =
  | { field: 'evidenceShareMin'; code: 'aboveMax' }
  | { field: 'evidenceShareMin'; code: 'notBelow' }
  | { field: 'campaignDone'; code: 'needsCampaign' };

/**
 * The rules between a scorecard query's filters: the evidence share range
 * must not be empty, and done or not is only a filter within a campaign.
 *
 * @public
 */
export function scorecardQueryProblems(
  query: Pick<
    ScorecardQuery,
    | 'evidenceShareMin'
    | 'evidenceShareMax'
    | 'evidenceShareBelow'
    | 'campaign'
    | 'campaignDone'
  >,
): ScorecardQueryProblem[] {
  const problems: ScorecardQueryProblem[] = [];
  const { evidenceShareMin: min, evidenceShareMax: max } = query;
  const below = query.evidenceShareBelow;
  if (min !== undefined && max !== undefined && min > max) {
    problems.push({ field: 'evidenceShareMin', code: 'aboveMax' });
  }
  if (min !== undefined && below !== undefined && min >= below) {
    problems.push({ field: 'evidenceShareMin', code: 'notBelow' });
  }
  if (query.campaign === undefined && query.campaignDone !== undefined) {
    problems.push({ field: 'campaignDone', code: 'needsCampaign' });
  }
  return problems;
}

/**
 * The filters of a scorecard query, without its sort and paging: what its
 * summary depends on.
 *
 * @public
 */
export function scorecardQueryFilters({
  limit: _limit,
  offset: _offset,
  cursor: _cursor,
  orderBy: _orderBy,
  order: _order,
  ...filters
}: ScorecardQuery): Pick<ScorecardQuery, ScorecardFilterField> {
  return filters;
}

/** A share in [0, 1] as the backend reads it: a plain decimal, at most six places. */
function writeShare(share: number): string {
  return String(Number(Math.min(1, Math.max(0, share)).toFixed(6)));
}

/**
 * Writes a scorecard query as query parameters in the form the backend reads:
 * list filters repeat (`owner=a&owner=b`), booleans are `true|false`, unset
 * values are left out; filters first, then sort and paging. The scorecard
 * page uses the same form in its URL.
 *
 * @public
 */
export function formatScorecardQuery(query: ScorecardQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of SCORECARD_FILTER_FIELDS) {
    const value = query[field];
    const { kind } = SCORECARD_FILTER_PARAMS[field];
    if (Array.isArray(value)) {
      for (const item of value) params.append(field, String(item));
    } else if (kind === 'share' && typeof value === 'number') {
      params.set(field, writeShare(value));
    } else if (kind === 'boolean' ? value !== undefined : value) {
      params.set(field, String(value));
    }
  }
  if (query.orderBy) params.set('orderBy', query.orderBy);
  if (query.order) params.set('order', query.order);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.offset !== undefined) params.set('offset', String(query.offset));
  if (query.cursor !== undefined) params.set('cursor', query.cursor);
  return params;
}

/**
 * Query parameters as URLSearchParams, or as a parsed query object (express, qs).
 *
 * @public
 */
export type ScorecardQueryInput =
  | URLSearchParams
  | Record<string, string | string[] | undefined>;

function allOf(input: ScorecardQueryInput, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key);
  const value = input[key];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

const firstOf = (input: ScorecardQueryInput, key: string) =>
  allOf(input, key)[0] ?? null;

function readBoolean(value: string | null): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function readCount(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function readFilter(
  input: ScorecardQueryInput,
  field: ScorecardFilterField,
): unknown {
  switch (SCORECARD_FILTER_PARAMS[field].kind) {
    case 'refs':
    case 'texts': {
      const values = allOf(input, field).filter(v => v !== '');
      return values.length > 0 ? values : undefined;
    }
    case 'levels': {
      const levels = allOf(input, field)
        .map(Number)
        .filter((l): l is MaturityLevelNumber =>
          MATURITY_LEVELS.includes(l as MaturityLevelNumber),
        );
      return levels.length > 0 ? levels : undefined;
    }
    case 'boolean':
      return readBoolean(firstOf(input, field));
    case 'share': {
      const value = firstOf(input, field);
      return value !== null && SCORECARD_SHARE_PATTERN.test(value)
        ? Number(value)
        : undefined;
    }
    default:
      return firstOf(input, field) || undefined;
  }
}

/**
 * Reads a scorecard query back from query parameters, dropping values that
 * are not valid (an unknown sort key, a level outside 0-4, an empty share
 * range, `campaignDone` without `campaign`) rather than failing: the
 * parameters may come from a hand-edited URL. Only the first value of a
 * single-valued parameter counts.
 *
 * @public
 */
export function parseScorecardQuery(
  input: ScorecardQueryInput,
): ScorecardQuery {
  const read: Record<string, unknown> = {};
  for (const field of SCORECARD_FILTER_FIELDS) {
    const value = readFilter(input, field);
    if (value !== undefined) read[field] = value;
  }
  const query = read as ScorecardQuery;
  for (const problem of scorecardQueryProblems(query)) {
    if (problem.code === 'aboveMax' || problem.code === 'notBelow') {
      // Neither bound of an empty range is kept.
      delete query.evidenceShareMin;
      delete query.evidenceShareMax;
      delete query.evidenceShareBelow;
    } else {
      delete query[problem.field];
    }
  }
  const orderBy = firstOf(input, 'orderBy');
  if (SCORECARD_ORDER_FIELDS.includes(orderBy as ScorecardOrderField)) {
    query.orderBy = orderBy as ScorecardOrderField;
  }
  const order = firstOf(input, 'order');
  if (order === 'asc' || order === 'desc') query.order = order;
  const { limit: limits, offset: offsets } = SCORECARD_PAGING;
  const limit = readCount(firstOf(input, 'limit'));
  if (limit !== undefined && limit >= limits.min && limit <= limits.max) {
    query.limit = limit;
  }
  // A cursor wins over an offset; an offset deeper than the API takes is
  // dropped (the first page), as every other value out of range.
  const cursor = firstOf(input, 'cursor');
  const offset = readCount(firstOf(input, 'offset'));
  if (cursor && /^[A-Za-z0-9_-]+$/.test(cursor)) query.cursor = cursor;
  else if (offset !== undefined && offset <= offsets.max) query.offset = offset;
  return query;
}
