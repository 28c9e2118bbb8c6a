/* eslint-disable no-console */
/**
 * The verified level at scale (issue 25): 10,000 ML services × 20
 * revisions (by default), seeded as the scale benchmark seeds them, every
 * service's verified figures computed by the plugin's own code (nothing
 * reviewed: every answer self-reported), and 1,000 open review requests on
 * services the guest may review. Then, through HTTP on the real backend
 * (development server), each figure beside the catalog's cheapest read
 * measured in the same run and in turns with it:
 *
 * - a scorecard page sorted by the claimed level and by the verified level
 *   (both directions), one filtered by verified level, and the summary;
 * - the guest's review queue (`GET /reviews`): its first page, the page
 *   halfway in through the cursor, and one team's queue.
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     tests/bench/verifiedBenchmark.ts [--services 10000] [--revisions 20] \
 *     [--requests 1000] [--only sqlite|postgres] [--samples 100]
 *
 * Prints the figures; writes nothing else. Not part of CI.
 */
import knexFactory, { Knex } from 'knex';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ReviewStore } from '../../plugins/mlops-maturity-backend/src/database/ReviewStore';
import { guestToken, ROOT, startBackend } from '../support/backend';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';
import { GUEST_TEAM, seedDatabase } from './seedDatabase';
import { settleLoad } from './machineLoad';
import { seedVerifiedFigures, storeReviewPolicy } from './seedVerified';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const SERVICES = Number(arg('--services') ?? 10000);
const REVISIONS = Number(arg('--revisions') ?? 20);
const REQUESTS = Number(arg('--requests') ?? 1000);
const SAMPLES = Number(arg('--samples') ?? 100);
const ONLY = arg('--only');
const PORT = 7171;
const API = '/api/mlops-maturity';
const CATALOG_GET =
  '/api/catalog/entities/by-name/component/default/product-recommender';
const MIGRATIONS = join(ROOT, 'plugins/mlops-maturity-backend/migrations');
const SQLITE_DIR = join(ROOT, 'tests/results/bench', 'sqlite-verified');
const PG_PREFIX = 'mlops_bench_verified_';
/** The review policy the backend runs with (and the seed applied). */
const REVIEW = {
  requiredFromLevel: 3,
  exemptions: { requireApproval: true, maxDays: 365 },
};
type Engine = 'sqlite' | 'postgres';

async function openDatabase(engine: Engine): Promise<Knex> {
  if (engine === 'sqlite') {
    rmSync(SQLITE_DIR, { recursive: true, force: true });
    mkdirSync(SQLITE_DIR, { recursive: true });
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(SQLITE_DIR, 'mlops-maturity.sqlite') },
      useNullAsDefault: true,
    });
  }
  await dropDatabases(PG_PREFIX);
  const admin = knexFactory({ client: 'pg', connection: POSTGRES_URL });
  await admin.raw(`create database "${PG_PREFIX}mlops-maturity"`);
  await admin.destroy();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${PG_PREFIX}mlops-maturity`;
  return knexFactory({ client: 'pg', connection: url.toString() });
}

/**
 * Every assessed service's verified figures, as the plugin computes them
 * with nothing reviewed; and review requests, opened the way a submission
 * opens them, on services of other teams than the guest's until there are
 * `requests` of them.
 */
async function seedVerification(knex: Knex, requests: number) {
  const reviews = new ReviewStore(knex);
  let opened = 0;
  await seedVerifiedFigures(knex, async (tx, row, answers) => {
    if (opened >= requests || row.owner === GUEST_TEAM) return;
    const sync = await reviews.syncForRevision(tx, {
      entityRef: row.entity_ref,
      entityUid: row.entity_uid,
      revision: Number(row.revision),
      author: row.author,
      at: new Date(row.created_at),
      answers,
      policy: { requiredFromLevel: 3, exemptionsRequireApproval: true },
    });
    opened += sync.opened.length;
  });
  return opened;
}

/** Until the scorecard's trend has more than one point: the snapshot backfill ran. */
async function waitForBackfill(get: (path: string) => Promise<string>) {
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const deadline = Date.now() + 300_000;
  const started = Date.now();
  while (Date.now() < deadline) {
    const trend = JSON.parse(
      await get(
        `${API}/scorecard/trend?from=${from.slice(0, 10)}&interval=week`,
      ),
    );
    if (trend.points.length > 1) {
      console.log(
        `   snapshot backfill done after ${Math.round(
          (Date.now() - started) / 1000,
        )} s of waiting`,
      );
      return;
    }
    await new Promise(r => setTimeout(r, 2000));
  }
  throw new Error('the daily snapshots were never backfilled');
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Each request's p50 and p95 over `SAMPLES` rounds; every round asks each
 * request once, in turns, so the catalog baseline and the measured
 * requests meet the same machine.
 */
async function measureInTurns(
  requests: Record<string, () => Promise<unknown>>,
) {
  const times = new Map<string, number[]>();
  // Every request warmed up first: the first requests after a start pay
  // for loading code and filling caches.
  for (let i = 0; i < 20; i++) {
    for (const fn of Object.values(requests)) await fn();
  }
  for (let round = 0; round < SAMPLES; round++) {
    for (const [name, fn] of Object.entries(requests)) {
      const start = process.hrtime.bigint();
      await fn();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      times.set(name, [...(times.get(name) ?? []), ms]);
    }
  }
  return [...times].map(([name, list]) => {
    list.sort((a, b) => a - b);
    return { name, p50: percentile(list, 50), p95: percentile(list, 95) };
  });
}

async function run(engine: Engine) {
  console.log(`\n== ${engine}: ${SERVICES} services × ${REVISIONS} revisions`);
  const knex = await openDatabase(engine);
  await knex.migrate.latest({ directory: MIGRATIONS });
  let start = Date.now();
  await seedDatabase(knex, { services: SERVICES, revisions: REVISIONS });
  const opened = await seedVerification(knex, REQUESTS);
  // The policy was applied when the requests were opened: the backend's
  // first start must not apply it again to every service (as after an
  // upgrade), which would open a request for every answer at Level 3.
  await storeReviewPolicy(knex, REVIEW);
  // The statistics autovacuum would gather after a bulk load like this.
  if (engine === 'postgres') await knex.raw('analyze');
  console.log(
    `   seeded in ${((Date.now() - start) / 1000).toFixed(
      1,
    )} s, ${opened} open review requests`,
  );
  await knex.destroy();

  const backend = await startBackend({
    name: `bench-verified-${engine}`,
    port: PORT,
    database:
      engine === 'sqlite'
        ? { kind: 'sqlite-directory', directory: SQLITE_DIR }
        : { kind: 'postgres', connection: POSTGRES_URL, prefix: PG_PREFIX },
    config: {
      mlopsMaturity: {
        review: REVIEW,
        // Keep the seeded services (see scorecardBenchmark.ts).
        catalogSync: { frequency: { hours: 24 }, initialDelay: { hours: 24 } },
        visibility: {
          refresh: { frequency: { hours: 24 }, initialDelay: { hours: 24 } },
        },
      },
    },
  });
  try {
    const token = await guestToken(backend.url);
    const get = async (path: string) => {
      const res = await fetch(`${backend.url}${path}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const body = await res.text();
      if (!res.ok)
        throw new Error(`${path}: ${res.status} ${body.slice(0, 300)}`);
      return body;
    };
    // The queue as the guest sees it: its size, and a cursor halfway in.
    let cursor: string | undefined;
    let queued = 0;
    const cursors: string[] = [];
    do {
      const page = JSON.parse(
        await get(
          `${API}/reviews?limit=50${
            cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
          }`,
        ),
      );
      queued += page.items.length;
      cursor = page.nextCursor;
      if (cursor) cursors.push(cursor);
    } while (cursor);
    const deep = cursors[Math.floor(cursors.length / 2)];
    const team = JSON.parse(await get(`${API}/reviews?limit=1`)).items[0]
      ?.owner;
    console.log(`   the guest's queue: ${queued} requests; team ${team}`);
    const verifiedTwo = JSON.parse(
      await get(`${API}/scorecard/summary?verifiedLevel=2`),
    ).totalCount;
    console.log(`   services at verified Level 2: ${verifiedTwo}`);

    // The snapshot task's first run (a minute after the start) backfills
    // the seeded revisions' daily snapshots, in this process: on SQLite
    // every request waits behind it. Measure once it is done.
    await waitForBackfill(get);
    // The backend's start and its first tasks (the catalog reading the
    // example files, the first sync) load the machine for a while.
    await settleLoad('the measurements', 120);
    const load = loadavg()[0];
    start = Date.now();
    const page = (query: string) => () =>
      get(`${API}/scorecard/page?limit=50&${query}`);
    const figures = await measureInTurns({
      'catalog GET': () => get(CATALOG_GET),
      'page by level': page('orderBy=level&order=desc'),
      'page by verified level': page('orderBy=verifiedLevel&order=desc'),
      'page by verified level, ascending': page(
        'orderBy=verifiedLevel&order=asc',
      ),
      'page filtered by verified level 2': page(
        'verifiedLevel=2&orderBy=score&order=desc',
      ),
      'summary filtered by verified level 2': () =>
        get(`${API}/scorecard/summary?verifiedLevel=2`),
      'review queue, first page': () => get(`${API}/reviews?limit=50`),
      'review queue, halfway in': () =>
        get(`${API}/reviews?limit=50&cursor=${encodeURIComponent(deep ?? '')}`),
      "review queue, one team's": () =>
        get(`${API}/reviews?limit=50&owner=${encodeURIComponent(team)}`),
    });
    console.log(
      `   load before ${load.toFixed(2)}, after ${loadavg()[0].toFixed(2)}; ${(
        (Date.now() - start) /
        1000
      ).toFixed(0)} s; ${SAMPLES} samples each (p95 over ${SAMPLES})`,
    );
    const baseline = figures[0].p50;
    console.log('   | request | p50 ms | p95 ms | p50 − catalog GET |');
    console.log('   | --- | --- | --- | --- |');
    for (const f of figures) {
      console.log(
        `   | ${f.name} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${
          f.name === 'catalog GET' ? '' : `+${(f.p50 - baseline).toFixed(1)}`
        } |`,
      );
    }
  } finally {
    await backend.stop();
  }
}

async function main() {
  for (const engine of ['sqlite', 'postgres'] as const) {
    if (!ONLY || ONLY === engine) await run(engine);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
