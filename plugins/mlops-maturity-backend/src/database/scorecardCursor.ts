import {
  SCORECARD_ORDER_FIELDS,
  ScorecardOrderField,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createHash } from 'node:crypto';
import { orderColumns } from './scorecardFilters';
import { PageBound, PageKey } from './scorecardKeyset';

/** The order and the filters a cursor was made for. */
export interface CursorContext {
  orderBy: ScorecardOrderField;
  order: 'asc' | 'desc';
  fingerprint: string;
}

/** What a cursor holds, as JSON (short keys: it travels in URLs). */
interface CursorJson {
  v: 1;
  o: ScorecardOrderField;
  d: 'asc' | 'desc';
  f: string;
  b: 0 | 1;
  p: number;
  k: PageKey;
}

/** Query fields that are not filters: a cursor stays valid across them. */
const NOT_FILTERS = new Set([
  'limit',
  'offset',
  'orderBy',
  'order',
  'cursor',
  'keyset',
  'campaign',
  'campaignId',
]);

/**
 * A short hash of a query's filters (the campaign by its id, as requested or
 * resolved), so that a cursor answers only the filters it was made for.
 */
export function filtersFingerprint(query: object): string {
  const fields = query as Record<string, unknown>;
  const campaign = fields.campaign as { id?: string } | undefined;
  const entries = Object.entries(fields)
    .filter(([name, value]) => !NOT_FILTERS.has(name) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const campaignId = fields.campaignId ?? campaign?.id;
  return createHash('sha256')
    .update(JSON.stringify([campaignId ?? null, entries]))
    .digest('base64url')
    .slice(0, 16);
}

/**
 * An opaque cursor: base64url JSON of the order, the filters' fingerprint,
 * the direction and the key of the row it follows (or precedes).
 */
export function encodeCursor(context: CursorContext, bound: PageBound): string {
  const json: CursorJson = {
    v: 1,
    o: context.orderBy,
    d: context.order,
    f: context.fingerprint,
    b: bound.before ? 1 : 0,
    p: bound.position,
    k: bound.key,
  };
  return Buffer.from(JSON.stringify(json)).toString('base64url');
}

/** Why a cursor is refused, for a 400 that names the field. */
export class CursorProblem extends Error {}

const isKeyValue = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'number';

function parseJson(cursor: string): Partial<CursorJson> {
  try {
    const json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (json && typeof json === 'object' && !Array.isArray(json)) return json;
  } catch {
    // Reported below, as every other malformed cursor.
  }
  return {};
}

/**
 * Reads a cursor for a query of `context`: throws a {@link CursorProblem}
 * when it is not one this API returned, or was returned for another order
 * or other filters.
 */
export function decodeCursor(
  cursor: string,
  context: CursorContext,
): PageBound {
  const json = /^[A-Za-z0-9_-]{1,4000}$/.test(cursor) ? parseJson(cursor) : {};
  const { o, d, k, p } = json;
  const wellFormed =
    json.v === 1 &&
    SCORECARD_ORDER_FIELDS.includes(o as ScorecardOrderField) &&
    (d === 'asc' || d === 'desc') &&
    typeof json.f === 'string' &&
    (json.b === 0 || json.b === 1) &&
    Number.isSafeInteger(p) &&
    (p as number) >= 0 &&
    Array.isArray(k) &&
    k.every(isKeyValue) &&
    k.length === orderColumns({ orderBy: o!, order: d! }).length &&
    typeof k[k.length - 1] === 'string';
  if (!wellFormed) {
    throw new CursorProblem(
      'is not a cursor this API returned (pass nextCursor or prevCursor of a page unchanged)',
    );
  }
  if (o !== context.orderBy || d !== context.order) {
    throw new CursorProblem(
      `was returned for orderBy=${o}&order=${d}, not orderBy=${context.orderBy}&order=${context.order}: start again without a cursor after changing the sort`,
    );
  }
  if (json.f !== context.fingerprint) {
    throw new CursorProblem(
      'was returned for other filters: start again without a cursor after changing a filter',
    );
  }
  return { key: k!, before: json.b === 1, position: p! };
}
