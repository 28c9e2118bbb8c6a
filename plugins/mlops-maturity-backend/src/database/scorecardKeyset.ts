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

type Condition = (q: Knex.QueryBuilder) => void;

/**
 * The rows after `key` in `columns`' order, as alternatives each of which an
 * index of the order serves as one range: equal to the key on the first i
 * columns and after it on column i. A NULL equals NULL here (`is null`), and
 * sorts where the database sorts it, so the alternatives partition the rows
 * after the key exactly, on every database.
 */
export function afterKey(
  db: Knex,
  columns: OrderColumn[],
  key: PageKey,
): Condition[] {
  const high = nullsSortHigh(db);
  const alternatives: Condition[] = [];
  columns.forEach(({ column, dir }, i) => {
    const value = key[i];
    const nullsAfter = (dir === 'asc') === high;
    const after: Condition[] = [];
    if (value === null) {
      if (!nullsAfter) after.push(q => q.whereNotNull(column));
    } else {
      after.push(q =>
        q.where(column, dir === 'asc' ? '>' : '<', bound(column, value)),
      );
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
  });
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
  const [first, ...rest] = parts;
  if (rest.length > 0) first.unionAll(rest);
  const merged = db.select('*').from(first.as('after'));
  for (const { column, dir } of columns) merged.orderBy(column, dir);
  return merged.limit(limit);
}
