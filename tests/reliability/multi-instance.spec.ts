import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { guestToken, waitForScorecard } from '../support/backend';
import {
  Instance,
  logEntries,
  prepareProductionBuild,
  startProductionInstances,
} from '../support/instances';
import {
  dropDatabases,
  queryDatabase,
  queryPluginDatabase,
} from '../support/postgres';
import {
  RoundRobinProxy,
  startRoundRobinProxy,
} from '../support/roundRobinProxy';
import { answersAt, apiClient, assessmentPath } from './api';
import { CHROMIUM, expectLiveBellAcrossInstances } from './liveBell';

/**
 * Three instances of the production build (app-config.yaml,
 * app-config.production.yaml, the example catalog) on one PostgreSQL, behind
 * a round-robin proxy, as Backstage scales out: whatever instance answers,
 * it answers the same; scheduled work runs once; limits hold for all of them
 * together; and signals reach a browser on another instance than the one
 * that sent them (through the events backend's bus in PostgreSQL).
 */

test.describe.configure({ mode: 'serial' });

const PREFIX = `mlops_rel_multi_${process.pid}_`;
const API = '/api/mlops-maturity';
const TEAM = 'group:default/team-recommendations';
const SUBMISSIONS_PER_HOUR = 3;
const SYNC_EVERY_S = 20;
const REMINDERS_DELAY_S = 60;
/** A service principal's token (backend.auth.externalAccess), to send notifications. */
const SENDER_TOKEN = randomBytes(24).toString('hex');
/** The log line of each run of the reminders, and of the catalog sync. */
const REMINDERS_RUN = /^MLOps maturity reminders: /;
const SYNC_RUN = /^Synced \d+ ML services from the catalog/;

let instances: Instance[] = [];
let proxy: RoundRobinProxy | undefined;
let token: string;

test.beforeAll(async () => {
  // The build runs only when its sources changed; the deployment tests and
  // the browser tests reuse it.
  test.setTimeout(900_000);
  prepareProductionBuild('reliability-multi-instance');
  await dropDatabases(PREFIX);
  instances = await startProductionInstances({
    name: 'reliability-multi-instance',
    count: 3,
    prefix: PREFIX,
    config: {
      // Test-only sign-in: production has none until a real provider is added.
      auth: {
        providers: {
          guest: {
            userEntityRef: 'user:default/ada',
            dangerouslyAllowOutsideDevelopment: true,
          },
        },
      },
      backend: {
        auth: {
          externalAccess: [
            {
              type: 'static',
              options: { token: SENDER_TOKEN, subject: 'multi-instance-test' },
            },
          ],
        },
      },
      permission: { mlopsMaturity: { campaignManagers: ['user:default/ada'] } },
      mlopsMaturity: {
        catalogSync: { frequency: { seconds: SYNC_EVERY_S } },
        limits: { submissionsPerEntityPerHour: SUBMISSIONS_PER_HOUR },
        // Daily, the first run once every instance is up.
        reminders: {
          schedule: {
            frequency: { hours: 24 },
            timeout: { minutes: 5 },
            initialDelay: { seconds: REMINDERS_DELAY_S },
          },
        },
      },
    },
  });
  proxy = await startRoundRobinProxy(instances.map(i => i.url));
  token = await guestToken(proxy.url, TEAM);
  // Ada reads 20 of the 21 example ML services (not the confidential one).
  for (const instance of instances) {
    await waitForScorecard(instance.url, token, 20);
  }
});

test.afterAll(async () => {
  await proxy?.close();
  await Promise.all(instances.map(instance => instance.stop()));
  await dropDatabases(PREFIX);
});

const client = (url: string) => apiClient(url, token);

/** The team's summary and the campaign's progress, as one instance answers them. */
async function figures(url: string, campaignId: string) {
  const summary = await client(url).get(
    `${API}/scorecard/summary?owner=${encodeURIComponent(TEAM)}`,
  );
  const campaign = await client(url).get(`${API}/campaigns/${campaignId}`);
  expect([summary.status, campaign.status]).toEqual([200, 200]);
  return {
    assessed: summary.json.summary.assessedCount as number,
    levels: summary.json.levelDistribution.levels as Record<string, number>,
    campaignDone: campaign.json.progress.done as number,
  };
}

test('a write on one instance retires the cached summaries and campaign progress of the others', async () => {
  const [a, b, c] = instances;
  const entity = 'component:default/homepage-ranker'; // team-recommendations'
  const created = await client(proxy!.url).call('POST', `${API}/campaigns`, {
    json: {
      title: 'Level 2 for recommendations',
      scope: { owner: [TEAM] },
      goal: { kind: 'level', level: 2 },
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
  expect(created.status, created.text).toBe(201);
  const campaignId: string = created.json.campaign.id;

  // Every instance computes and caches the figures (read twice: the second
  // read is served from the cache).
  const before = await figures(a.url, campaignId);
  for (const instance of instances) {
    for (let i = 0; i < 2; i++) {
      expect(await figures(instance.url, campaignId)).toEqual(before);
    }
  }

  // A submits Level 3, which meets the campaign's goal: every instance
  // answers with it on its next read, and so does the proxy, whichever
  // instance it picks.
  const first = await client(a.url).put(assessmentPath(entity), {
    baseRevision: null,
    answers: answersAt(3),
  });
  expect(first.status, first.text).toBe(200);
  const afterFirst = {
    assessed: before.assessed + 1,
    levels: { ...before.levels, 3: before.levels[3] + 1 },
    campaignDone: before.campaignDone + 1,
  };
  for (const url of [b.url, c.url, proxy!.url, proxy!.url, proxy!.url]) {
    expect(await figures(url, campaignId), url).toEqual(afterFirst);
  }

  // B lowers it to Level 1, below the goal: A and C follow at once.
  const second = await client(b.url).put(assessmentPath(entity), {
    baseRevision: 1,
    answers: answersAt(1),
  });
  expect(second.status, second.text).toBe(200);
  const afterSecond = {
    assessed: before.assessed + 1,
    levels: { ...before.levels, 1: before.levels[1] + 1 },
    campaignDone: before.campaignDone,
  };
  for (const url of [a.url, c.url, proxy!.url, proxy!.url, proxy!.url]) {
    expect(await figures(url, campaignId), url).toEqual(afterSecond);
  }
  // The proxy spread its requests over all three.
  expect(new Set(proxy!.served)).toEqual(
    new Set(instances.map(i => new URL(i.url).origin)),
  );
});

test('the submission limit holds across instances', async () => {
  const entity = 'component:default/similar-items-model'; // team-recommendations'
  const via = client(proxy!.url);
  const statuses: number[] = [];
  // Twelve writers through the proxy, each submitting until it is refused
  // for the limit: every request may land on another instance.
  await Promise.all(
    Array.from({ length: 12 }, async () => {
      for (let attempt = 0; attempt < 40; attempt++) {
        const current = await via.get(assessmentPath(entity));
        const baseRevision =
          current.status === 200 ? current.json.revision : null;
        const res = await via.put(assessmentPath(entity), {
          baseRevision,
          answers: answersAt(attempt % 5),
        });
        statuses.push(res.status);
        if (res.status === 429) return;
        expect([200, 409], res.text).toContain(res.status);
      }
      throw new Error('a writer was never refused');
    }),
  );
  expect(statuses.filter(s => s === 200)).toHaveLength(SUBMISSIONS_PER_HOUR);
  const [{ count }] = await queryPluginDatabase(
    PREFIX,
    'select count(*)::int as count from mlops_maturity_revisions where entity_ref = $1',
    [entity],
  );
  expect(count).toBe(SUBMISSIONS_PER_HOUR);

  // Each instance refuses the next one, saying when to retry.
  const current = await via.get(assessmentPath(entity));
  for (const instance of instances) {
    const res = await fetch(`${instance.url}${assessmentPath(entity)}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        baseRevision: current.json.revision,
        answers: answersAt(2),
      }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  }
});

test('the bell follows a notification sent by another instance, live, in Chromium', async () => {
  test.setTimeout(240_000);
  // In CI a missing Chromium fails the test (scripts/chromium.sh installs it).
  test.skip(
    !existsSync(CHROMIUM) && !process.env.CI,
    `no Chromium at ${CHROMIUM} (sudo apt-get install -y chromium)`,
  );
  // After the reminders' run, so only the test's own notification moves the count.
  await expect
    .poll(() => instances.flatMap(i => logEntries(i, REMINDERS_RUN)).length, {
      timeout: (REMINDERS_DELAY_S + 90) * 1000,
      intervals: [2_000],
    })
    .toBeGreaterThan(0);
  // Every instance's plugins use the events backend's bus, the first one's
  // too, whose events backend was still migrating an empty database when
  // the other plugins subscribed.
  const local = /events backend not found|events backend is not available/;
  expect(instances.flatMap(i => logEntries(i, local))).toEqual([]);
  // The browser on that first instance; the notification sent through the
  // second, marked read through the third.
  const [a, b, c] = instances;
  await expectLiveBellAcrossInstances({
    browserOn: a,
    sender: b,
    markReadOn: c,
    token,
    senderToken: SENDER_TOKEN,
    outputDir: test.info().outputPath(),
  });
});

test('the reminders and the catalog sync run once across instances', async () => {
  test.setTimeout(240_000);
  // Every instance is past the first run it would make on its own: with
  // local scheduling, each would have sent the reminders by now.
  const lastStart = Math.max(...instances.map(i => i.startedAt));
  const waitMs = lastStart + (REMINDERS_DELAY_S + 20) * 1000 - Date.now();
  if (waitMs > 0) await new Promise(r => setTimeout(r, waitMs));

  const runs = instances.flatMap(i => logEntries(i, REMINDERS_RUN));
  expect(runs.map(r => r.message)).toHaveLength(1);
  expect(runs[0].message).not.toMatch(/ sent 0 never-assessed/);

  // Ada's reminders: one per scope, none sent a second time.
  const res = await client(proxy!.url).get(
    `/api/notifications/notifications?limit=100&topic=${encodeURIComponent(
      'MLOps maturity',
    )}`,
  );
  const reminders: Array<{ payload: { scope: string }; updated?: string }> =
    res.json.notifications;
  expect(reminders.length).toBeGreaterThan(0);
  const scopes = reminders.map(r => r.payload.scope);
  expect(new Set(scopes).size).toBe(scopes.length);
  expect(reminders.filter(r => r.updated)).toEqual([]);
  // Everyone's, in the notifications database: no user has two of a scope.
  const perUserAndScope = await queryDatabase<{ users: number; dup: number }>(
    `${PREFIX}notifications`,
    `select count(distinct "user")::int as users,
            count(*)::int - count(distinct ("user", scope))::int as dup
       from notification where topic = $1`,
    ['MLOps maturity'],
  );
  expect(perUserAndScope[0].users).toBeGreaterThan(1);
  expect(perUserAndScope[0].dup).toBe(0);

  // The sync: in the time since every instance was up, at most one run per
  // period across all three (runs of one schedule start at least a period
  // minus the scheduler's 5-second poll apart), where each instance on its
  // own would make one per period.
  const from = lastStart + 10_000;
  const syncs = instances.flatMap(i =>
    logEntries(i, SYNC_RUN).filter(e => e.time >= from),
  );
  const windowS = (Date.now() - from) / 1000;
  expect(windowS).toBeGreaterThan(3 * SYNC_EVERY_S);
  expect(syncs.length).toBeGreaterThan(0);
  expect(syncs.length).toBeLessThanOrEqual(
    Math.floor(windowS / (SYNC_EVERY_S - 5)) + 1,
  );

  // And each instance says so: both tasks are scheduled across instances.
  for (const instance of instances) {
    const tasks = await client(instance.url).get(
      `${API}/.backstage/scheduler/v1/tasks`,
    );
    expect(tasks.status, tasks.text).toBe(200);
    const scopeOf = (id: string) =>
      tasks.json.tasks.find((t: { taskId: string }) => t.taskId === id)?.scope;
    expect([
      scopeOf('mlops-maturity-catalog-sync'),
      scopeOf('mlops-maturity-reminders'),
    ]).toEqual(['global', 'global']);
  }
});
