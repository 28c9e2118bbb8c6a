/* eslint-disable no-console */
/**
 * The warm figures of the scale benchmark: pages, summaries (cached after
 * their first request), the CSV export with the backend's memory sampled,
 * concurrency and memory over many requests. Every request is timed in
 * turns with the catalog GET it is compared with.
 */
import {
  formatStats,
  InTurns,
  measure,
  measureInTurns,
  stats,
  throughputInTurns,
} from './benchStats';
import {
  backendRssMb,
  largestProcess,
  sampleRss,
} from '../support/processMemory';
import {
  API,
  CATALOG_GET,
  Client,
  FILTER,
  QUICK,
  Row,
  Scenario,
  SORTS,
} from './scorecardScenario';
import { cursorWalkers } from './cursorWalkers';

export const SAMPLES = QUICK ? 30 : 100;
export const WRITE_SAMPLES = QUICK ? 20 : 50;
export const CLIENTS = 32;
export const CONCURRENT_REQUESTS = QUICK ? 640 : 3200;
const CONCURRENT_ROUNDS = 4;
export const MEMORY_REQUESTS = 1000;
const MEMORY_WARMUP = QUICK ? 1000 : 4000;
/** Exports are timed 20 times up to 10,000 services (a p95), 5 times above (their maximum). */
export const exportSamples = (s: Scenario) => (s.services > 10000 ? 5 : 20);
export const RSS_SAMPLE_MS = 5;

/**
 * Keeps a figure measured in turns with the catalog GET: the figure under
 * `key`, its own catalog GET under `baselines[key]`, and the catalog GET's
 * times for the row's pooled "catalog GET" column.
 */
export function keep(row: Row, key: string, measured: InTurns) {
  row[key] = measured.value;
  row.baselines = { ...row.baselines, [key]: measured.baseline };
  row.catalogTimes = [...(row.catalogTimes ?? []), ...measured.baselineTimes];
  row.catalogGet = stats(row.catalogTimes);
}

/** Untimed rounds of every read before the first timed one. */
export const WARM_UP_ROUNDS = 30;

/**
 * The figures every scenario and mode reports. A fresh backend runs its
 * code paths slowly the first times (the JIT): every read is asked
 * WARM_UP_ROUNDS times first, so that the first figure measured does not
 * pay for the others (in two quick runs without this, the page by score,
 * measured first, came out 2–3 ms above the other sorts).
 */
export async function measureReads(client: Client, s: Scenario, row: Row) {
  const { get } = client;
  const catalog = () => get(CATALOG_GET);
  // As the benchmark measured its baseline before issue 30: alone, first,
  // on the fresh backend. Shown beside the figure of the turns, not used
  // by any target.
  row.catalogFresh = await measure(SAMPLES, catalog);
  const pages = [...Object.values(SORTS), `${FILTER}&${SORTS.byScore}`];
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    await catalog();
    for (const query of pages)
      await get(`${API}/scorecard/page?limit=50&${query}`);
    await get(`${API}/scorecard/summary`);
  }
  const inTurns = async (key: string, fn: () => Promise<unknown>) =>
    keep(row, key, await measureInTurns(SAMPLES, fn, catalog));
  for (const [name, query] of Object.entries(SORTS)) {
    await inTurns(name, () => get(`${API}/scorecard/page?limit=50&${query}`));
  }
  await inTurns('filtered', () =>
    get(`${API}/scorecard/page?limit=50&${FILTER}&${SORTS.byScore}`),
  );
  // Summaries are cached per filter and data version: after the first of
  // these requests every one is a cache hit (cold figures: scorecardCold.ts).
  await inTurns('summary', () => get(`${API}/scorecard/summary`));
  await inTurns('filteredSummary', () =>
    get(`${API}/scorecard/summary?${FILTER}`),
  );
  // What the scorecard page asks when a filter is first shown.
  await inTurns('firstView', () =>
    Promise.all([
      get(`${API}/scorecard/page?limit=50&${SORTS.byScore}`),
      get(`${API}/scorecard/summary`),
    ]),
  );
  await measureExport(client, s, row);
}

/**
 * The full export, with the backend's RSS read from /proc every
 * RSS_SAMPLE_MS while it streams (in the benchmark's process, no fork).
 */
async function measureExport(client: Client, s: Scenario, row: Row) {
  const pid = largestProcess(client.backend.pid);
  let csvBytes = 0;
  let rssGrowth = 0;
  let rssSamples = Infinity;
  const exportOnce = async () => {
    const sampling = sampleRss(pid, RSS_SAMPLE_MS);
    try {
      csvBytes = (await client.get(`${API}/scorecard/export`)).length;
    } finally {
      const { beforeMb, peakMb, samples } = sampling.stop();
      rssGrowth = Math.max(rssGrowth, peakMb - beforeMb);
      rssSamples = Math.min(rssSamples, samples);
    }
  };
  keep(
    row,
    'export',
    await measureInTurns(exportSamples(s), exportOnce, () =>
      client.get(CATALOG_GET),
    ),
  );
  row.csvBytes = csvBytes;
  row.exportRssGrowth = rssGrowth;
  row.exportRssSamples = rssSamples;
}

/**
 * 32 clients walking every page with the cursor (half from the highest
 * score, half from the lowest), and the catalog GET, in alternating bursts.
 */
export async function measureConcurrency(client: Client, row: Row) {
  const walkers = cursorWalkers(client.get, CLIENTS);
  const { value, baseline } = await throughputInTurns({
    clients: CLIENTS,
    total: CONCURRENT_REQUESTS,
    rounds: CONCURRENT_ROUNDS,
    baseline: () => client.get(CATALOG_GET),
    fn: () => walkers.next(),
  });
  row.pagesPerSecond = value;
  row.catalogPerSecond = baseline;
  console.log(
    `   32 clients: ${walkers.pages} pages by cursor, ${walkers.laps} walks to the last page`,
  );
}

/**
 * Memory: V8 grows a fresh backend's heap for the first few thousand
 * requests (the catalog's own endpoints do the same), so RSS is read after
 * MEMORY_WARMUP requests, then in the middle and at the end of
 * MEMORY_REQUESTS more.
 */
export async function measureMemory(client: Client, row: Row) {
  // One reader per sort walking by cursor, taking turns.
  const sorts = Object.values(SORTS);
  const walkers = cursorWalkers(client.get, sorts.length, sorts);
  for (let i = 0; i < MEMORY_WARMUP; i++) await walkers.next();
  const rss = [backendRssMb(client.backend.pid)];
  for (let i = 0; i < MEMORY_REQUESTS; i++) {
    await walkers.next();
    if (i + 1 === MEMORY_REQUESTS / 2 || i + 1 === MEMORY_REQUESTS)
      rss.push(backendRssMb(client.backend.pid));
  }
  [row.rssBefore, row.rssMiddle, row.rssAfter] = rss;
}

/** The export cell: time, size and how far RSS rose while it streamed. */
export const exportCell = (r: Row) =>
  r.export
    ? `${formatStats(r.export)} (${(r.csvBytes / 1024).toFixed(
        0,
      )} kB, +${Math.round(r.exportRssGrowth)} MB, ≥ ${
        r.exportRssSamples
      } RSS samples)`
    : '';
