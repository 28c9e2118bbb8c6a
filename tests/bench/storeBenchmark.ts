/* eslint-disable no-console */
/**
 * The scorecard store on its own, without HTTP or permissions: what the
 * findings in docs/benchmarks.md measured directly.
 *
 * - the summary of the whole table computed cold (the first viewer of a
 *   filter after a write pays it; later viewers get the cached one);
 * - 32 concurrent callers asking pages: the first page every time, and
 *   walking every page by cursor (as the API reads past 1,000 rows);
 * - a filtered page (one owner, production, not stale) before and after
 *   the statistics the catalog sync gathers on SQLite.
 *
 *   scripts/bench-store.sh [--services 100000] [--only sqlite|postgres]
 *
 * Prints the figures; writes nothing.
 */
import knexFactory, { Knex } from 'knex';
import { join } from 'node:path';
import { ScorecardQueryStore } from '../../plugins/mlops-maturity-backend/src/database/ScorecardQueryStore';
import {
  decodeCursor,
  filtersFingerprint,
} from '../../plugins/mlops-maturity-backend/src/database/scorecardCursor';
import { PageBound } from '../../plugins/mlops-maturity-backend/src/database/scorecardKeyset';
import { ROOT } from '../support/backend';
import { POSTGRES_URL } from '../support/postgres';
import { seedDatabase } from './seedDatabase';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const SERVICES = Number(arg('--services') ?? 10000);
const ONLY = arg('--only');
const CALLERS = 32;
const DATABASE = 'mlops_store_bench';
const STALE_BEFORE = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);

async function open(engine: 'sqlite' | 'postgres'): Promise<Knex> {
  if (engine === 'sqlite') {
    return knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
  }
  const admin = knexFactory({ client: 'pg', connection: POSTGRES_URL });
  await admin.raw(`drop database if exists ${DATABASE}`);
  await admin.raw(`create database ${DATABASE}`);
  await admin.destroy();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${DATABASE}`;
  return knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 1, max: 10 },
  });
}

async function averageMs(times: number, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < times; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / times;
}

const BY_SCORE = {
  limit: 50,
  offset: 0,
  orderBy: 'score',
  order: 'desc',
} as const;

/** Where every page by score starts: none for the first, then the key of the row before. */
async function pageBounds(store: ScorecardQueryStore) {
  const bounds: Array<PageBound | undefined> = [undefined];
  const context = {
    orderBy: BY_SCORE.orderBy,
    order: BY_SCORE.order,
    fingerprint: filtersFingerprint(BY_SCORE),
  };
  for (;;) {
    const page = await store.queryScorecardPage(
      { ...BY_SCORE, keyset: bounds[bounds.length - 1] },
      STALE_BEFORE,
      { kind: 'all' },
    );
    if (!page.nextCursor) return bounds;
    bounds.push(decodeCursor(page.nextCursor, context));
  }
}

async function pagesPerSecond(store: ScorecardQueryStore, walk: boolean) {
  const total = 640;
  const bounds = walk ? await pageBounds(store) : [undefined];
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (next < total) {
        const i = next++;
        await store.queryScorecardPage(
          { ...BY_SCORE, keyset: bounds[i % bounds.length] },
          STALE_BEFORE,
          { kind: 'all' },
        );
      }
    }),
  );
  return total / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function run(engine: 'sqlite' | 'postgres') {
  const knex = await open(engine);
  try {
    await knex.migrate.latest({
      directory: join(ROOT, 'plugins/mlops-maturity-backend/migrations'),
    });
    const seeding = Date.now();
    await seedDatabase(knex, { services: SERVICES, revisions: 1 });
    console.log(
      `${engine}, ${SERVICES} services: seeded in ${(
        (Date.now() - seeding) /
        1000
      ).toFixed(1)} s (the seed's sync gathers statistics on SQLite)`,
    );
    if (engine === 'postgres') await knex.raw('analyze');
    const store = new ScorecardQueryStore(knex);

    // A restriction without a cache key is computed every time: the cold cost.
    const cold = await averageMs(20, () =>
      store.queryScorecardSummary({}, STALE_BEFORE, {
        kind: 'restricted',
        restrict: q => q,
      }),
    );
    console.log(`  summary of every service, cold: ${cold.toFixed(1)} ms`);

    for (const walk of [false, true]) {
      console.log(
        `  ${CALLERS} callers, ${
          walk ? 'walking every page by cursor' : 'the first page'
        }: ${(await pagesPerSecond(store, walk)).toFixed(0)} pages/s`,
      );
    }

    const filtered = () =>
      store.queryScorecardPage(
        {
          limit: 50,
          offset: 0,
          orderBy: 'score',
          order: 'desc',
          owner: ['group:default/team-007'],
          lifecycle: ['production'],
          stale: false,
        },
        STALE_BEFORE,
        { kind: 'all' },
      );
    if (engine === 'sqlite') {
      console.log(
        `  filtered page with statistics: ${(
          await averageMs(20, filtered)
        ).toFixed(2)} ms`,
      );
      await knex.raw('delete from sqlite_stat1');
      await knex.raw('analyze sqlite_schema'); // makes SQLite reread the (now empty) statistics
      console.log(
        `  filtered page without statistics: ${(
          await averageMs(20, filtered)
        ).toFixed(2)} ms`,
      );
    } else {
      console.log(
        `  filtered page: ${(await averageMs(20, filtered)).toFixed(2)} ms`,
      );
    }
  } finally {
    await knex.destroy();
    if (engine === 'postgres') {
      const admin = knexFactory({ client: 'pg', connection: POSTGRES_URL });
      await admin.raw(`drop database if exists ${DATABASE}`);
      await admin.destroy();
    }
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
