/*
 * The scorecard trend at organisation scale (issue 26: 365 days of all
 * services at 100,000 services), on an in-memory SQLite and the local
 * PostgreSQL. A backfill of 100,000 × 20 revisions takes longer than a
 * benchmark should, so the year of snapshots is written by SQL instead:
 * every service changes level every 14 days (on its own day), as the
 * backfill's revisions do, and each row says whether it changed. Then the
 * plugin's own code sums the per-day totals and answers the trend, from
 * the totals and (once) from the rows.
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     tests/bench/trendScaleBenchmark.ts [--services 100000] [--only sqlite|postgres]
 *
 * Prints the figures; leaves a scratch database behind on PostgreSQL.
 */
import knexFactory, { Knex } from 'knex';
import { MIGRATIONS_DIRECTORY } from '../../plugins/mlops-maturity-backend/src/database/migrateDatabase';
import { ScorecardTrendStore } from '../../plugins/mlops-maturity-backend/src/database/ScorecardTrendStore';
import { SnapshotStore } from '../../plugins/mlops-maturity-backend/src/database/SnapshotStore';
import {
  dayOf,
  SNAPSHOT_DAYS,
  SNAPSHOT_SERVICES,
  SNAPSHOTS,
} from '../../plugins/mlops-maturity-backend/src/database/snapshotRows';
import { POSTGRES_URL } from '../support/postgres';
import { seedDatabase } from './seedDatabase';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const SERVICES = Number(arg('--services') ?? 100_000);
const ONLY = arg('--only');
const DAYS = 365;
const DATABASE = 'mlops_trend_scale_bench';

async function open(engine: 'sqlite' | 'postgres'): Promise<Knex> {
  if (engine === 'sqlite') {
    return knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
  }
  const url = new URL(POSTGRES_URL);
  const admin = knexFactory({ client: 'pg', connection: url.toString() });
  await admin.raw(`drop database if exists ${DATABASE}`);
  await admin.raw(`create database ${DATABASE}`);
  await admin.destroy();
  url.pathname = `/${DATABASE}`;
  return knexFactory({ client: 'pg', connection: url.toString() });
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

async function p50(fn: () => Promise<unknown>, runs: number) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(fn))[1]);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)].toFixed(1);
}

/**
 * A year of snapshots for every listed service: its level moves every 14
 * days, on a day of its own, so 1 row in 14 changed (and every row of the
 * first day).
 */
async function writeYear(knex: Knex, first: number, today: number) {
  await knex.raw(
    `insert into ${SNAPSHOT_SERVICES} (entity_ref, entity_uid) select entity_ref, entity_uid from mlops_maturity_entities`,
  );
  const level = `((s.id + (d.day + s.id) / 14) % 5)`;
  const days =
    knex.client.config.client === 'pg'
      ? `(select generate_series(?::int, ?::int) as day) d`
      : `(with recursive r(day) as (select ? union all select day + 1 from r where day < ?) select day from r) d`;
  await knex.raw(
    `insert into ${SNAPSHOTS} (day, service_id, level, score, gated_level, verified_level, evidence_answered, evidence_backed, target_level, stale, assessed_day, changed)
     select d.day, s.id, ${level}, ${level} * 10000, ${level}, null, 15, (s.id % 16), case when s.id % 3 = 0 then 2 else null end, 0, d.day,
            case when d.day = ? or (d.day + s.id) % 14 = 0 then 1 else 0 end
     from ${days} cross join ${SNAPSHOT_SERVICES} s`,
    [first, first, today],
  );
  for (let day = first; day <= today; day += 400) {
    const rows = [];
    for (let d = day; d < Math.min(day + 400, today + 1); d++) {
      rows.push({ day: d });
    }
    await knex(SNAPSHOT_DAYS).insert(rows);
  }
}

async function run(engine: 'sqlite' | 'postgres') {
  const knex = await open(engine);
  await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
  const [, seedMs] = await timed(() =>
    seedDatabase(knex, { services: SERVICES, revisions: 1 }),
  );
  const today = dayOf(new Date());
  const first = today - DAYS + 1;
  const [, writeMs] = await timed(() => writeYear(knex, first, today));
  if (engine === 'postgres') await knex.raw(`vacuum analyze ${SNAPSHOTS}`);
  const rows = Number(
    (await knex(SNAPSHOTS).count({ n: '*' }).first())?.n ?? 0,
  );
  const snapshots = new SnapshotStore(knex);
  const [, sumMs] = await timed(() =>
    snapshots.sumTotals(first, today, { today, members: true }),
  );
  console.log(
    `${engine} ${SERVICES} services: seeded in ${(seedMs / 1000).toFixed(
      1,
    )} s; ${rows} snapshot rows written by SQL in ${(writeMs / 1000).toFixed(
      1,
    )} s; per-day totals summed in ${(sumMs / 1000).toFixed(1)} s`,
  );

  const trend = new ScorecardTrendStore(knex);
  const all = { kind: 'all' } as const;
  const staleBefore = new Date(0);
  const daysEvery = (step: number) =>
    Array.from({ length: Math.ceil(DAYS / step) }, (_, i) => first + i * step);
  const [latest] = await trend.trendDays({}, staleBefore, all, [today]);
  if (latest?.services !== SERVICES) {
    throw new Error(
      `today's point counts ${latest?.services} services, not ${SERVICES}`,
    );
  }
  for (const [name, step] of [
    ['day', 1],
    ['week', 7],
    ['month', 30],
  ] as const) {
    console.log(
      `${engine}: trend over ${DAYS} days by ${name}, all ${SERVICES} services, p50 ${await p50(
        () => trend.trendDays({}, staleBefore, all, daysEvery(step)),
        30,
      )} ms from the totals`,
    );
  }
  // The same services, as a caller restricted to rows that are every row.
  const everyRow = {
    kind: 'restricted',
    restrict: (q: any) => q.whereNotNull('entity_ref'),
  } as const;
  const [, slowMs] = await timed(() =>
    trend.trendDays({}, staleBefore, everyRow, daysEvery(7)),
  );
  console.log(
    `${engine}: the same trend by week summed from the rows (once): ${slowMs.toFixed(
      0,
    )} ms`,
  );
  await knex.destroy();
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
