/* eslint-disable no-console */
/**
 * `ScorecardHeadlineStore.setEvidence` on its own (issue 30): the write of
 * the catalog sync's evidence figures, over a seeded table (10,000 services
 * by default, 90% assessed), timed
 *
 * - first run: no figure stored (cleared with one UPDATE before each round,
 *   as tests/bench/syncBenchmark.ts does), every assessed service written;
 * - steady state: the same figures again, nothing written.
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     tests/bench/evidenceWriteBenchmark.ts [--services 10000] [--only sqlite|postgres] [--rounds 5]
 *
 * Prints medians with the load average; writes nothing.
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
const SERVICES = Number(arg('--services') ?? 10000);
const ONLY = arg('--only');
const ROUNDS = Number(arg('--rounds') ?? 5);
const DATABASE = 'mlops_evidence_bench';

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
    // The summary read once: with roll-ups, they are built and kept from here.
    await new ScorecardQueryStore(knex).queryScorecardSummary({}, new Date(), {
      kind: 'all',
    });
    const rows = await knex('mlops_maturity_entities')
      .where('assessed', 1)
      .select('entity_ref', 'entity_uid', 'revision');
    const measurements = rows.map((row, i) => ({
      entityRef: row.entity_ref,
      entityUid: row.entity_uid,
      revision: Number(row.revision),
      answered: 14,
      backed: i % 15,
      higher: i % 3 === 0 ? 1 : 0,
      fingerprint: `f-${i}`,
    }));
    const store = new ScorecardHeadlineStore(knex);
    const first: number[] = [];
    const steady: number[] = [];
    const loadBefore = load();
    let written = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await knex('mlops_maturity_entities').update({
        evidence_answered: null,
        evidence_backed: null,
        evidence_share: null,
        evidence_higher: null,
        evidence_revision: null,
        evidence_measured_at: null,
        evidence_fingerprint: null,
      });
      first.push(
        await timed(async () => {
          written = await store.setEvidence(measurements, new Date());
        }),
      );
      steady.push(
        await timed(() => store.setEvidence(measurements, new Date())),
      );
    }
    console.log(
      `${engine}, ${SERVICES} services, ${written} figures written: first run p50 ${median(
        first,
      ).toFixed(0)} ms (${first
        .map(t => t.toFixed(0))
        .join(', ')}); steady state p50 ${median(steady).toFixed(
        0,
      )} ms; ${ROUNDS} rounds; load average ${loadBefore} -> ${load()}`,
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
