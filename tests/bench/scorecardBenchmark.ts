/* eslint-disable no-console */
/**
 * The scale benchmark: seeds 1,000, 10,000 and 100,000 ML services with 1,
 * 5 or 20 revisions each, on SQLite and on PostgreSQL, starts the real
 * backend on each database and measures, through HTTP:
 *
 * - a scorecard page (`GET /scorecard/page`) for each sort order and a
 *   filtered view, the summary of a filter (`GET /scorecard/summary`), and
 *   the first view of a filter (both at once, as the scorecard page asks);
 * - the catalog's own cheapest authenticated read on the same backend, as
 *   the fixed cost every plugin request pays;
 * - the full CSV export, with the backend's RSS sampled while it streams;
 * - GET and PUT of one assessment; and, as the floor, the page's SQL run
 *   directly with knex;
 * - on the 10,000-service scenarios: 1,000 more requests to see whether the
 *   backend's memory stays flat, the page under CONDITIONAL catalog read
 *   policies, 32 concurrent clients, and the same figures against the
 *   production build of the backend (`NODE_ENV=production`).
 *
 *   scripts/bench.sh               # about 40 minutes on 2 cores
 *   scripts/bench.sh --revisions   # also 1 revision per service, for 20 vs 1
 *   scripts/bench.sh --quick       # 1,000 services only, fewer samples
 *
 * Prints a table and writes docs/benchmarks.md.
 */
import { exec as execCallback, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import knexFactory, { Knex } from 'knex';
import {
  BackendProcess,
  guestToken,
  ROOT,
  startBackend,
} from '../support/backend';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';
import { ScorecardQueryStore } from '../../plugins/mlops-maturity-backend/src/database/ScorecardQueryStore';
import { benchOwner, GUEST_TEAM, seedDatabase } from './seedDatabase';
import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

const exec = promisify(execCallback);
const QUICK = process.argv.includes('--quick');
const REVISIONS = process.argv.includes('--revisions');
const SAMPLES = QUICK ? 30 : 100;
const EXPORT_SAMPLES = QUICK ? 3 : 5;
const WRITE_SAMPLES = QUICK ? 20 : 50;
const MEMORY_REQUESTS = 1000;
const MEMORY_WARMUP = QUICK ? 1000 : 4000;
const CLIENTS = 32;
const CONCURRENT_REQUESTS = QUICK ? 640 : 3200;
const FINDINGS_MARKER = '<!-- findings: kept by the benchmark script -->';
const PORT = 7151;
const MIGRATIONS = join(ROOT, 'plugins/mlops-maturity-backend/migrations');
const ENTITY_PATH = `/api/mlops-maturity/assessments/component/default/product-recommender`;
const API = '/api/mlops-maturity';
const CATALOG_GET =
  '/api/catalog/entities/by-name/component/default/product-recommender';

type Engine = 'sqlite' | 'postgres';
type Mode = 'development' | 'production';
interface Scenario {
  engine: Engine;
  services: number;
  revisions: number;
}
const isLargest = (s: Scenario) =>
  QUICK ? s.revisions === 20 : s.services === 10000 && s.revisions === 20;
/** Memory, conditional policies, concurrency and the production build are measured on these. */
const measuresMemory = isLargest;
const measuresPolicies = isLargest;
const measuresProduction = (s: Scenario) =>
  s.revisions === 20 && s.services <= 10000;
/** demoPolicy.catalogRead of packages/backend's demo policy, per phase. */
type CatalogRead = 'everyone' | 'owners' | 'confidential';

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

/** Requests per second with `clients` callers each sending the next request when its last one is answered. */
async function throughput(
  clients: number,
  total: number,
  fn: (i: number) => Promise<unknown>,
): Promise<number> {
  for (let i = 0; i < clients; i++) await fn(i); // warm-up
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) await fn(next++);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return total / seconds;
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
  return new ScorecardQueryStore(knex).pageQuery(
    { limit: 50, offset: 0, orderBy: 'score', order: 'desc' },
    new Date(Date.now() - 90 * 24 * 60 * 60 * 1000),
  );
}

/** Resident memory of the backend: the largest process of its process group, in MB. */
async function backendRssMb(backend: BackendProcess): Promise<number> {
  const { stdout } = await exec(`ps -o rss= -g ${backend.pid} || true`);
  const kb = stdout.split('\n').map(line => Number(line.trim()) || 0);
  return Math.max(0, ...kb) / 1024;
}

const SORTS = {
  byScore: 'orderBy=score&order=desc',
  byName: 'orderBy=name&order=asc',
  byUpdated: 'orderBy=updatedAt&order=desc',
  // The one sort no index serves (Level 4 after every count).
  byRaises: 'orderBy=raisesToNextLevel&order=asc',
};
const FILTER = 'owner=team-007&lifecycle=production&stale=false';

async function runScenario(s: Scenario): Promise<Row[]> {
  const label = `${s.engine} ${s.services} services × ${s.revisions} rev`;
  console.log(`\n== ${label}`);
  const knex = await openPluginDatabase(s);
  await knex.migrate.latest({ directory: MIGRATIONS });
  const seedStart = Date.now();
  await seedDatabase(knex, { services: s.services, revisions: s.revisions });
  console.log(`   seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

  const start = async (catalogRead: CatalogRead, mode: Mode) => {
    const backend = await startBackend({
      name: `bench-${s.engine}-${s.services}-${s.revisions}-${catalogRead}-${mode}`,
      port: PORT,
      production: mode === 'production',
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
          // ...and so would the visibility refresh, which removes from the
          // copy every service the catalog does not hold.
          visibility: {
            refresh: { frequency: { hours: 24 }, initialDelay: { hours: 24 } },
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
      JSON.parse(await get(`${API}/scorecard/summary`)).totalCount as number;
    return { backend, get, put, totalCount };
  };

  /** The figures every scenario and mode reports. */
  const measureReads = async (
    get: (path: string) => Promise<string>,
    backend: BackendProcess,
    row: Row,
  ) => {
    row.catalogGet = await measure(SAMPLES, () => get(CATALOG_GET));
    for (const [name, query] of Object.entries(SORTS)) {
      row[name] = await measure(SAMPLES, () =>
        get(`${API}/scorecard/page?limit=50&${query}`),
      );
    }
    row.filtered = await measure(SAMPLES, () =>
      get(`${API}/scorecard/page?limit=50&${FILTER}&${SORTS.byScore}`),
    );
    row.summary = await measure(SAMPLES, () => get(`${API}/scorecard/summary`));
    row.filteredSummary = await measure(SAMPLES, () =>
      get(`${API}/scorecard/summary?${FILTER}`),
    );
    // What the scorecard page asks when a filter is first shown.
    row.firstView = await measure(SAMPLES, () =>
      Promise.all([
        get(`${API}/scorecard/page?limit=50&${SORTS.byScore}`),
        get(`${API}/scorecard/summary`),
      ]),
    );
    // The full export, with the backend's RSS sampled while it streams.
    let csvBytes = 0;
    let rssGrowth = 0;
    row.export = await measure(EXPORT_SAMPLES, async () => {
      const before = await backendRssMb(backend);
      let peak = before;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, await backendRssMb(backend));
          await new Promise(r => setTimeout(r, 20));
        }
      })();
      try {
        csvBytes = (await get(`${API}/scorecard/export`)).length;
      } finally {
        sampling = false;
        await sampler;
      }
      rssGrowth = Math.max(rssGrowth, peak - before);
    });
    row.csvBytes = csvBytes;
    row.exportRssGrowth = rssGrowth;
  };

  const measureConcurrency = async (
    get: (path: string) => Promise<string>,
    row: Row,
  ) => {
    row.catalogPerSecond = await throughput(CLIENTS, CONCURRENT_REQUESTS, () =>
      get(CATALOG_GET),
    );
    row.pagesPerSecond = await throughput(CLIENTS, CONCURRENT_REQUESTS, i =>
      get(
        `${API}/scorecard/page?limit=50&offset=${(i * 50) % s.services}&${
          SORTS.byScore
        }`,
      ),
    );
  };

  /**
   * A campaign over every service and one over the filtered page's owner
   * and lifecycle: its progress against the scorecard with the same filter
   * (page and summary, as GET /scorecard answers both), the page of its
   * remaining services, and its history replayed from 90 days of revisions.
   */
  const measureCampaigns = async (
    get: (path: string) => Promise<string>,
    url: string,
    row: Row,
  ) => {
    const token = await guestToken(url);
    const create = async (scope: object) => {
      const res = await fetch(`${url}${API}/campaigns`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          title: 'Level 2',
          scope,
          goal: { kind: 'level', level: 2 },
          startsAt: new Date(Date.now() - 90 * 86_400_000).toISOString(),
          deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        }),
      });
      if (res.status !== 201)
        throw new Error(`POST /campaigns ${res.status} ${await res.text()}`);
      return (await res.json()).campaign.id as string;
    };
    // Every service the scorecard lists (the seeded ones and the example
    // service assessed above).
    const listed = JSON.parse(await get(`${API}/scorecard/summary`)).totalCount;
    const all = await create({});
    const team = await create({
      owner: ['team-007'],
      lifecycle: ['production'],
    });
    const inScope = JSON.parse(await get(`${API}/campaigns/${all}`)).progress
      .inScope;
    if (inScope !== listed)
      throw new Error(`campaign over ${inScope} services, not ${listed}`);
    row.campaignAll = await measure(SAMPLES, () =>
      get(`${API}/campaigns/${all}`),
    );
    row.scorecardAll = await measure(SAMPLES, () =>
      get(`${API}/scorecard?limit=50`),
    );
    row.campaignTeam = await measure(SAMPLES, () =>
      get(`${API}/campaigns/${team}`),
    );
    row.scorecardTeam = await measure(SAMPLES, () =>
      get(`${API}/scorecard?limit=50&owner=team-007&lifecycle=production`),
    );
    row.campaignRemaining = await measure(SAMPLES, () =>
      get(`${API}/scorecard/page?limit=50&campaign=${all}&campaignDone=false`),
    );
    row.campaignHistory = await measure(EXPORT_SAMPLES * 2, () =>
      get(`${API}/campaigns/${all}/history`),
    );
  };

  let { backend, get, put, totalCount } = await start(
    'everyone',
    'development',
  );
  const rows: Row[] = [];
  try {
    const total = await totalCount();
    if (total !== s.services)
      throw new Error(
        `expected ${s.services} services, the scorecard has ${total}`,
      );

    const row: Row = { scenario: label, mode: 'development', ...s };
    rows.push(row);
    row.floor = await measure(SAMPLES, () => rawPageQuery(knex));
    await measureReads(get, backend, row);
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
    if (isLargest(s)) await measureConcurrency(get, row);
    if (s.revisions === 20 && s.services <= 10000) {
      await measureCampaigns(get, backend.url, row);
    }

    // Memory: V8 grows a fresh backend's heap for the first few thousand
    // requests (the catalog's own endpoints do the same), so RSS is read
    // after MEMORY_WARMUP requests, then in the middle and at the end of
    // MEMORY_REQUESTS more.
    if (measuresMemory(s)) {
      const queries = Object.values(SORTS);
      const request = (i: number) =>
        get(
          `${API}/scorecard/page?limit=50&offset=${(i * 50) % s.services}&${
            queries[i % queries.length]
          }`,
        );
      for (let i = 0; i < MEMORY_WARMUP; i++) await request(i);
      const rss = [await backendRssMb(backend)];
      for (let i = 0; i < MEMORY_REQUESTS; i++) {
        await request(i);
        if (i + 1 === MEMORY_REQUESTS / 2 || i + 1 === MEMORY_REQUESTS)
          rss.push(await backendRssMb(backend));
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
        ({ backend, get, put, totalCount } = await start(rule, 'development'));
        const visible = await totalCount();
        if (visible !== expected)
          throw new Error(
            `${rule}: expected the guest to see ${expected} services, got ${visible}`,
          );
        row[key] = await measure(SAMPLES, () =>
          get(`${API}/scorecard/page?limit=50&${SORTS.byScore}`),
        );
        row[`${key}Summary`] = await measure(SAMPLES, () =>
          get(`${API}/scorecard/summary`),
        );
      }
    }

    // The production build on the same database.
    if (measuresProduction(s)) {
      await backend.stop();
      ({ backend, get, put, totalCount } = await start(
        'everyone',
        'production',
      ));
      const prod: Row = { scenario: label, mode: 'production', ...s };
      rows.push(prod);
      prod.floor = row.floor;
      await measureReads(get, backend, prod);
      if (isLargest(s)) await measureConcurrency(get, prod);
    }
    for (const r of rows) console.log(`   ${JSON.stringify(r)}`);
    return rows;
  } finally {
    await backend.stop();
    await knex.destroy();
    if (s.engine === 'postgres') await dropDatabases(PG_PREFIX(s));
    else rmSync(SQLITE_DIR(s), { recursive: true, force: true });
  }
}

type Row = Record<string, any>;

const ms = (stats: unknown) => {
  const s = stats as Stats | undefined;
  return s ? `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}` : '';
};

const rowLabel = (r: Row) =>
  r.mode === 'production' ? `${r.scenario} (production)` : r.scenario;

function table(rows: Row[]) {
  const header =
    '| scenario | SQL floor | catalog GET | page by score | by name | by updated | by raises to next | filtered page | summary | filtered summary | first view | CSV export (size, RSS growth) | GET one | PUT one |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const cells = (r: Row) => [
    rowLabel(r),
    ms(r.floor),
    ms(r.catalogGet),
    ms(r.byScore),
    ms(r.byName),
    ms(r.byUpdated),
    ms(r.byRaises),
    ms(r.filtered),
    ms(r.summary),
    ms(r.filteredSummary),
    ms(r.firstView),
    `${ms(r.export)} (${(r.csvBytes / 1024).toFixed(0)} kB, +${Math.round(
      r.exportRssGrowth,
    )} MB)`,
    ms(r.getOne),
    ms(r.putOne),
  ];
  return [header, ...rows.map(r => `| ${cells(r).join(' | ')} |`)].join('\n');
}

const find = (
  rows: Row[],
  engine: Engine,
  services: number,
  revisions: number,
  mode: Mode = 'development',
) =>
  rows.find(
    r =>
      r.engine === engine &&
      r.services === services &&
      r.revisions === revisions &&
      r.mode === mode,
  );

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function campaignTable(rows: Row[]) {
  const measured = rows.filter(r => r.campaignAll);
  if (measured.length === 0) return [];
  return [
    '## Campaigns',
    '',
    "A campaign over every service and one over one team's production services, each against the",
    'scorecard with the same filter (`GET /scorecard`: a page and the summary of its filter); the',
    "page of a campaign's remaining services; its history, replayed from 90 days of revisions.",
    '',
    '| scenario | progress, all services | scorecard, all | progress, one team | scorecard, same filter | remaining page | history (90 days) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...measured.map(
      r =>
        `| ${rowLabel(r)} | ${ms(r.campaignAll)} | ${ms(r.scorecardAll)} | ${ms(
          r.campaignTeam,
        )} | ${ms(r.scorecardTeam)} | ${ms(r.campaignRemaining)} | ${ms(
          r.campaignHistory,
        )} |`,
    ),
    '',
  ];
}

function targets(rows: Row[]): string[] {
  const out: string[] = [];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const size = QUICK ? 1000 : 10000;
  for (const engine of ['sqlite', 'postgres'] as Engine[]) {
    for (const mode of ['development', 'production'] as Mode[]) {
      const big = find(rows, engine, size, 20, mode);
      if (!big) continue;
      const at = `${engine}, ${mode}, ${big.services} × 20`;
      const catalog = big.catalogGet.p50;
      const pages = Object.keys(SORTS)
        .concat('filtered')
        .map(key => [key, big[key].p50] as [string, number]);
      const over = pages.filter(([, p50]) => p50 > catalog + 2);
      out.push(
        `- ${at}: a page ≤ catalog GET + 2 ms (${catalog.toFixed(
          1,
        )} + 2 ms): ${pages
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ')} ms — ${verdict(over.length === 0)}${
          over.length ? ` (over: ${over.map(([k]) => k).join(', ')})` : ''
        }`,
      );
      out.push(
        `- ${at}: first view (page + summary) ${big.firstView.p50.toFixed(
          1,
        )} ms ≤ catalog GET + 6 ms (${(catalog + 6).toFixed(1)}) — ${verdict(
          big.firstView.p50 <= catalog + 6,
        )}; the summary alone ${big.summary.p50.toFixed(1)} ms`,
      );
      const small = find(rows, engine, 1000, 20, mode);
      if (small && small !== big) {
        const r = big.byScore.p50 / small.byScore.p50;
        out.push(
          `- ${at}: 10k vs 1k services, a page by score = ${r.toFixed(
            2,
          )}× (target ≤ 1.3×) ${verdict(r <= 1.3)}`,
        );
      }
      if (big.pagesPerSecond) {
        const r = big.pagesPerSecond / big.catalogPerSecond;
        out.push(
          `- ${at}: ${CLIENTS} concurrent clients: ${big.pagesPerSecond.toFixed(
            0,
          )} scorecard pages/s vs ${big.catalogPerSecond.toFixed(
            0,
          )} catalog GETs/s = ${(r * 100).toFixed(0)}% (target ≥ 70%) ${verdict(
            r >= 0.7,
          )}`,
        );
      }
    }
    const huge = find(rows, engine, 100000, 5);
    const ten = find(rows, engine, 10000, 20);
    if (huge && ten) {
      const r = huge.byScore.p50 / ten.byScore.p50;
      out.push(
        `- ${engine} 100,000 × 5: a page by score ${huge.byScore.p50.toFixed(
          1,
        )} ms = ${r.toFixed(2)}× its 10,000 figure (target ≤ 1.3×) ${verdict(
          r <= 1.3,
        )}; the summary ${huge.summary.p50.toFixed(
          1,
        )} ms (target ≤ 60 ms) ${verdict(
          huge.summary.p50 <= 60,
        )}; the full CSV export p95 ${(huge.export.p95 / 1000).toFixed(
          2,
        )} s (target ≤ 4 s) ${verdict(
          huge.export.p95 <= 4000,
        )} with backend RSS up by ${huge.exportRssGrowth.toFixed(
          0,
        )} MB while it streams (target < 50 MB) ${verdict(
          huge.exportRssGrowth < 50,
        )}`,
      );
    }
    for (const revisions of QUICK ? [] : [1000, 10000]) {
      const one = find(rows, engine, revisions, 1);
      const twenty = find(rows, engine, revisions, 20);
      if (one && twenty) {
        const r = twenty.byScore.p50 / one.byScore.p50;
        out.push(
          `- ${engine}: 20 vs 1 revisions (p50 page by score, ${revisions} services) = ${r.toFixed(
            2,
          )}× (target ≤ 1.2×) ${verdict(r <= 1.2)}`,
        );
      }
    }
    const policyRow = find(rows, engine, size, 20);
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
        )}× (target ≤ 2×) ${verdict(owners <= 2 * allow)}; under ` +
          `the demo's "not confidential, or owned" rule ${confidential.toFixed(
            1,
          )} ms = ${ratio(
            confidential,
            allow,
          )}×; the summary ${policyRow.byScoreOwnersSummary.p50.toFixed(
            1,
          )} ms (owners) and ${policyRow.byScoreConfidentialSummary.p50.toFixed(
            1,
          )} ms (confidential) against ${policyRow.summary.p50.toFixed(
            1,
          )} ms under ALLOW`,
      );
    }
    const campaignRow = find(rows, engine, size, 20);
    if (campaignRow?.campaignAll) {
      const check = (label: string, progress: Stats, scorecard: Stats) =>
        `${label} ${progress.p50.toFixed(1)} ms vs ${scorecard.p50.toFixed(
          1,
        )} ms = ${ratio(progress.p50, scorecard.p50)}× (target ≤ 2×) ${verdict(
          progress.p50 <= 2 * scorecard.p50,
        )}`;
      out.push(
        `- ${engine}, ${
          campaignRow.scenario
        }: campaign progress vs the scorecard with the same filter (p50): ${check(
          'every service',
          campaignRow.campaignAll,
          campaignRow.scorecardAll,
        )}; ${check(
          'one team',
          campaignRow.campaignTeam,
          campaignRow.scorecardTeam,
        )}; history over 90 days ${campaignRow.campaignHistory.p50.toFixed(
          0,
        )} ms`,
      );
    }
    const exportRow =
      find(rows, engine, 10000, 20) ?? find(rows, engine, 10000, 1);
    if (exportRow) {
      out.push(
        `- ${engine}: full export of 10k services p95 = ${(
          exportRow.export.p95 / 1000
        ).toFixed(2)} s (target ≤ 2.5 s) ${verdict(
          exportRow.export.p95 <= 2500,
        )}`,
      );
    }
    for (const r of rows.filter(
      x => x.engine === engine && x.rssBefore !== undefined,
    )) {
      const growth = r.rssAfter - r.rssBefore;
      const sign = growth >= 0 ? '+' : '';
      const share = ((growth / r.rssBefore) * 100).toFixed(1);
      out.push(
        `- ${r.scenario}: backend RSS ${r.rssBefore.toFixed(0)} → ` +
          `${r.rssMiddle.toFixed(0)} → ${r.rssAfter.toFixed(0)} MB over ` +
          `${MEMORY_REQUESTS} page requests (${sign}${growth.toFixed(
            0,
          )} MB, ${sign}${share}%)`,
      );
    }
  }
  return out;
}

async function main() {
  const only = process.argv.find(a => a.startsWith('--only='))?.slice(7);
  // --sizes=10000x20,1000x20: just these scenarios (written to the quick
  // report, as --only is).
  const sizesArg = process.argv
    .find(a => a.startsWith('--sizes='))
    ?.slice(8)
    .split(',')
    .map(size => size.split('x').map(Number) as [number, number]);
  const scenarios: Scenario[] = [];
  for (const engine of ['sqlite', 'postgres'] as Engine[]) {
    if (only && !only.split(',').includes(engine)) continue;
    const sizes: Array<[number, number]> = sizesArg
      ? sizesArg
      : QUICK
      ? [
          [1000, 1],
          [1000, 20],
        ]
      : [
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
    for (const [services, revisions] of sizes)
      scenarios.push({ engine, services, revisions });
  }
  const rows: Row[] = [];
  for (const s of scenarios) rows.push(...(await runScenario(s)));

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
    'that database and calls it over HTTP with a guest token, one request at a time unless said.',
    '',
    `Times are p50 / p95 in milliseconds over ${SAMPLES} requests (${EXPORT_SAMPLES} for the export, ${WRITE_SAMPLES} for PUT) after`,
    'a warm-up. "SQL floor" is the page query itself (50 rows by score) run directly with knex;',
    '"catalog GET" is the catalog\'s own `GET /entities/by-name/...` on the same backend, the cheapest',
    'authenticated, permission-checked request Backstage serves, for reference. A "page" is',
    '`GET /scorecard/page` (50 rows; what paging and sorting within a filter ask); a "summary" is',
    '`GET /scorecard/summary` (count, summary, level distribution and owner roll-ups of the whole',
    'filtered set, fetched once per filter); "first view" is both at once, as the scorecard page asks',
    'them when a filter is first shown. "Filtered" is one owner, production, not stale. The export',
    "column adds how far the backend's RSS rose above its level before the export while it streamed",
    '(sampled every 20 ms). PUT includes the GET of the current revision it is based on.',
    '',
    'Rows marked "(production)" run the production build of the backend (`NODE_ENV=production node',
    'packages/backend`, from `scripts/start-production.sh --prepare-only`) on the same database as the',
    'row above them; the others run the development server `yarn start` runs (every request logged).',
    'All run under an unconditional ALLOW for catalog reads (`demoPolicy.catalogRead: everyone`); on',
    'the 10,000 × 20 scenarios the development backend is also restarted with a CONDITIONAL owner-only',
    "read (`owners`: the guest sees the 50 services of its team) and with the demo's default rule",
    '(`confidential`), and the page and summary are measured again (see Targets). Concurrency:',
    `${CLIENTS} clients, each sending its next request when its last is answered, ${CONCURRENT_REQUESTS} requests in all.`,
    '',
    table(rows),
    '',
    ...campaignTable(rows),
    '## Targets',
    '',
    ...targets(rows),
    '',
  ].join('\n');
  console.log(`\n${report}`);
  // Hand-written findings below the marker survive a rerun.
  const target = join(
    ROOT,
    QUICK || only || sizesArg
      ? 'tests/results/benchmarks-quick.md'
      : 'docs/benchmarks.md',
  );
  let findings = '';
  try {
    const previous = readFileSync(join(ROOT, 'docs/benchmarks.md'), 'utf8');
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
