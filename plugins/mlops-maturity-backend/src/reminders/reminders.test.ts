import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Notification } from '@backstage/plugin-notifications-common';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { CampaignStore } from '../database/CampaignStore';
import { createTestDatabases } from '../testUtils';
import {
  installationScopes,
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
) {
  const res = await request(backend.server)
    .put(`/api/mlops-maturity/assessments/component/default/${name}`)
    .set('Authorization', mockCredentials.user.header(ANN))
    .send({ baseRevision: null, answers: uniformAnswers(level) });
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

/** Each notification as "reason entity", sorted. */
const summary = (notifications: Notification[]) =>
  notifications
    .map(n => `${n.payload.metadata?.reason} ${n.payload.metadata?.entityRef}`)
    .sort();

describe('reminders through the real notifications backend', () => {
  it.each(databases.eachSupportedId())(
    'notify the owners once per service and reason, update rather than repeat, and stop when a reason ends, on %p',
    async databaseId => {
      const { backend, campaigns, knexFor } = await startWithServices(
        databaseId,
      );
      const now = Date.now();
      // Team A's reassessment campaign ended yesterday; team B must reach
      // Level 2 in three days; a third one ends in two months.
      const passed = await campaigns.create(
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
      const soon = await campaigns.create(
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

      const teamA = [
        'below-target component:default/new-model',
        'campaign-deadline-passed component:default/new-model',
        'campaign-deadline-passed component:default/old-service',
        'never-assessed component:default/new-model',
        'stale component:default/old-service',
      ];
      const first = await notificationsOf(backend, ANN);
      expect(summary(first)).toEqual(teamA);
      expect(summary(await notificationsOf(backend, BOB))).toEqual(teamA);
      expect(summary(await notificationsOf(backend, CARL))).toEqual([
        'below-target component:default/low-scorer',
        'campaign-deadline-soon component:default/low-scorer',
      ]);
      expect(await notificationsOf(backend, DORA)).toEqual([]);

      // What ann sees of one of them: from this plugin, on its topic, with
      // a link to the service's Maturity tab.
      const stale = first.find(n => n.payload.metadata?.reason === 'stale')!;
      expect(stale).toMatchObject({
        user: ANN,
        origin: 'plugin:mlops-maturity',
        read: null,
        payload: {
          title:
            'Reassess old service: its MLOps maturity assessment is 200 days old',
          link: '/catalog/default/component/old-service/maturity',
          topic: 'MLOps maturity',
          severity: 'low',
          scope: expect.stringMatching(/^mlops-maturity:stale:[0-9a-f]{64}$/),
        },
      });
      // Its scope names nothing; it is the installation's keyed digest.
      const scopeOf = await installationScopes(await knexFor('mlops-maturity'));
      expect(stale.payload.scope).toBe(
        scopeOf('stale', 'component:default/old-service'),
      );
      const newModelPassed = first.find(
        n =>
          n.payload.metadata?.campaignId === passed.id &&
          n.payload.metadata?.entityRef === 'component:default/new-model',
      );
      expect(newModelPassed?.payload.scope).toBe(
        scopeOf(
          'campaign-deadline-passed',
          'component:default/new-model',
          passed.id,
        ),
      );
      const carls = await notificationsOf(backend, CARL);
      expect(
        carls.find(n => n.payload.metadata?.campaignId === soon.id)?.payload,
      ).toMatchObject({
        title:
          'Campaign "Level 2 for team B" ends in 3 days: low scorer is not done yet',
        severity: 'normal',
      });
      expect(
        first.find(n => n.payload.metadata?.campaignId === passed.id)?.payload
          .severity,
      ).toBe('high');

      // ann reads the stale reminder; then new-model is assessed at its
      // target level, which ends its three reasons.
      const read = await request(backend.server)
        .post('/api/notifications/notifications/update')
        .set('Authorization', mockCredentials.user.header(ANN))
        .send({ ids: [stale.id], read: true });
      expect(read.status).toBe(200);
      await submit(backend, 'new-model', 2);

      await runReminders(backend);

      const second = await notificationsOf(backend, ANN);
      // The same notifications, none added.
      expect(second.map(n => n.id).sort()).toEqual(first.map(n => n.id).sort());
      const state = (list: Notification[]) =>
        Object.fromEntries(
          list.map(n => [
            `${n.payload.metadata?.reason} ${n.payload.metadata?.entityRef}`,
            { updated: n.updated, read: n.read },
          ]),
        );
      const before = state(first);
      const after = state(second);
      // Sent again, updated: the reasons that still hold. The three of
      // new-model ended and were not sent again.
      expect(
        Object.keys(after)
          .filter(key => after[key].updated !== before[key].updated)
          .sort(),
      ).toEqual([
        'campaign-deadline-passed component:default/old-service',
        'stale component:default/old-service',
      ]);
      // The stale reminder ann had read is unread again.
      expect(after['stale component:default/old-service'].read).toBeNull();
      expect(summary(await notificationsOf(backend, CARL))).toHaveLength(2);

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
