import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Notification } from '@backstage/plugin-notifications-common';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { CampaignStore } from '../database/CampaignStore';
import { createTestDatabases } from '../testUtils';
import {
  notificationsOf,
  pluginTasks,
  REMINDERS_TASK,
  runReminders,
  startRemindersBackend,
  waitFor,
} from './__testUtils__/startRemindersBackend';

jest.setTimeout(240_000);

const DAY = 24 * 60 * 60 * 1000;

const user = (name: string, memberOf: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name },
  spec: { memberOf },
});
const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: 'team', children: [] },
});
const component = (
  name: string,
  type: string,
  owner: string,
  lifecycle: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, title: name.replace(/-/g, ' ') },
  spec: { type, owner, lifecycle },
});

/**
 * Team A (ann, bob) owns a production model never assessed and an
 * experimental service assessed long ago; team B (carl) a production
 * service at Level 1 and a pipeline at Level 3; dora is in no team.
 */
const ENTITIES: Entity[] = [
  group('team-a'),
  group('team-b'),
  user('ann', ['team-a']),
  user('bob', ['team-a']),
  user('carl', ['team-b']),
  user('dora', []),
  component('new-model', 'ml-model', 'team-a', 'production'),
  component('old-service', 'ml-service', 'team-a', 'experimental'),
  component('low-scorer', 'ml-service', 'team-b', 'production'),
  component('good-pipeline', 'ml-pipeline', 'team-b', 'production'),
  component('web-shop', 'website', 'team-b', 'production'),
];

const ANN = 'user:default/ann';
const BOB = 'user:default/bob';
const CARL = 'user:default/carl';
const DORA = 'user:default/dora';

const config = (reminders: object = {}) => ({
  mlopsMaturity: {
    catalogSync: { frequency: { seconds: 1 }, initialDelay: { seconds: 0 } },
    targets: [{ level: 2, filter: { lifecycle: 'production' } }],
    reminders: {
      // Only when the test triggers it.
      schedule: { frequency: { trigger: 'manual' } },
      ...reminders,
    },
  },
});

const databases = createTestDatabases();

async function submit(
  backend: TestBackend,
  name: string,
  level: MaturityLevelNumber,
  baseRevision: number | null = null,
) {
  const res = await request(backend.server)
    .put(`/api/mlops-maturity/assessments/component/default/${name}`)
    .set('Authorization', mockCredentials.user.header(ANN))
    .send({ baseRevision, answers: uniformAnswers(level) });
  expect(res.status).toBe(200);
}

/** The backend with the catalog's ML services listed, three assessed, one of them long ago. */
async function startWithServices(
  databaseId: Parameters<typeof databases.init>[0],
  reminders: object = {},
) {
  const started = await startRemindersBackend({
    databases,
    databaseId,
    entities: ENTITIES,
    config: config(reminders),
  });
  const { backend, knexFor } = started;
  await waitFor('the scorecard to list the ML services', async () => {
    const res = await request(backend.server)
      .get('/api/mlops-maturity/scorecard/page?limit=50')
      .set('Authorization', mockCredentials.user.header(ANN));
    return res.status === 200 && res.body.items.length === 4 ? true : undefined;
  });
  // The users' team memberships, which the notifications backend resolves
  // owners through, are in the catalog.
  await waitFor('the catalog to relate the users to their teams', async () => {
    const res = await request(backend.server)
      .get('/api/catalog/entities/by-name/group/default/team-a')
      .set('Authorization', mockCredentials.service.header());
    return res.status === 200 &&
      (res.body.relations ?? []).filter(
        (r: { type: string }) => r.type === 'hasMember',
      ).length === 2
      ? true
      : undefined;
  });
  await submit(backend, 'old-service', 1);
  await submit(backend, 'low-scorer', 1);
  await submit(backend, 'good-pipeline', 3);
  // old-service was last assessed 200 days ago.
  const knex = await knexFor('mlops-maturity');
  const longAgo = new Date(Date.now() - 200 * DAY);
  const ref = 'component:default/old-service';
  await knex('mlops_maturity_revisions')
    .where('entity_ref', ref)
    .update({ created_at: longAgo });
  for (const table of ['mlops_maturity_current', 'mlops_maturity_entities']) {
    await knex(table).where('entity_ref', ref).update({ updated_at: longAgo });
  }
  return { ...started, campaigns: new CampaignStore(knex) };
}

/** Each digest's due reasons as "reason entity", sorted. */
const summary = (notifications: Notification[]) =>
  notifications
    .flatMap(n =>
      (
        (n.payload.metadata?.due ?? []) as {
          entityRef: string;
          reasons: string[];
        }[]
      ).flatMap(d => d.reasons.map(r => `${r} ${d.entityRef}`)),
    )
    .sort();
/** Each digest's lines marked done as "reason entity", sorted. */
const done = (notifications: Notification[]) =>
  notifications
    .flatMap(n =>
      (
        (n.payload.metadata?.done ?? []) as {
          entityRef: string;
          reason: string;
        }[]
      ).map(d => `${d.reason} ${d.entityRef}`),
    )
    .sort();

/** ann marks her notifications read, as the notifications page does. */
async function markRead(backend: TestBackend, ids: string[]) {
  const res = await request(backend.server)
    .post('/api/notifications/notifications/update')
    .set('Authorization', mockCredentials.user.header(ANN))
    .send({ ids, read: true });
  expect(res.status).toBe(200);
}

describe('reminders through the real notifications backend', () => {
  it.each(databases.eachSupportedId())(
    'send each owner one digest of their services and reasons, update it in place when a reason clears, and send nothing unchanged within the interval, on %p',
    async databaseId => {
      const { backend, campaigns } = await startWithServices(databaseId);
      const now = Date.now();
      // Team A's reassessment campaign ended yesterday; team B must reach
      // Level 2 in three days; a third one ends in two months.
      await campaigns.create(
        {
          title: 'Autumn reassessment',
          description: '',
          scope: { owner: ['group:default/team-a'] },
          goal: { kind: 'reassess' },
          startsAt: new Date(now - 40 * DAY),
          deadline: new Date(now - DAY),
        },
        ANN,
      );
      await campaigns.create(
        {
          title: 'Level 2 for team B',
          description: '',
          scope: { owner: ['group:default/team-b'] },
          goal: { kind: 'level', level: 2 },
          startsAt: new Date(now - 10 * DAY),
          deadline: new Date(now + 3 * DAY),
        },
        ANN,
      );
      await campaigns.create(
        {
          title: 'Far away',
          description: '',
          scope: {},
          goal: { kind: 'level', level: 4 },
          startsAt: new Date(now - DAY),
          deadline: new Date(now + 60 * DAY),
        },
        ANN,
      );

      await runReminders(backend);

      // One notification each, with every service and reason in it.
      const teamA = [
        'below-target component:default/new-model',
        'campaign-deadline-passed component:default/new-model',
        'campaign-deadline-passed component:default/old-service',
        'never-assessed component:default/new-model',
        'stale component:default/old-service',
      ];
      const first = await notificationsOf(backend, ANN);
      expect(first).toHaveLength(1);
      expect(summary(first)).toEqual(teamA);
      expect(summary(await notificationsOf(backend, BOB))).toEqual(teamA);
      const carls = await notificationsOf(backend, CARL);
      expect(carls).toHaveLength(1);
      expect(summary(carls)).toEqual([
        'below-target component:default/low-scorer',
        'campaign-deadline-soon component:default/low-scorer',
      ]);
      expect(await notificationsOf(backend, DORA)).toEqual([]);
      const [digest] = first;
      expect(digest).toMatchObject({
        user: ANN,
        origin: 'plugin:mlops-maturity',
        read: null,
        payload: {
          title: '2 ML services need attention',
          link: '/mlops-maturity?owner=group%3Adefault%2Fteam-a',
          topic: 'MLOps maturity',
          severity: 'high',
          scope: 'mlops-maturity:digest',
        },
      });
      const lines = digest.payload.description!.split('\n');
      expect(lines).toEqual([
        expect.stringMatching(
          /^new model: not assessed yet: assess it; no assessment, so below its target Level 2; campaign "Autumn reassessment" passed its deadline of .+, not done\.$/,
        ),
        expect.stringMatching(
          /^old service: assessment 200 days old \(last on .+\): reassess it; campaign "Autumn reassessment" passed its deadline of .+, not done\.$/,
        ),
      ]);
      // One service: the title names it, the link is its Maturity tab.
      expect(carls[0].payload).toMatchObject({
        title: 'low scorer needs attention',
        link: '/catalog/default/component/low-scorer/maturity',
        severity: 'normal',
      });

      // ann reads it; a run at once finds nothing changed: nothing is sent,
      // so it stays read and is not updated.
      await markRead(backend, [digest.id]);
      await runReminders(backend);
      const again = await notificationsOf(backend, ANN);
      expect(again.map(n => [n.id, n.updated, Boolean(n.read)])).toEqual([
        [digest.id, digest.updated, true],
      ]);

      // new-model is assessed at its target level: its three reasons clear,
      // and the same notification says so.
      await submit(backend, 'new-model', 2);
      await runReminders(backend);
      const cleared = await notificationsOf(backend, ANN);
      expect(cleared.map(n => n.id)).toEqual([digest.id]);
      expect(summary(cleared)).toEqual([
        'campaign-deadline-passed component:default/old-service',
        'stale component:default/old-service',
      ]);
      expect(done(cleared)).toEqual([
        'below-target component:default/new-model',
        'campaign-deadline-passed component:default/new-model',
        'never-assessed component:default/new-model',
      ]);
      expect(cleared[0].payload.title).toBe('old service needs attention');
      expect(cleared[0].payload.description).toContain(
        'new model: Assessed — nothing to do; Meets its target — nothing to do; Done for campaign "Autumn reassessment" (or no longer in it) — nothing to do.',
      );
      // The notifications backend marks an updated notification unread; a
      // sender cannot keep it read.
      expect(cleared[0].read).toBeNull();

      // old-service is reassessed too: all caught up, at low severity.
      await submit(backend, 'old-service', 1, 1);
      await runReminders(backend);
      const caughtUp = await notificationsOf(backend, ANN);
      expect(caughtUp.map(n => n.id)).toEqual([digest.id]);
      expect(caughtUp[0].payload).toMatchObject({
        title: 'All caught up: no ML service of yours needs attention',
        severity: 'low',
        link: '/catalog/default/component/old-service/maturity',
      });
      expect(caughtUp[0].payload.description).toBe(
        'Nothing is due on the ML services you own.\nold service: Reassessed — nothing to do; Done for campaign "Autumn reassessment" (or no longer in it) — nothing to do.',
      );
      expect(summary(caughtUp)).toEqual([]);

      // Nothing due and nothing new: it is not sent again.
      await markRead(backend, [digest.id]);
      await runReminders(backend);
      const after = await notificationsOf(backend, ANN);
      expect(after.map(n => [n.updated, Boolean(n.read)])).toEqual([
        [caughtUp[0].updated, true],
      ]);
      expect(await notificationsOf(backend, CARL)).toHaveLength(1);

      await backend.stop();
    },
  );

  it('send nothing when turned off: no task at all', async () => {
    const { backend } = await startWithServices('SQLITE_3', {
      enabled: false,
    });
    const tasks = await pluginTasks(backend);
    expect(tasks.has('mlops-maturity-catalog-sync')).toBe(true);
    expect(tasks.has(REMINDERS_TASK)).toBe(false);
    expect(await notificationsOf(backend, ANN)).toEqual([]);
    await backend.stop();
  });

  it('send no reminder for a reason turned off', async () => {
    const { backend } = await startWithServices('SQLITE_3', {
      reasons: { stale: false, belowTarget: false },
    });
    await runReminders(backend);
    expect(summary(await notificationsOf(backend, ANN))).toEqual([
      'never-assessed component:default/new-model',
    ]);
    expect(await notificationsOf(backend, CARL)).toEqual([]);
    await backend.stop();
  });
});
