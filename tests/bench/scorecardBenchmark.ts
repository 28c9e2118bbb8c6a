/* eslint-disable no-console */
/**
 * The scale benchmark: seeds 1,000 and 10,000 ML services with 1 and 20
 * revisions each, on SQLite and on PostgreSQL, starts the real backend on
 * each database and measures, through HTTP, the scorecard page for the main
 * sort orders and a filtered view, the full CSV export, GET and PUT of one
 * assessment, and, as the floor, the page's SQL run directly with knex; then
 * 1,000 more requests to see whether the backend's memory stays flat. On the
 * largest scenarios it restarts the backend on the same database under a
 * CONDITIONAL catalog read policy (owners only, then the demo's
 * "confidential" rule) and measures the same page again.
 *
 *   scripts/bench.sh            # everything (about 15 minutes on 2 cores)
 *   scripts/bench.sh --quick    # 1,000 services only, fewer samples
 *
 * Prints a table and writes docs/benchmarks.md.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { guestToken, ROOT, startBackend } from '../support/backend';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';
import { MlServiceStore } from '../../plugins/mlops-maturity-backend/src/database/MlServiceStore';
import { benchOwner, GUEST_TEAM, seedDatabase } from './seedDatabase';
import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

const QUICK = process.argv.includes('--quick');
const SAMPLES = QUICK ? 30 : 100;
const EXPORT_SAMPLES = QUICK ? 3 : 5;
const WRITE_SAMPLES = QUICK ? 20 : 50;
const MEMORY_REQUESTS = 1000;
const MEMORY_WARMUP = QUICK ? 1000 : 4000;
const FINDINGS_MARKER = '<!-- findings: kept by the benchmark script -->';
const PORT = 7151;
const MIGRATIONS = join(ROOT, 'plugins/mlops-maturity-backend/migrations');
const ENTITY_PATH = `/api/mlops-maturity/assessments/component/default/product-recommender`;

type Engine = 'sqlite' | 'postgres';
const measuresMemory = (s: { services: number; revisions: number }) =>
  QUICK || (s.services === 10000 && s.revisions === 20);
/** The scenarios whose page is also measured under conditional read policies. */
const measuresPolicies = measuresMemory;
/** demoPolicy.catalogRead of packages/backend's demo policy, per phase. */
type CatalogRead = 'everyone' | 'owners' | 'confidential';
interface Scenario {
  engine: Engine;
  services: number;
  revisions: number;
}

interface Stats {
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(
  samples: number,
  fn: () => Promise<unknown>,
): Promise<Stats> {
  for (let i = 0; i < Math.min(5, samples); i++) await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const SQLITE_DIR = (s: Scenario) =>
  join(ROOT, 'tests/results/bench', `sqlite-${s.services}-${s.revisions}`);
const PG_PREFIX = (s: Scenario) => `mlops_bench_${s.services}_${s.revisions}_`;

async function openPluginDatabase(s: Scenario): Promise<Knex> {
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

/** The scorecard page's own SQL (one page, 50 rows, by score), without HTTP, auth or aggregates. */
function rawPageQuery(knex: Knex) {
  return new MlServiceStore(knex).pageQuery(
    { limit: 50, offset: 0, orderBy: 'score', order: 'desc' },
    new Date(Date.now() - 90 * 24 * 60 * 60 * 1000),
  );
}

/** Resident memory of the backend's node process (the largest in its process group). */
function backendRssMb(): number {
  const out = execSync(
    `ps -eo rss,args | grep -F 'src/index' | grep -v grep || true`,
  ).toString();
  const kb = out
    .split('\n')
    .map(line => Number(line.trim().split(/\s+/)[0]) || 0);
  return Math.max(0, ...kb) / 1024;
}

async function runScenario(s: Scenario) {
  const label = `${s.engine} ${s.services} services × ${s.revisions} rev`;
  console.log(`\n== ${label}`);
  const knex = await openPluginDatabase(s);
  await knex.migrate.latest({ directory: MIGRATIONS });
  const seedStart = Date.now();
  await seedDatabase(knex, { services: s.services, revisions: s.revisions });
  console.log(`   seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

  const start = async (catalogRead: CatalogRead) => {
    const backend = await startBackend({
      name: `bench-${s.engine}-${s.services}-${s.revisions}-${catalogRead}`,
      port: PORT,
      database:
        s.engine === 'sqlite'
          ? { kind: 'sqlite-directory', directory: SQLITE_DIR(s) }
          : {
              kind: 'postgres',
              connection: POSTGRES_URL,
              prefix: PG_PREFIX(s),
            },
      config: {
        demoPolicy: { catalogRead },
        mlopsMaturity: {
          // Keep the seeded services: the scheduled catalog sync would
          // replace them with the 21 example services.
          catalogSync: {
            frequency: { hours: 24 },
            initialDelay: { hours: 24 },
          },
          // PUT is measured many times on one entity.
          limits: { submissionsPerEntityPerHour: 100000 },
        },
      },
    });
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
    const put = (path: string, body: unknown) =>
      fetch(`${backend.url}${path}`, {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      });
    const totalCount = async () =>
      JSON.parse(await get('/api/mlops-maturity/scorecard?limit=1'))
        .totalCount as number;
    return { backend, get, put, totalCount };
  };

  let { backend, get, put, totalCount } = await start('everyone');
  try {
    const total = await totalCount();
    if (total !== s.services)
      throw new Error(
        `expected ${s.services} services, the scorecard has ${total}`,
      );

    const row: Record<string, Stats | number | string> = { scenario: label };
    row.floor = await measure(SAMPLES, () => rawPageQuery(knex));
    // The cheapest authenticated, permission-checked read Backstage itself
    // serves: the fixed cost every plugin request pays before its own work.
    row.catalogGet = await measure(SAMPLES, () =>
      get(
        '/api/catalog/entities/by-name/component/default/product-recommender',
      ),
    );
    const sorts = {
      byScore: 'orderBy=score&order=desc',
      byName: 'orderBy=name&order=asc',
      byUpdated: 'orderBy=updatedAt&order=desc',
      // The one sort no index serves (Level 4 after every count).
      byRaises: 'orderBy=raisesToNextLevel&order=asc',
      filtered: 'owner=team-007&lifecycle=production&stale=false&orderBy=score',
    };
    for (const [name, query] of Object.entries(sorts)) {
      row[name] = await measure(SAMPLES, () =>
        get(`/api/mlops-maturity/scorecard?limit=50&${query}`),
      );
    }
    let csvBytes = 0;
    row.export = await measure(EXPORT_SAMPLES, async () => {
      csvBytes = (await get('/api/mlops-maturity/scorecard/export')).length;
    });
    row.csvBytes = csvBytes;
    // The example service gets its first assessment through the API: its
    // data is keyed by the uid the catalog gave it in this run.
    const first = await put(ENTITY_PATH, {
      baseRevision: null,
      answers: Object.fromEntries(
        defaultMaturityModel.questions.map(q => [q.id, { level: 2 }]),
      ),
    });
    if (first.status !== 200)
      throw new Error(`first PUT ${first.status} ${await first.text()}`);
    row.getOne = await measure(SAMPLES, () => get(ENTITY_PATH));
    row.putOne = await measure(WRITE_SAMPLES, async () => {
      const current = JSON.parse(await get(ENTITY_PATH));
      const res = await put(ENTITY_PATH, {
        baseRevision: current.revision,
        answers: current.answers,
      });
      if (res.status !== 200)
        throw new Error(`PUT ${res.status} ${await res.text()}`);
    });

    // Memory, on the largest scenarios: V8 grows a fresh backend's heap for
    // the first few thousand requests (the catalog's own endpoints do the
    // same), so RSS is read after MEMORY_WARMUP requests, then in the middle
    // and at the end of MEMORY_REQUESTS more.
    if (measuresMemory(s)) {
      const queries = Object.values(sorts);
      const request = (i: number) =>
        get(
          `/api/mlops-maturity/scorecard?limit=50&offset=${
            (i * 50) % s.services
          }&${queries[i % 4]}`,
        );
      for (let i = 0; i < MEMORY_WARMUP; i++) await request(i);
      const rss = [backendRssMb()];
      for (let i = 0; i < MEMORY_REQUESTS; i++) {
        await request(i);
        if (i + 1 === MEMORY_REQUESTS / 2 || i + 1 === MEMORY_REQUESTS)
          rss.push(backendRssMb());
      }
      [row.rssBefore, row.rssMiddle, row.rssAfter] = rss;
    }

    // The same page under conditional catalog read decisions, on the same
    // database: the backend restarts with the demo policy's other rules.
    if (measuresPolicies(s)) {
      let owned = 0;
      for (let i = 0; i < s.services; i++)
        if (benchOwner(i, s.services) === GUEST_TEAM) owned++;
      const phases: Array<[CatalogRead, number, string]> = [
        // The guest reads only team-recommendations' services (and the one
        // example service it owns, assessed above).
        ['owners', owned + 1, 'byScoreOwners'],
        // Nothing here is confidential: every service stays visible.
        ['confidential', s.services + 1, 'byScoreConfidential'],
      ];
      for (const [rule, expected, key] of phases) {
        await backend.stop();
        ({ backend, get, put, totalCount } = await start(rule));
        const visible = await totalCount();
        if (visible !== expected)
          throw new Error(
            `${rule}: expected the guest to see ${expected} services, got ${visible}`,
          );
        row[key] = await measure(SAMPLES, () =>
          get(`/api/mlops-maturity/scorecard?limit=50&${sorts.byScore}`),
        );
      }
    }
    console.log(`   ${JSON.stringify(row)}`);
    return row;
  } finally {
    await backend.stop();
    await knex.destroy();
    if (s.engine === 'postgres') await dropDatabases(PG_PREFIX(s));
    else rmSync(SQLITE_DIR(s), { recursive: true, force: true });
  }
}

const ms = (stats: unknown) => {
  const s = stats as Stats;
  return `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}`;
};

function table(rows: Array<Record<string, any>>) {
  const header =
    '| scenario | SQL floor | catalog GET | by score | by name | by updated | by raises to next | filtered | CSV export (size) | GET one | PUT one |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const cells = (r: Record<string, any>) => [
    r.scenario,
    ms(r.floor),
    ms(r.catalogGet),
    ms(r.byScore),
    ms(r.byName),
    ms(r.byUpdated),
    ms(r.byRaises),
    ms(r.filtered),
    `${ms(r.export)} (${(r.csvBytes / 1024).toFixed(0)} kB)`,
    ms(r.getOne),
    ms(r.putOne),
  ];
  return [header, ...rows.map(r => `| ${cells(r).join(' | ')} |`)].join('\n');
}

type Row = Record<string, any>;
const find = (
  rows: Row[],
  engine: Engine,
  services: number,
  revisions: number,
) =>
  rows.find(
    r => r.scenario === `${engine} ${services} services × ${revisions} rev`,
  );

function targets(rows: Row[]): string[] {
  const out: string[] = [];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  for (const engine of ['sqlite', 'postgres'] as Engine[]) {
    const big = find(rows, engine, 10000, 20) ?? find(rows, engine, 1000, 20);
    if (!big) continue;
    const pageVsFloor = big.byScore.p50 / big.floor.p50;
    const ownWork = big.byScore.p50 - big.catalogGet.p50;
    out.push(
      `- ${engine}: scorecard page vs SQL floor (p50, ${big.scenario}) = ` +
        `${ratio(big.byScore.p50, big.floor.p50)}× (target ≤ 3×) ${
          pageVsFloor <= 3 ? 'met' : 'MISSED'
        }; ` +
        `the page costs ${ownWork.toFixed(
          1,
        )} ms more than the catalog's own cheapest authenticated GET ` +
        `(${big.catalogGet.p50.toFixed(
          1,
        )} ms), against a floor of ${big.floor.p50.toFixed(1)} ms`,
    );
    const small = find(rows, engine, 1000, 20);
    const large = find(rows, engine, 10000, 20);
    if (small && large) {
      const r = large.byScore.p50 / small.byScore.p50;
      out.push(
        `- ${engine}: 10k vs 1k services (p50 by score, 20 rev) = ${r.toFixed(
          2,
        )}× (target ≤ 2×) ${r <= 2 ? 'met' : 'MISSED'}`,
      );
    }
    for (const services of [1000, 10000]) {
      const one = find(rows, engine, services, 1);
      const twenty = find(rows, engine, services, 20);
      if (one && twenty) {
        const r = twenty.byScore.p50 / one.byScore.p50;
        out.push(
          `- ${engine}: 20 vs 1 revisions (p50 by score, ${services} services) = ${r.toFixed(
            2,
          )}× (target ≤ 1.2×) ${r <= 1.2 ? 'met' : 'MISSED'}`,
        );
      }
    }
    const policyRow =
      find(rows, engine, 10000, 20) ?? find(rows, engine, 1000, 20);
    if (policyRow?.byScoreOwners) {
      const allow = policyRow.byScore.p50;
      const owners = policyRow.byScoreOwners.p50;
      const confidential = policyRow.byScoreConfidential.p50;
      out.push(
        `- ${engine}: page under a CONDITIONAL owner-only catalog read vs ALLOW (p50, ${
          policyRow.scenario
        }) = ${owners.toFixed(1)} / ${allow.toFixed(1)} ms = ${ratio(
          owners,
          allow,
        )}× (target ≤ 2×) ${owners <= 2 * allow ? 'met' : 'MISSED'}; under ` +
          `the demo's "not confidential, or owned" rule ${confidential.toFixed(
            1,
          )} ms = ${ratio(confidential, allow)}×`,
      );
    }
    const exportRow =
      find(rows, engine, 10000, 20) ?? find(rows, engine, 10000, 1);
    if (exportRow) {
      out.push(
        `- ${engine}: full export of 10k services p95 = ${(
          exportRow.export.p95 / 1000
        ).toFixed(2)} s (target ≤ 2.5 s) ${
          exportRow.export.p95 <= 2500 ? 'met' : 'MISSED'
        }`,
      );
    }
    for (const r of rows.filter(
      x => x.scenario.startsWith(engine) && x.rssBefore !== undefined,
    )) {
      const growth = r.rssAfter - r.rssBefore;
      const sign = growth >= 0 ? '+' : '';
      const share = ((growth / r.rssBefore) * 100).toFixed(1);
      out.push(
        `- ${r.scenario}: backend RSS ${r.rssBefore.toFixed(0)} → ` +
          `${r.rssMiddle.toFixed(0)} → ${r.rssAfter.toFixed(0)} MB over ` +
          `${MEMORY_REQUESTS} requests (${sign}${growth.toFixed(
            0,
          )} MB, ${sign}${share}%)`,
      );
    }
  }
  return out;
}

async function main() {
  const scenarios: Scenario[] = [];
  for (const engine of ['sqlite', 'postgres'] as Engine[]) {
    for (const services of QUICK ? [1000] : [1000, 10000]) {
      for (const revisions of [1, 20])
        scenarios.push({ engine, services, revisions });
    }
  }
  const rows = [];
  for (const s of scenarios) rows.push(await runScenario(s));

  const pg = execSync(`psql "${POSTGRES_URL}" -tAc 'show server_version'`)
    .toString()
    .trim();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(
    totalmem() /
    2 ** 30
  ).toFixed(0)} GiB RAM, Node ${
    process.version
  }, PostgreSQL ${pg}, SQLite (better-sqlite3) ${
    JSON.parse(
      readFileSync(
        join(ROOT, 'node_modules/better-sqlite3/package.json'),
        'utf8',
      ),
    ).version
  }`;
  const report = [
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
    '',
    'Reproduce with `scripts/bench.sh` (add `--quick` for the 1,000-service runs only). Each',
    'scenario seeds the plugin tables (`tests/bench/seedDatabase.ts`: 90% of services assessed, every',
    'revision with real answers and the result `computeScore` gives them), starts the real backend on',
    'that database and calls it over HTTP with a guest token, one request at a time.',
    '',
    `Times are p50 / p95 in milliseconds over ${SAMPLES} requests (${EXPORT_SAMPLES} for the export, ${WRITE_SAMPLES} for PUT) after`,
    'a warm-up. "SQL floor" is the page query itself (50 rows by score) run directly with knex;',
    '"catalog GET" is the catalog\'s own `GET /entities/by-name/...` on the same backend, the cheapest',
    'authenticated, permission-checked request Backstage serves, for reference. The',
    'scorecard requests return a page of 50 plus the summary, level distribution and owner roll-ups of',
    'the whole filtered set; "filtered" is one owner, production, not stale. PUT includes the GET of the',
    'current revision it is based on. These run under an unconditional ALLOW for catalog reads',
    '(`demoPolicy.catalogRead: everyone`); on the largest scenarios the backend is then restarted on',
    'the same database with a CONDITIONAL owner-only read (`owners`: the guest sees the 50 services of',
    "its team) and with the demo's default rule (`confidential`: every service, unless annotated",
    'confidential, or owned), and the by-score page is measured again (see Targets).',
    '',
    table(rows),
    '',
    '## Targets',
    '',
    ...targets(rows),
    '',
  ].join('\n');
  console.log(`\n${report}`);
  // Hand-written findings below the marker survive a rerun.
  const target = join(
    ROOT,
    QUICK ? 'tests/results/benchmarks-quick.md' : 'docs/benchmarks.md',
  );
  let findings = '';
  try {
    const previous = readFileSync(target, 'utf8');
    const at = previous.indexOf(FINDINGS_MARKER);
    if (at >= 0) findings = `\n${previous.slice(at)}`;
  } catch {
    // first run
  }
  writeFileSync(target, `${report}${findings}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
