import { Knex } from 'knex';
import { OrderColumn } from './scorecardFilters';

/**
 * A row's place in an order: its value in each of the order's columns, in
 * the order's column order (the entity ref last, which makes it unique).
 * Timestamps are ISO strings, or the number SQLite stores.
 */
export type PageKey = ReadonlyArray<string | number | null>;

/** Where a keyset page starts: the rows after a key, or (a previous page) the rows before it. */
export interface PageBound {
  key: PageKey;
  before: boolean;
  /** The position of the row after the key, as of when the cursor was made (for ranks). */
  position: number;
}

/** Order columns never NULL (declared so, or computed by a CASE): no `is null` alternative for them. */
const NEVER_NULL = new Set([
  'entity_ref',
  'sort_name',
  'assessed',
  'raises_tier',
  'evidence_tier',
  'verified_tier',
]);

/** The columns bound as timestamps: a key holds them as ISO strings. */
const TIMESTAMP_COLUMNS = new Set(['updated_at']);

/** The order read backwards: every direction flipped (and so where NULL sorts). */
export function reversed(columns: OrderColumn[]): OrderColumn[] {
  return columns.map(({ column, dir }) => ({
    column,
    dir: dir === 'asc' ? 'desc' : 'asc',
  }));
}

/** A row's key in an order, from the row as the database returned it. */
export function keyOf(
  row: Record<string, unknown>,
  columns: OrderColumn[],
): PageKey {
  return columns.map(({ column }) => {
    const value = row[column];
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value.toISOString();
    return typeof value === 'number' ? value : String(value);
  });
}

const bound = (column: string, value: string | number) =>
  TIMESTAMP_COLUMNS.has(column) && typeof value === 'string'
    ? new Date(value)
    : value;

/**
 * PostgreSQL sorts NULL above every value; SQLite and MySQL/MariaDB below
 * every value. The keyset predicate follows the database's own order, which
 * is the order the page query's ORDER BY gives.
 */
function nullsSortHigh(db: Knex) {
  return String(db.client.config.client).includes('pg');
}

/**
 * Whether the database's planner takes a row value comparison as an index
 * range: PostgreSQL and SQLite do; MySQL/MariaDB scanned (a page by score at
 * 5,000 of 10,000: 18 ms with one, 1-2 ms with an alternative per column).
 */
function rowValueRanges(db: Knex) {
  return !String(db.client.config.client).includes('mysql');
}

type Condition = (q: Knex.QueryBuilder) => void;

/**
 * Sort columns NULL only outside one value of the column before them (the
 * computed tiers, `assessed`): within it, each sorts without NULLs.
 */
const DEFINED_WITHIN: Record<string, [string, number]> = {
  score: ['assessed', 1],
  level: ['assessed', 1],
  updated_at: ['assessed', 1],
  raises_to_next: ['raises_tier', 0],
  evidence_share: ['evidence_tier', 0],
  verified_level: ['verified_tier', 0],
  verified_score: ['verified_tier', 0],
};

/** Whether every row the first `i` columns equal to `key` hold has a value in column `i` and after. */
function definedFrom(columns: OrderColumn[], key: PageKey, i: number) {
  return columns.slice(i).every(({ column, dir }, j) => {
    if (dir !== columns[i].dir || key[i + j] === null) return false;
    if (NEVER_NULL.has(column)) return true;
    const [tier, value] = DEFINED_WITHIN[column] ?? [];
    const at = columns.findIndex(c => c.column === tier);
    return at >= 0 && at < i && key[at] === value;
  });
}

/**
 * The rows after `key` in `columns`' order, as alternatives each of which an
 * index of the order serves as one range: equal to the key on the first i
 * columns and after it on column i; where the rest of the columns have a
 * value in every row left and one direction, after it on all of them at once
 * (a row value comparison, one range too). A NULL equals NULL here (`is
 * null`), and sorts where the database sorts it, so the alternatives
 * partition the rows after the key exactly, on every database.
 */
export function afterKey(
  db: Knex,
  columns: OrderColumn[],
  key: PageKey,
): Condition[] {
  const high = nullsSortHigh(db);
  const rowValues = rowValueRanges(db);
  const alternatives: Condition[] = [];
  for (let i = 0; i < columns.length; i++) {
    const { column, dir } = columns[i];
    const value = key[i];
    const nullsAfter = (dir === 'asc') === high;
    const op = dir === 'asc' ? '>' : '<';
    const after: Condition[] = [];
    const rowValue =
      rowValues && i < columns.length - 1 && definedFrom(columns, key, i);
    if (rowValue) {
      const rest = columns.slice(i);
      after.push(q =>
        q.whereRaw(
          `(${rest.map(() => '??').join(', ')}) ${op} (${rest
            .map(() => '?')
            .join(', ')})`,
          [
            ...rest.map(c => c.column),
            ...rest.map((c, j) => bound(c.column, key[i + j]!)),
          ],
        ),
      );
    } else if (value === null) {
      if (!nullsAfter) after.push(q => q.whereNotNull(column));
    } else {
      after.push(q => q.where(column, op, bound(column, value)));
      if (nullsAfter && !NEVER_NULL.has(column)) {
        after.push(q => q.whereNull(column));
      }
    }
    const equalBefore: Condition = q => {
      columns.slice(0, i).forEach((previous, j) => {
        const v = key[j];
        if (v === null) q.whereNull(previous.column);
        else q.where(previous.column, bound(previous.column, v));
      });
    };
    for (const condition of after) {
      alternatives.push(q => {
        equalBefore(q);
        condition(q);
      });
    }
    if (rowValue) break;
  }
  return alternatives;
}

/**
 * The first `limit` rows after `key` in `columns`' order: one ordered,
 * limited index range scan per alternative of {@link afterKey}, merged and
 * cut to `limit` (at most a few times `limit` rows sorted). `base` makes the
 * filtered, selected query each alternative narrows.
 */
export function rowsAfter(
  db: Knex,
  base: () => Knex.QueryBuilder,
  columns: OrderColumn[],
  key: PageKey,
  limit: number,
): Knex.QueryBuilder {
  const parts = afterKey(db, columns, key).map((condition, i) => {
    const q = base();
    condition(q);
    for (const { column, dir } of columns) q.orderBy(column, dir);
    return db.select('*').from(q.limit(limit).as(`after${i}`));
  });
  if (parts.length === 0) return base().whereRaw('1 = 0');
  if (parts.length === 1) {
    // One range: the page is that range's first rows, no merge.
    const q = base();
    afterKey(db, columns, key)[0](q);
    for (const { column, dir } of columns) q.orderBy(column, dir);
    return q.limit(limit);
  }
  const [first, ...rest] = parts;
  if (rest.length > 0) first.unionAll(rest);
  const merged = db.select('*').from(first.as('after'));
  for (const { column, dir } of columns) merged.orderBy(column, dir);
  return merged.limit(limit);
}
