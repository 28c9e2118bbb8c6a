import { Knex } from 'knex';
import { Readable } from 'node:stream';

const isSqlite = (db: Knex) =>
  ['better-sqlite3', 'sqlite3'].includes(String(db.client.config.client));

/** Bindings as better-sqlite3 takes them (knex converts these itself when it runs a query). */
const sqliteBinding = (value: unknown) => {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
};

/**
 * The rows of one SELECT, read through a cursor as the consumer takes them:
 * PostgreSQL through pg-query-stream, MySQL through mysql2's row stream,
 * SQLite by iterating the prepared statement (knex would read all rows into
 * memory first). One statement is one consistent snapshot on each of them.
 * Stopping early (break, an error) closes the cursor and frees the
 * connection.
 */
export async function* streamRows(
  db: Knex,
  query: Knex.QueryBuilder,
): AsyncGenerator<any> {
  if (!isSqlite(db)) {
    // knex passes the options to pg-query-stream / mysql2's row stream.
    const stream = (query as any).stream({ highWaterMark: 200 }) as Readable;
    try {
      for await (const row of stream) yield row;
    } finally {
      stream.destroy();
    }
    return;
  }
  const { sql, bindings } = query.toSQL().toNative();
  const connection = await db.client.acquireConnection();
  try {
    const rows: IterableIterator<any> = connection
      .prepare(sql)
      .iterate(...(bindings as unknown[]).map(sqliteBinding));
    try {
      for (const row of rows) yield row;
    } finally {
      rows.return?.();
    }
  } finally {
    await db.client.releaseConnection(connection);
  }
}
