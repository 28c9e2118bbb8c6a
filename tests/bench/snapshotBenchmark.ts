/* eslint-disable no-console */
/**
 * The daily snapshots on their own (issue 26), without HTTP: on a database
 * seeded as `scripts/bench.sh` seeds it (10,000 services × 20 revisions by
 * default), the backfill from the revisions, the size of the snapshot table
 * per service-day, a campaign's history over 90 days and the trend over 365
 * days (all services, by day, week and month).
 *
 *   scripts/bench-snapshots.sh [--services 10000] [--revisions 20] [--only sqlite|postgres|mysql] [--backfill-only]
 *
 * Prints the figures; leaves a scratch database behind on PostgreSQL and MySQL.
 */
import knexFactory, { Knex } from 'knex';
import { CampaignProgressStore } from '../../plugins/mlops-maturity-backend/src/database/CampaignProgressStore';
import { CampaignStore } from '../../plugins/mlops-maturity-backend/src/database/CampaignStore';
import { MIGRATIONS_DIRECTORY } from '../../plugins/mlops-maturity-backend/src/database/migrateDatabase';
import { ScorecardTrendStore } from '../../plugins/mlops-maturity-backend/src/database/ScorecardTrendStore';
import { SnapshotStore } from '../../plugins/mlops-maturity-backend/src/database/SnapshotStore';
import {
  dayOf,
  SNAPSHOTS,
} from '../../plugins/mlops-maturity-backend/src/database/snapshotRows';
import { POSTGRES_URL } from '../support/postgres';
import { seedDatabase } from './seedDatabase';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const SERVICES = Number(arg('--services') ?? 10000);
const REVISIONS = Number(arg('--revisions') ?? 20);
const ONLY = arg('--only');
/** Only the backfill and the totals summed after it (a quicker rerun). */
const BACKFILL_ONLY = process.argv.includes('--backfill-only');
const RUNS = 30;
/** Calls of a path that takes seconds at 100,000 services. */
const SLOW_RUNS = SERVICES > 20_000 ? 3 : RUNS;
const DATABASE = 'mlops_snapshot_bench';
const MYSQL_URL =
  process.env.BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING ??
  'mysql://backstage:backstage@127.0.0.1:3306/test';
type Engine = 'sqlite' | 'postgres' | 'mysql';

async function open(engine: Engine): Promise<Knex> {
  if (engine === 'sqlite') {
    return knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
  }
  const url = new URL(engine === 'postgres' ? POSTGRES_URL : MYSQL_URL);
  const client = engine === 'postgres' ? 'pg' : 'mysql2';
  const admin = knexFactory({ client, connection: url.toString() });
  await admin.raw(`drop database if exists ${DATABASE}`);
  await admin.raw(`create database ${DATABASE}`);
  await admin.destroy();
  url.pathname = `/${DATABASE}`;
  return knexFactory({
    client,
    connection: url.toString(),
    pool: { min: 1, max: 10 },
  });
}

async function p50(fn: () => Promise<unknown>, runs = RUNS) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)].toFixed(1);
}

/** Bytes the snapshot tables take (data and indexes), as the database counts them. */
async function tableBytes(knex: Knex, engine: Engine): Promise<number> {
  if (engine === 'postgres') {
    await knex.raw(`vacuum analyze ${SNAPSHOTS}`);
    const { rows } = await knex.raw(
      `select pg_total_relation_size('${SNAPSHOTS}') as bytes`,
    );
    return Number(rows[0].bytes);
  }
  if (engine === 'mysql') {
    await knex.raw(`analyze table ${SNAPSHOTS}`);
    const [rows] = await knex.raw(
      `select data_length + index_length as bytes from information_schema.tables where table_schema = database() and table_name = '${SNAPSHOTS}'`,
    );
    return Number(rows[0].bytes);
  }
  const rows = await knex.raw(
    `select sum(pgsize) as bytes from dbstat where name in (select name from sqlite_master where tbl_name = '${SNAPSHOTS}')`,
  );
  return Number(rows[0].bytes);
}

async function run(engine: Engine) {
  const knex = await open(engine);
  await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
  await seedDatabase(knex, { services: SERVICES, revisions: REVISIONS });
  const snapshots = new SnapshotStore(knex);
  const now = new Date();
  const today = dayOf(now);
  const first = (await snapshots.firstRevisionDay())!;
  const from = Math.max(first, today - 729);
  let start = Date.now();
  const rows = await snapshots.fillFromRevisions(from, today - 1, 90);
  const backfillMs = Date.now() - start;
  await snapshots.writeDay(today, new Date(now.getTime() - 90 * 86_400_000));
  const count = await snapshots.count();
  const bytes = await tableBytes(knex, engine);
  console.log(
    `${engine} ${SERVICES} × ${REVISIONS}: backfill of ${rows} rows (${
      today - from
    } days) in ${(backfillMs / 1000).toFixed(1)} s; ${count} rows take ${(
      bytes /
      1024 /
      1024
    ).toFixed(1)} MiB = ${(bytes / count).toFixed(1)} bytes per service-day (${(
      ((bytes / count) * 10_000 * 365) /
      1024 /
      1024
    ).toFixed(0)} MiB per 10,000 services per year)`,
  );

  start = Date.now();
  await snapshots.sumTotals(from, today, { today, members: true });
  console.log(
    `${engine}: summing the per-day totals after the backfill took ${(
      (Date.now() - start) /
      1000
    ).toFixed(1)} s`,
  );
  if (BACKFILL_ONLY) {
    await knex.destroy();
    return;
  }
  const campaigns = new CampaignStore(knex);
  const campaign = await campaigns.create(
    {
      title: 'Level 2 in production',
      description: '',
      scope: { lifecycle: ['production'] },
      goal: { kind: 'level', level: 2 },
      startsAt: new Date(now.getTime() - 89 * 86_400_000),
      deadline: new Date(now.getTime() + 30 * 86_400_000),
    },
    'user:default/bench',
  );
  const progress = new CampaignProgressStore(knex);
  const all = { kind: 'all' } as const;
  console.log(
    `${engine}: campaign history over 90 days p50 ${await p50(() =>
      progress.campaignHistory(campaign, now, all),
    )} ms`,
  );
  const trend = new ScorecardTrendStore(knex);
  const staleBefore = new Date(now.getTime() - 90 * 86_400_000);
  // A caller restricted to rows that are every row: the same services,
  // summed from the snapshots rather than read from the totals.
  const everyRow = {
    kind: 'restricted',
    restrict: (q: any) => q.whereNotNull('entity_ref'),
  } as const;
  const days = (step: number) =>
    Array.from(
      { length: Math.ceil(365 / step) },
      (_, i) => today - 364 + i * step,
    );
  for (const [name, step] of [
    ['day', 1],
    ['week', 7],
    ['month', 30],
  ] as const) {
    console.log(
      `${engine}: trend over 365 days by ${name}, all services, p50 ${await p50(
        () => trend.trendDays({}, staleBefore, all, days(step)),
      )} ms (from the totals); ${await p50(
        () => trend.trendDays({}, staleBefore, everyRow, days(step)),
        SLOW_RUNS,
      )} ms summed from the snapshots (p50 of ${SLOW_RUNS})`,
    );
  }
  start = Date.now();
  await snapshots.writeDay(today, staleBefore);
  console.log(
    `${engine}: writing today's snapshots took ${
      Date.now() - start
    } ms (totals kept as it writes)`,
  );
  await knex.destroy();
}

async function main() {
  for (const engine of ['sqlite', 'postgres', 'mysql'] as const) {
    if (!ONLY || ONLY === engine) await run(engine);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
