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

const PREFIX = 'mlops_rel_concurrency_';
const ENTITIES = OWNED_ENTITIES;
const path = assessmentPath;

let backends: BackendProcess[] = [];

test.beforeAll(async () => {
  await dropDatabases(PREFIX);
  const database = {
    kind: 'postgres' as const,
    connection: POSTGRES_URL,
    prefix: PREFIX,
  };
  const config = {
    mlopsMaturity: {
      catalogSync: { frequency: { seconds: 5 } },
      demoData: { enabled: false },
    },
  };
  // One after the other, as in a rolling deploy: the catalog's own migrations
  // are not safe to run from two processes at once on an empty database.
  backends.push(
    await startBackend({
      name: 'reliability-instance-a',
      port: 7121,
      database,
      config,
    }),
  );
  backends.push(
    await startBackend({
      name: 'reliability-instance-b',
      port: 7122,
      database,
      config,
    }),
  );
});

test.afterAll(async () => {
  await Promise.all(backends.map(b => b.stop()));
  await dropDatabases(PREFIX);
});

test('50 concurrent writers on two instances lose no write and duplicate none', async () => {
  const token = await guestToken(backends[0].url);
  // One request through each instance first: a plugin creates its service
  // token key on first use, and a burst of 50 first calls would race
  // Backstage's key publication (a framework matter, not this plugin's).
  for (const backend of backends)
    await waitForScorecard(backend.url, token, 20);
  const clients = backends.map(b => apiClient(b.url, token));

  const outcomes: WriteOutcome[] = [];
  await Promise.all(
    Array.from({ length: 50 }, async (_, writer) => {
      const entity = ENTITIES[writer % ENTITIES.length];
      const level = writer % 5;
      for (let attempt = 0; attempt < 4; attempt++) {
        // Alternate instances between the read and the write.
        const reader = clients[(writer + attempt) % 2];
        const writerClient = clients[(writer + attempt + 1) % 2];
        const current = await reader.get(path(entity));
        const baseRevision =
          current.status === 200 ? current.json.revision : null;
        const answers = { ...answersAt(2), testing: { level } };
        const res = await writerClient.put(path(entity), {
          baseRevision,
          answers,
        });
        outcomes.push({
          entity,
          status: res.status,
          revision: res.json?.revision,
          level,
        });
        if (res.status !== 409) break;
      }
    }),
  );

  const statuses = [...new Set(outcomes.map(o => o.status))].sort();
  expect(
    statuses.every(s => s === 200 || s === 409),
    `statuses seen: ${statuses}`,
  ).toBe(true);
  expect(outcomes.filter(o => o.status === 200).length).toBeGreaterThanOrEqual(
    ENTITIES.length,
  );
  expect(outcomes.filter(o => o.status === 409).length).toBeGreaterThan(0);

  await expectConsistent(PREFIX, ENTITIES, outcomes);
  // Each acknowledged write is exactly one revision, and both instances agree on the current one.
  for (const entity of ENTITIES) {
    const acknowledged = outcomes.filter(
      o => o.entity === entity && o.status === 200,
    ).length;
    const [a, b] = await Promise.all(clients.map(c => c.get(path(entity))));
    expect([entity, a.json.revision, b.json.revision]).toEqual([
      entity,
      acknowledged,
      acknowledged,
    ]);
  }
  // eslint-disable-next-line no-console
  console.log(
    `${outcomes.length} PUTs: ${
      outcomes.filter(o => o.status === 200).length
    } stored, ${outcomes.filter(o => o.status === 409).length} conflicts`,
  );
});
