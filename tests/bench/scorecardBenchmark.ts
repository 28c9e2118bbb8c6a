/* eslint-disable no-console */
/**
 * The scale benchmark: seeds 1,000, 10,000 and 100,000 ML services with 1,
 * 5 or 20 revisions each, on SQLite and on PostgreSQL, starts the real
 * backend on each database and measures, through HTTP, each request in
 * turns with the catalog's cheapest authenticated read on the same backend:
 *
 * - a scorecard page (`GET /scorecard/page`) for each sort order and a
 *   filtered view, the summary of a filter (`GET /scorecard/summary`), and
 *   the first view of a filter (both at once, as the scorecard page asks);
 *   summaries warm (cached) and cold (after a write through this backend
 *   and, on PostgreSQL, through a second backend on the same database):
 *   scorecardReads.ts, scorecardCold.ts;
 * - the full CSV export, with the backend's RSS read from /proc while it
 *   streams; GET and PUT of one assessment; and, as the floor, the page's
 *   SQL run directly with knex;
 * - on the largest scenarios: 1,000 more requests to see whether the
 *   backend's memory stays flat, the page under CONDITIONAL catalog read
 *   policies, 32 concurrent clients, campaigns (scorecardCampaigns.ts) and
 *   the same figures against the production build (`NODE_ENV=production`).
 *
 *   scripts/bench.sh               # about 50 minutes on 2 cores, then the browser benchmark
 *   scripts/bench.sh --revisions   # also 1 revision per service, for 20 vs 1
 *   scripts/bench.sh --quick       # 1,000 services only, fewer samples
 *
 * Prints the load average around each scenario, a table and the targets,
 * and writes docs/benchmarks.md (scorecardReport.ts) and the README's
 * figures (readmeFigures.ts); --quick, --only and --sizes write
 * tests/results/benchmarks-quick.md instead.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Knex } from 'knex';
import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ROOT } from '../support/backend';
import { POSTGRES_URL } from '../support/postgres';
import { measure, measureInTurns } from './benchStats';
import {
  endLoad,
  readLoad,
  ScenarioLoad,
  settleLoad,
  BUSY_LOAD,
} from './machineLoad';
import { updateReadme } from './readmeFigures';
import { measureCampaigns } from './scorecardCampaigns';
import {
  measureCold,
  measuresOtherInstance,
  withOtherInstance,
} from './scorecardCold';
import {
  keep,
  measureConcurrency,
  measureMemory,
  measureReads,
  SAMPLES,
  WRITE_SAMPLES,
} from './scorecardReads';
import { report, RunInfo, writeReport } from './scorecardReport';
import {
  API,
  CatalogRead,
  CATALOG_GET,
  Client,
  dropScenarioData,
  ENTITY_PATH,
  Engine,
  isLargest,
  MIGRATIONS,
  openPluginDatabase,
  QUICK,
  rawPageQuery,
  Row,
  Scenario,
  scenarioLabel,
  SORTS,
  startScenarioBackend,
} from './scorecardScenario';
import { targets } from './scorecardTargets';
import { benchOwner, GUEST_TEAM, seedDatabase } from './seedDatabase';
import { measureFixedCosts } from './scorecardFixedCosts';
import {
  demoReviewPolicy,
  seedVerifiedFigures,
  storeReviewPolicy,
} from './seedVerified';

const REVISIONS = process.argv.includes('--revisions');
/** How long a scenario waits for the machine's load to settle before measuring. */
const SETTLE_SECONDS = QUICK ? 30 : 60;
const loads: RunInfo['loads'] = [];

/** GET and PUT of one assessment; the first PUT gives the example service its assessment. */
async function measureAssessment(client: Client, row: Row) {
  // The example service's data is keyed by the uid the catalog gave it in this run.
  const first = await client.send('PUT', ENTITY_PATH, {
    baseRevision: null,
    answers: Object.fromEntries(
      defaultMaturityModel.questions.map(q => [q.id, { level: 2 }]),
    ),
  });
  if (first.status !== 200)
    throw new Error(`first PUT ${first.status} ${await first.text()}`);
  row.getOne = await measure(SAMPLES, () => client.get(ENTITY_PATH));
  row.putOne = await measure(WRITE_SAMPLES, async () => {
    const current = JSON.parse(await client.get(ENTITY_PATH));
    const res = await client.send('PUT', ENTITY_PATH, {
      baseRevision: current.revision,
      answers: current.answers,
    });
    if (res.status !== 200)
      throw new Error(`PUT ${res.status} ${await res.text()}`);
  });
}

/**
 * The same page and summary under conditional catalog read decisions, on
 * the same database: the backend restarts with the demo policy's other
 * rules. Returns the last backend started.
 */
async function measurePolicies(s: Scenario, client: Client, row: Row) {
  let owned = 0;
  for (let i = 0; i < s.services; i++)
    if (benchOwner(i, s.services) === GUEST_TEAM) owned++;
  const phases: Array<[CatalogRead, number, string]> = [
    // The guest reads only team-recommendations' services (and the one
    // example service it owns, assessed before).
    ['owners', owned + 1, 'byScoreOwners'],
    // Nothing here is confidential: every service stays visible.
    ['confidential', s.services + 1, 'byScoreConfidential'],
  ];
  let current = client;
  for (const [rule, expected, key] of phases) {
    await current.backend.stop();
    current = await startScenarioBackend(s, rule, 'development');
    const visible = await current.totalCount();
    if (visible !== expected)
      throw new Error(
        `${rule}: expected the guest to see ${expected} services, got ${visible}`,
      );
    const { get } = current;
    const catalog = () => get(CATALOG_GET);
    keep(
      row,
      key,
      await measureInTurns(
        SAMPLES,
        () => get(`${API}/scorecard/page?limit=50&${SORTS.byScore}`),
        catalog,
      ),
    );
    keep(
      row,
      `${key}Summary`,
      await measureInTurns(
        SAMPLES,
        () => get(`${API}/scorecard/summary`),
        catalog,
      ),
    );
  }
  return current;
}

/** Everything measured on the development server under ALLOW. */
async function measureDevelopment(
  s: Scenario,
  knex: Knex,
  client: Client,
  row: Row,
) {
  row.floor = await measure(SAMPLES, () => rawPageQuery(knex));
  await measureReads(client, s, row);
  await measureAssessment(client, row);
  await measureCold(client, client, row, 'Cold');
  if (measuresOtherInstance(s) && (isLargest(s) || s.services > 10000)) {
    await withOtherInstance(s, writer =>
      measureCold(client, writer, row, 'ColdOther'),
    );
  }
  if (isLargest(s)) await measureConcurrency(client, row);
  if (s.revisions === 20 && s.services <= 10000)
    await measureCampaigns(client, row);
  if (isLargest(s)) await measureMemory(client, row);
}

async function runScenario(s: Scenario): Promise<Row[]> {
  const label = scenarioLabel(s);
  console.log(`\n== ${label}`);
  console.log(`   load at the start: ${readLoad().one.toFixed(2)}`);
  const knex = await openPluginDatabase(s);
  await knex.migrate.latest({ directory: MIGRATIONS });
  const seedStart = Date.now();
  await seedDatabase(knex, { services: s.services, revisions: s.revisions });
  await seedVerifiedFigures(knex);
  await storeReviewPolicy(knex, demoReviewPolicy());
  console.log(`   seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
  let client = await startScenarioBackend(s, 'everyone', 'development');
  const rows: Row[] = [];
  let load: ScenarioLoad | undefined;
  try {
    const total = await client.totalCount();
    if (total !== s.services)
      throw new Error(
        `expected ${s.services} services, the scorecard has ${total}`,
      );
    load = await settleLoad(label, SETTLE_SECONDS);
    const row: Row = { scenario: label, mode: 'development', ...s };
    rows.push(row);
    await measureDevelopment(s, knex, client, row);
    if (isLargest(s)) client = await measurePolicies(s, client, row);
    // The production build on the same database.
    if (s.revisions === 20 && s.services <= 10000) {
      await client.backend.stop();
      client = await startScenarioBackend(s, 'everyone', 'production');
      const prod: Row = {
        scenario: label,
        mode: 'production',
        ...s,
        floor: row.floor,
      };
      rows.push(prod);
      await measureReads(client, s, prod);
      if (isLargest(s)) await measureFixedCosts(client, prod);
      await measureCold(client, client, prod, 'Cold');
      if (isLargest(s)) await measureConcurrency(client, prod);
    }
    for (const r of rows) {
      const { catalogTimes: _, ...printed } = r;
      console.log(`   ${JSON.stringify(printed)}`);
    }
    return rows;
  } finally {
    if (load) {
      endLoad(label, load);
      loads.push({ scenario: label, load });
    }
    await client.backend.stop();
    await knex.destroy();
    await dropScenarioData(s);
  }
}

function scenarios(): { list: Scenario[]; partial: boolean } {
  const only = process.argv.find(a => a.startsWith('--only='))?.slice(7);
  // --sizes=10000x20,1000x20: just these scenarios (written to the quick
  // report, as --only is).
  const sizesArg = process.argv
    .find(a => a.startsWith('--sizes='))
    ?.slice(8)
    .split(',')
    .map(size => size.split('x').map(Number) as [number, number]);
  const full: Array<[number, number]> = [
    // One revision each only with --revisions: history depth has never
    // moved a figure (the scorecard reads no revisions).
    ...(REVISIONS
      ? ([
          [1000, 1],
          [10000, 1],
        ] as Array<[number, number]>)
      : []),
    [1000, 20],
    [10000, 20],
    [100000, 5],
  ];
  const sizes =
    sizesArg ??
    (QUICK
      ? [
          [1000, 1],
          [1000, 20],
        ]
      : full);
  const list: Scenario[] = [];
  for (const engine of ['sqlite', 'postgres'] as Engine[]) {
    if (only && !only.split(',').includes(engine)) continue;
    for (const [services, revisions] of sizes)
      list.push({ engine, services, revisions });
  }
  return { list, partial: QUICK || !!only || !!sizesArg };
}

function machine() {
  const pg = execSync(`psql "${POSTGRES_URL}" -tAc 'show server_version'`)
    .toString()
    .trim();
  const sqlite = JSON.parse(
    readFileSync(
      join(ROOT, 'node_modules/better-sqlite3/package.json'),
      'utf8',
    ),
  ).version;
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(
    totalmem() /
    2 ** 30
  ).toFixed(0)} GiB RAM, Node ${
    process.version
  }, PostgreSQL ${pg}, SQLite (better-sqlite3) ${sqlite}`;
}

async function main() {
  const startedAt = new Date();
  const start = readLoad();
  const runLoad: ScenarioLoad = {
    start,
    waitedSeconds: 0,
    busy: start.one > BUSY_LOAD,
  };
  console.log(
    `load average at the start of the run: ${start.one.toFixed(2)}${
      runLoad.busy ? ' — BUSY MACHINE' : ''
    }`,
  );
  const { list, partial } = scenarios();
  const rows: Row[] = [];
  for (const s of list) rows.push(...(await runScenario(s)));
  runLoad.end = readLoad();
  const run: RunInfo = {
    startedAt,
    finishedAt: new Date(),
    machine: machine(),
    runLoad,
    loads,
  };
  const text = report(rows, targets(rows), run);
  console.log(`\n${text}`);
  const docs = join(ROOT, 'docs/benchmarks.md');
  if (partial) {
    writeReport(join(ROOT, 'tests/results/benchmarks-quick.md'), text);
  } else {
    writeReport(docs, text, docs);
    updateReadme(docs);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
