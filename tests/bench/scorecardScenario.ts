/**
 * One scenario of the scale benchmark: its seeded database, the backend
 * started on it and an HTTP client with a guest token.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';
import {
  BackendProcess,
  guestToken,
  ROOT,
  startBackend,
} from '../support/backend';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';
import { waitUntilQuiet } from '../support/backendQuiet';
import { ScorecardQueryStore } from '../../plugins/mlops-maturity-backend/src/database/ScorecardQueryStore';

export const QUICK = process.argv.includes('--quick');
export const PORT = 7151;
export const API = '/api/mlops-maturity';
export const ENTITY_PATH = `${API}/assessments/component/default/product-recommender`;
export const CATALOG_GET =
  '/api/catalog/entities/by-name/component/default/product-recommender';
export const MIGRATIONS = join(
  ROOT,
  'plugins/mlops-maturity-backend/migrations',
);
export const SORTS = {
  byScore: 'orderBy=score&order=desc',
  byName: 'orderBy=name&order=asc',
  byUpdated: 'orderBy=updatedAt&order=desc',
  // The one sort no index serves (Level 4 after every count).
  byRaises: 'orderBy=raisesToNextLevel&order=asc',
};
export const FILTER = 'owner=team-007&lifecycle=production&stale=false';

export type Engine = 'sqlite' | 'postgres';
export type Mode = 'development' | 'production';
/** demoPolicy.catalogRead of packages/backend's demo policy, per phase. */
export type CatalogRead = 'everyone' | 'owners' | 'confidential';
export interface Scenario {
  engine: Engine;
  services: number;
  revisions: number;
}
/** The figures of one scenario and mode, as printed and reported. */
export type Row = Record<string, any>;

export const scenarioLabel = (s: Scenario) =>
  `${s.engine} ${s.services} services × ${s.revisions} rev`;

/** Memory, conditional policies, concurrency and the production build are measured on these. */
export const isLargest = (s: Scenario) =>
  QUICK ? s.revisions === 20 : s.services === 10000 && s.revisions === 20;

const SQLITE_DIR = (s: Scenario) =>
  join(ROOT, 'tests/results/bench', `sqlite-${s.services}-${s.revisions}`);
const PG_PREFIX = (s: Scenario) => `mlops_bench_${s.services}_${s.revisions}_`;

export async function openPluginDatabase(s: Scenario): Promise<Knex> {
  if (s.engine === 'sqlite') {
    rmSync(SQLITE_DIR(s), { recursive: true, force: true });
    mkdirSync(SQLITE_DIR(s), { recursive: true });
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(SQLITE_DIR(s), 'mlops-maturity.sqlite') },
      useNullAsDefault: true,
    });
  }
  await dropDatabases(PG_PREFIX(s));
  const admin = knexFactory({ client: 'pg', connection: POSTGRES_URL });
  await admin.raw(`create database "${PG_PREFIX(s)}mlops-maturity"`);
  await admin.destroy();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${PG_PREFIX(s)}mlops-maturity`;
  return knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 1, max: 4 },
  });
}

export async function dropScenarioData(s: Scenario) {
  if (s.engine === 'postgres') await dropDatabases(PG_PREFIX(s));
  else rmSync(SQLITE_DIR(s), { recursive: true, force: true });
}

/** The scorecard page's own SQL (one page, 50 rows, by score), without HTTP, auth or aggregates. */
export function rawPageQuery(knex: Knex) {
  return new ScorecardQueryStore(knex).pageQuery(
    { limit: 50, offset: 0, orderBy: 'score', order: 'desc' },
    new Date(Date.now() - 90 * 24 * 60 * 60 * 1000),
  );
}

/** A backend of the scenario and a guest's HTTP calls to it. */
export interface Client {
  backend: BackendProcess;
  url: string;
  token: string;
  get(path: string): Promise<string>;
  send(method: 'PUT' | 'POST', path: string, body: unknown): Promise<Response>;
  totalCount(): Promise<number>;
}

export async function connect(backend: BackendProcess): Promise<Client> {
  const token = await guestToken(backend.url);
  const get = async (path: string) => {
    const res = await fetch(`${backend.url}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = await res.text();
    if (!res.ok)
      throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
    return body;
  };
  const send = (method: 'PUT' | 'POST', path: string, body: unknown) =>
    fetch(`${backend.url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  const totalCount = async () =>
    JSON.parse(await get(`${API}/scorecard/summary`)).totalCount as number;
  return { backend, url: backend.url, token, get, send, totalCount };
}

/** Starts a backend on the scenario's database (on `port`, PORT unless said) and signs a guest in. */
export async function startScenarioBackend(
  s: Scenario,
  catalogRead: CatalogRead,
  mode: Mode,
  options: { port?: number; name?: string } = {},
): Promise<Client> {
  const backend = await startBackend({
    name:
      options.name ??
      `bench-${s.engine}-${s.services}-${s.revisions}-${catalogRead}-${mode}`,
    port: options.port ?? PORT,
    production: mode === 'production',
    database:
      s.engine === 'sqlite'
        ? { kind: 'sqlite-directory', directory: SQLITE_DIR(s) }
        : { kind: 'postgres', connection: POSTGRES_URL, prefix: PG_PREFIX(s) },
    config: {
      demoPolicy: { catalogRead },
      mlopsMaturity: {
        // Keep the seeded services: the scheduled catalog sync would
        // replace them with the 21 example services.
        catalogSync: {
          frequency: { hours: 24 },
          initialDelay: { hours: 24 },
        },
        // ...and so would the visibility refresh, which removes from the
        // copy every service the catalog does not hold.
        visibility: {
          refresh: { frequency: { hours: 24 }, initialDelay: { hours: 24 } },
        },
        // PUT is measured many times on one entity.
        limits: { submissionsPerEntityPerHour: 100000 },
      },
      // The demo reads every service's facts every 10 minutes (cron), which
      // would land in the middle of the measurements; once a year here, after
      // its first run at the start (waited for below).
      techInsights: {
        factRetrievers: {
          mlopsMaturityFactRetriever: { cadence: '0 0 1 1 *' },
        },
      },
    },
  });
  try {
    const client = await connect(backend);
    // Nothing of the backend's own may run beside the timed requests.
    await waitUntilQuiet({
      url: client.url,
      token: client.token,
      pid: backend.pid,
    });
    return client;
  } catch (error) {
    await backend.stop();
    throw error;
  }
}
