import { expect, test } from '@playwright/test';
import {
  BackendProcess,
  guestToken,
  startBackend,
  waitForScorecard,
} from '../support/backend';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';
import { answersAt, apiClient, assessmentPath, OWNED_ENTITIES } from './api';
import { expectConsistent, WriteOutcome } from './consistency';

const PREFIX = 'mlops_rel_crash_';
const ENTITIES = OWNED_ENTITIES;
const path = assessmentPath;
const options = {
  port: 7131,
  database: {
    kind: 'postgres' as const,
    connection: POSTGRES_URL,
    prefix: PREFIX,
  },
  config: {
    mlopsMaturity: {
      catalogSync: { frequency: { seconds: 5 } },
      demoData: { enabled: false },
    },
  },
};

let backend: BackendProcess | undefined;

test.beforeAll(async () => {
  await dropDatabases(PREFIX);
});

test.afterAll(async () => {
  await backend?.stop();
  await dropDatabases(PREFIX);
});

test('kill -9 during writes leaves every table consistent', async () => {
  backend = await startBackend({ name: 'reliability-crash-1', ...options });
  const token = await guestToken(backend.url);
  await waitForScorecard(backend.url, token, 20);
  const client = apiClient(backend.url, token);

  const outcomes: WriteOutcome[] = [];
  let killed = false;
  const writers = Array.from({ length: 20 }, async (_, writer) => {
    const entity = ENTITIES[writer % ENTITIES.length];
    for (let i = 0; !killed; i++) {
      const level = (writer + i) % 5;
      try {
        const current = await client.get(path(entity));
        const baseRevision =
          current.status === 200 ? current.json.revision : null;
        const res = await client.put(path(entity), {
          baseRevision,
          answers: { ...answersAt(1), testing: { level } },
        });
        outcomes.push({
          entity,
          status: res.status,
          revision: res.json?.revision,
          level,
        });
      } catch {
        outcomes.push({ entity, status: 'network-error', level });
        return;
      }
    }
  });

  // Let writes pile up, then kill the whole backend without warning.
  await new Promise(r => setTimeout(r, 4000));
  expect(outcomes.filter(o => o.status === 200).length).toBeGreaterThan(0);
  backend.kill('SIGKILL');
  killed = true;
  await backend.exited;
  await Promise.all(writers);
  expect(
    outcomes.some(o => o.status === 'network-error'),
    'some writes were in flight at the kill',
  ).toBe(true);

  backend = await startBackend({ name: 'reliability-crash-2', ...options });
  await expectConsistent(PREFIX, ENTITIES, outcomes);

  // And the restarted backend carries on from the stored state.
  const restarted = apiClient(backend.url, await guestToken(backend.url));
  for (const entity of ENTITIES) {
    const current = await restarted.get(path(entity));
    const next = await restarted.put(path(entity), {
      baseRevision: current.json.revision,
      answers: answersAt(3),
    });
    expect([entity, next.status, next.json.revision]).toEqual([
      entity,
      200,
      current.json.revision + 1,
    ]);
  }
  // eslint-disable-next-line no-console
  console.log(
    `${outcomes.filter(o => o.status === 200).length} acknowledged, ${
      outcomes.filter(o => o.status === 'network-error').length
    } cut off by the kill`,
  );
});
