import { Knex } from 'knex';
import { SnapshotRow, SNAPSHOTS } from './snapshotRows';

/**
 * Rows per insert statement: under every database's limit on bindings
 * (SQLite's 32,766 and PostgreSQL's 65,535 the lowest).
 */
const INSERT_CHUNK = 2500;
/** The columns of a snapshot row, in the order an insert lists them. */
const ROW_COLUMNS: Array<keyof SnapshotRow> = [
  'day',
  'service_id',
  'level',
  'score',
  'gated_level',
  'verified_level',
  'evidence_answered',
  'evidence_backed',
  'target_level',
  'stale',
  'assessed_day',
  'changed',
];
const ROW_VALUES = `(${ROW_COLUMNS.map(() => '?').join(', ')})`;

/**
 * Inserts rows as multi-row `values` lists written once per size, not
 * through the query builder: a backfill inserts millions of rows, and
 * building each statement row by row cost more than running it.
 */
export async function insertRows(tx: Knex, unordered: SnapshotRow[]) {
  // In primary key order, the order the table keeps them in.
  const rows = [...unordered].sort(
    (a, b) => a.day - b.day || a.service_id - b.service_id,
  );
  const head = `insert into ${SNAPSHOTS} (${ROW_COLUMNS.join(', ')}) `;
  if (String(tx.client.config.client).includes('pg')) {
    // One array per column: PostgreSQL plans a long `values` list slowly.
    await tx.raw(
      `${head} select * from unnest(${ROW_COLUMNS.map(() => '?::int[]').join(
        ', ',
      )})`,
      ROW_COLUMNS.map(column => rows.map(row => row[column])) as any,
    );
    return;
  }
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const bindings: Knex.RawBinding[] = [];
    for (const row of chunk) {
      for (const column of ROW_COLUMNS) bindings.push(row[column]);
    }
    await tx.raw(
      `${head} values ${new Array(chunk.length).fill(ROW_VALUES).join(', ')}`,
      bindings,
    );
  }
}
