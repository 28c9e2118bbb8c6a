import { Client } from 'pg';

export const POSTGRES_URL =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';

async function withClient<T>(
  database: string | undefined,
  fn: (client: Client) => Promise<T>,
): Promise<T> {
  const url = new URL(POSTGRES_URL);
  if (database) url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops every database whose name starts with the prefix (a test backend's plugin databases). */
export async function dropDatabases(prefix: string) {
  await withClient(undefined, async client => {
    const { rows } = await client.query(
      'select datname from pg_database where datname like $1',
      [`${prefix.replace(/[_%\\]/g, c => `\\${c}`)}%`],
    );
    for (const { datname } of rows) {
      await client.query(
        `drop database if exists "${datname.replace(/"/g, '""')}" with (force)`,
      );
    }
  });
}

const TABLES: Record<string, string> = {
  mlops_maturity_models: 'model_id, version',
  mlops_maturity_revisions: 'entity_ref, revision',
  mlops_maturity_current: 'entity_ref',
  mlops_maturity_drafts: 'entity_ref',
  mlops_maturity_entities: 'entity_ref',
  mlops_maturity_meta: 'key',
};

/** Every row of the plugin's tables, in a stable order. */
export async function dumpPluginTables(
  prefix: string,
): Promise<Record<string, unknown[]>> {
  return withClient(`${prefix}mlops-maturity`, async client => {
    const dump: Record<string, unknown[]> = {};
    for (const [table, order] of Object.entries(TABLES)) {
      dump[table] = (
        await client.query(`select * from ${table} order by ${order}`)
      ).rows;
    }
    return dump;
  });
}

/** Runs a query in the plugin's database. */
export async function queryPluginDatabase<T = any>(
  prefix: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return withClient(
    `${prefix}mlops-maturity`,
    async client => (await client.query(sql, params)).rows,
  );
}

/** Runs a query in one of a test backend's plugin databases (`<prefix><pluginId>`). */
export async function queryDatabase<T = any>(
  database: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return withClient(
    database,
    async client => (await client.query(sql, params)).rows,
  );
}

/**
 * Waits until the backend on this prefix has loaded its demo assessments
 * (they are written after the first catalog sync, one service at a time, so
 * a count read before then moves under the test).
 */
export async function waitForDemoData(prefix: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const loaded = await withClient(`${prefix}mlops-maturity`, client =>
      client.query(`select 1 from mlops_maturity_meta where key = $1`, [
        'demo-data-loaded',
      ]),
    ).then(
      result => result.rowCount! > 0,
      () => false, // the database or table does not exist yet
    );
    if (loaded) return;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`the backend on ${prefix} never loaded its demo data`);
}
