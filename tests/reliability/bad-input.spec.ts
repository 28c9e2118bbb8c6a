import { expect, test } from '@playwright/test';
import {
  BackendProcess,
  guestToken,
  startBackend,
  waitForScorecard,
} from '../support/backend';
import {
  dropDatabases,
  dumpPluginTables,
  POSTGRES_URL,
} from '../support/postgres';
import { answersAt, apiClient } from './api';
import { badRequestCases, hostileReadCases } from './badInputCases';

const PREFIX = 'mlops_rel_input_';
const API = '/api/mlops-maturity';
const OWNED = `${API}/assessments/component/default/product-recommender`;
const NOT_OWNED = `${API}/assessments/component/default/fraud-scoring-service`;

test.describe.configure({ mode: 'serial' });

let backend: BackendProcess;
let owner: ReturnType<typeof apiClient>;

test.beforeAll(async () => {
  await dropDatabases(PREFIX);
  backend = await startBackend({
    name: 'reliability-bad-input',
    port: 7111,
    database: { kind: 'postgres', connection: POSTGRES_URL, prefix: PREFIX },
    config: {
      mlopsMaturity: {
        catalogSync: { frequency: { seconds: 3 } },
        demoData: { enabled: false },
      },
    },
  });
  owner = apiClient(backend.url, await guestToken(backend.url));
  await waitForScorecard(backend.url, await guestToken(backend.url), 20);
  // State for the conflict cases: product-recommender at revision 1, and a draft.
  expect(
    (await owner.put(OWNED, { baseRevision: null, answers: answersAt(2) }))
      .status,
  ).toBe(200);
  expect(
    (
      await owner.put(`${OWNED}/draft`, {
        draftVersion: null,
        baseRevision: 1,
        answers: { testing: { level: 3 } },
      })
    ).status,
  ).toBe(200);
});

test.afterAll(async () => {
  await backend?.stop();
  await dropDatabases(PREFIX);
});

/** Dumps until two dumps a few seconds apart agree: the catalog sync has settled. */
async function settledDump() {
  let previous = JSON.stringify(await dumpPluginTables(PREFIX));
  for (;;) {
    await new Promise(r => setTimeout(r, 4000));
    const next = JSON.stringify(await dumpPluginTables(PREFIX));
    if (next === previous) return next;
    previous = next;
  }
}

test('answers every malformed request with a 4xx that names the problem, and changes nothing', async () => {
  const cases = badRequestCases();
  expect(cases.length).toBeGreaterThanOrEqual(200);
  // eslint-disable-next-line no-console
  console.log(`${cases.length} malformed requests`);
  const before = await settledDump();

  const failures: string[] = [];
  for (const c of cases) {
    const res = await owner.call(c.method, c.path, c.body);
    const message: string | undefined = res.json?.error?.message;
    const statusOk = c.status
      ? res.status === c.status
      : res.status >= 400 && res.status < 500;
    if (!statusOk || !message || !message.includes(c.mentions)) {
      failures.push(
        `${c.name}: ${res.status} ${
          message ?? res.text.slice(0, 200)
        } (wanted ${c.status ?? '4xx'} mentioning "${c.mentions}")`,
      );
    }
  }
  expect(failures).toEqual([]);
  expect(await dumpPluginTables(PREFIX).then(JSON.stringify)).toBe(before);
});

test('answers hostile but valid searches normally', async () => {
  const before = await settledDump();
  for (const c of hostileReadCases()) {
    const res = await owner.get(c.path);
    expect([c.name, res.status]).toEqual([c.name, 200]);
    expect(res.json.items).toEqual([]);
  }
  expect(await dumpPluginTables(PREFIX).then(JSON.stringify)).toBe(before);
});

test('refuses every write without credentials (401) or by a non-owner (403)', async () => {
  const before = await settledDump();
  const anonymous = apiClient(backend.url);
  const writes: Array<[string, string, unknown]> = [
    ['PUT', OWNED, { baseRevision: 1, answers: answersAt(4) }],
    [
      'PUT',
      `${OWNED}/draft`,
      { draftVersion: 1, baseRevision: 1, answers: {} },
    ],
    ['DELETE', `${OWNED}/draft`, undefined],
    ['GET', `${OWNED}/draft`, undefined],
  ];
  for (const [method, path, json] of writes) {
    const res = await anonymous.call(
      method,
      path,
      json === undefined ? undefined : { json },
    );
    expect([method, path, res.status]).toEqual([method, path, 401]);
    const other = path.replace(OWNED, NOT_OWNED);
    const denied = await owner.call(
      method,
      other,
      json === undefined
        ? undefined
        : { json: { ...(json as object), baseRevision: null } },
    );
    expect([method, other, denied.status]).toEqual([method, other, 403]);
    expect(denied.json.error.message).toContain(
      'only its owners (team-fraud) may',
    );
  }
  for (const path of [
    `${API}/model`,
    OWNED,
    `${OWNED}/history`,
    `${API}/scorecard`,
    `${API}/scorecard/export`,
  ]) {
    expect([path, (await anonymous.get(path)).status]).toEqual([path, 401]);
  }
  expect(await dumpPluginTables(PREFIX).then(JSON.stringify)).toBe(before);
});
