/* eslint-disable no-console */
/**
 * The unfiltered scorecard summary as the first reader after a write meets
 * it (issue 30): a store over a seeded table, and before each timed read a
 * real write on a second store (another instance's write: a new headline
 * for one service), so that no cached summary applies. Also times that
 * write, and a warm (cached) read.
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     tests/bench/summaryColdBenchmark.ts [--services 100000] [--only sqlite|postgres]
 *
 * Prints the figures with the load average; writes nothing.
 */
import knexFactory, { Knex } from 'knex';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ScorecardHeadlineStore } from '../../plugins/mlops-maturity-backend/src/database/ScorecardHeadlineStore';
import { ScorecardQueryStore } from '../../plugins/mlops-maturity-backend/src/database/ScorecardQueryStore';
import { ROOT } from '../support/backend';
import { POSTGRES_URL } from '../support/postgres';
import { seedDatabase } from './seedDatabase';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const SERVICES = Number(arg('--services') ?? 100000);
const ONLY = arg('--only');
const TIMES = 30;
const DATABASE = 'mlops_summary_bench';
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
  return knexFactory({ client: 'pg', connection: url.toString() });
}

const load = () => loadavg()[0].toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function timed(fn: () => Promise<unknown>) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function run(engine: 'sqlite' | 'postgres') {
  const knex = await open(engine);
  try {
    await knex.migrate.latest({
      directory: join(ROOT, 'plugins/mlops-maturity-backend/migrations'),
    });
    await seedDatabase(knex, { services: SERVICES, revisions: 1 });
    if (engine === 'postgres') await knex.raw('analyze');
    const reader = new ScorecardQueryStore(knex);
    const writer = new ScorecardHeadlineStore(knex);
    const rows = await knex('mlops_maturity_entities')
      .where('assessed', 1)
      .limit(TIMES + 1)
      .select('entity_ref', 'entity_uid', 'revision', 'score', 'level');
    const summary = () =>
      reader.queryScorecardSummary({}, STALE_BEFORE, { kind: 'all' });
    await summary(); // warm-up (and, with roll-ups, the first re-basing)
    const cold: number[] = [];
    const writes: number[] = [];
    const warm: number[] = [];
    const loadBefore = load();
    for (let i = 0; i < TIMES; i++) {
      const row = rows[i];
      writes.push(
        await timed(() =>
          knex.transaction(tx =>
            writer.setHeadline(
              tx,
              { entityRef: row.entity_ref, entityUid: row.entity_uid },
              {
                revision: Number(row.revision),
                score: Number(row.score),
                level: (Number(row.level) + 1) % 5,
                gated_level: null,
                weakest_dimension: null,
                raises_to_next: null,
                updated_at: new Date(),
                updated_by: 'user:default/bench',
              },
            ),
          ),
        ),
      );
      cold.push(await timed(summary));
      warm.push(await timed(summary));
    }
    console.log(
      `${engine}, ${SERVICES} services: cold summary (after another store's write) p50 ${median(
        cold,
      ).toFixed(1)} ms, max ${Math.max(...cold).toFixed(
        1,
      )} ms; warm p50 ${median(warm).toFixed(2)} ms; the write p50 ${median(
        writes,
      ).toFixed(
        1,
      )} ms; ${TIMES} samples; load average ${loadBefore} -> ${load()}`,
    );
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
