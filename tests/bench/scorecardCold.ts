/* eslint-disable no-console */
/**
 * Cold figures of the scale benchmark. Summaries (and campaign progress)
 * are cached per filter and data version, and any write moves the version:
 * the first reader after a write pays the computation, every later one a
 * cache hit. So each cold sample follows a write (a PUT of the example
 * service's assessment through the API), on the same backend or on a
 * second backend process on the same database, and a short pause, as the
 * next reader after a write meets it.
 */
import { freePort } from '../support/backend';
import { measureInTurns } from './benchStats';
import { keep } from './scorecardReads';
import {
  API,
  CATALOG_GET,
  Client,
  ENTITY_PATH,
  FILTER,
  QUICK,
  Row,
  Scenario,
  SORTS,
  startScenarioBackend,
} from './scorecardScenario';

export const COLD_SAMPLES = QUICK ? 20 : 40;
/** Between a write and the cold read: the write's own after-work settles, as before a real next reader. */
export const COLD_PAUSE_MS = 100;

/**
 * A PUT of the example service's assessment through `writer`, its first
 * answer moved between Level 1 and 2, so that every write changes the
 * scorecard (the service's score and level, and so every summary).
 */
export async function writeAssessment(writer: Client) {
  const current = JSON.parse(await writer.get(ENTITY_PATH));
  const next = Object.fromEntries(
    Object.entries(current.answers as Record<string, { level?: number }>).map(
      ([id, answer], i) => [
        id,
        i === 0 ? { ...answer, level: answer.level === 1 ? 2 : 1 } : answer,
      ],
    ),
  );
  const res = await writer.send('PUT', ENTITY_PATH, {
    baseRevision: current.revision,
    answers: next,
  });
  if (res.status !== 200)
    throw new Error(`PUT ${res.status} ${await res.text()}`);
}

/** The write before each cold sample, and the pause after it. */
export const writeThenPause = (writer: Client) => async () => {
  await writeAssessment(writer);
  await new Promise(r => setTimeout(r, COLD_PAUSE_MS));
};

/**
 * Summary, filtered summary and first view, each sample after a write by
 * `writer`, read on `reader`, in turns with the catalog GET. Keys end in
 * `suffix`. Counts the cold summaries that came back unchanged after a
 * write (a stale answer) under `stale<suffix>`.
 */
export async function measureCold(
  reader: Client,
  writer: Client,
  row: Row,
  suffix: 'Cold' | 'ColdOther',
) {
  const { get } = reader;
  const catalog = () => get(CATALOG_GET);
  const before = writeThenPause(writer);
  let previous = await get(`${API}/scorecard/summary`);
  let stale = 0;
  const summary = async () => {
    const body = await get(`${API}/scorecard/summary`);
    if (body === previous) stale++;
    previous = body;
  };
  const inTurns = async (key: string, fn: () => Promise<unknown>) =>
    keep(row, key, await measureInTurns(COLD_SAMPLES, fn, catalog, before));
  await inTurns(`summary${suffix}`, summary);
  await inTurns(`filteredSummary${suffix}`, () =>
    get(`${API}/scorecard/summary?${FILTER}`),
  );
  await inTurns(`firstView${suffix}`, () =>
    Promise.all([
      get(`${API}/scorecard/page?limit=50&${SORTS.byScore}`),
      get(`${API}/scorecard/summary`),
    ]),
  );
  row[`stale${suffix}`] = stale;
  if (stale > 0) {
    console.log(
      `   WARNING: ${stale} of ${COLD_SAMPLES} summaries read after a write (${suffix}) were unchanged`,
    );
  }
}

/**
 * Where a second instance can share the database: PostgreSQL (two
 * processes on one SQLite file is not a deployment the backend supports).
 */
export const measuresOtherInstance = (s: Scenario) => s.engine === 'postgres';

/**
 * Starts a second backend (the production build) on a free port on the
 * scenario's database, runs `fn` with it as the writer and stops it.
 */
export async function withOtherInstance<T>(
  s: Scenario,
  fn: (writer: Client) => Promise<T>,
): Promise<T> {
  const writer = await startScenarioBackend(s, 'everyone', 'production', {
    port: await freePort(),
    name: `bench-${s.engine}-${s.services}-${s.revisions}-writer`,
  });
  try {
    return await fn(writer);
  } finally {
    await writer.backend.stop();
  }
}
