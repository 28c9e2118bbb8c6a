import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Notification } from '@backstage/plugin-notifications-common';
import request from 'supertest';
import {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
} from '../__testUtils__/realCatalogBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { PluginMetaStore } from '../database/PluginMetaStore';
import { loadReminderScopeKey } from './reminderScopeKey';
import {
  installationScopes,
  notificationsOf,
  runReminders,
  startRemindersBackend,
  waitFor,
} from './__testUtils__/startRemindersBackend';

jest.setTimeout(300_000);

const user = (name: string, memberOf: string[] = []): Entity => ({
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
/** An ML service never assessed: one never-assessed reminder to its owners. */
const service = (
  name: string,
  owner: string,
  confidential: boolean,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    title: `${name} title`,
    annotations: confidential ? { [CONFIDENTIAL_ANNOTATION]: 'true' } : {},
  },
  spec: { type: 'ml-model', owner, lifecycle: 'production' },
});

/** ann is in team-a, bob in team-b, kim in both; solo in none. */
const ORG: Entity[] = [
  group('team-a'),
  group('team-b'),
  user('ann', ['team-a']),
  user('bob', ['team-b']),
  user('kim', ['team-a', 'team-b']),
  user('solo'),
];
const ref = (name: string) => `user:default/${name}`;
const MEMBERSHIPS = Object.fromEntries(
  ORG.filter(e => e.kind === 'User').map(e => [
    ref(e.metadata.name),
    (e.spec!.memberOf as string[]).map(g => `group:default/${g}`),
  ]),
);

/**
 * Before: team-a owns moving-model (confidential: only its owners may read
 * it) and stay-model; solo owns gone-model. After: moving-model belongs to
 * team-b, stay-model became confidential (hidden from all but team-a), and
 * gone-model left the catalog.
 */
const BEFORE = [
  service('moving-model', 'team-a', true),
  service('stay-model', 'team-a', false),
  service('gone-model', 'user:solo', false),
];
const AFTER = [
  service('moving-model', 'team-b', true),
  service('stay-model', 'team-a', true),
];

/** Each of a user's notifications as "scope: title". */
const titles = (notifications: Notification[]) =>
  notifications.map(n => `${n.payload.scope}: ${n.payload.title}`).sort();
const DIGEST = 'mlops-maturity:digest';
const RETIRED = 'MLOps maturity reminders now come as one digest';

const databases = createTestDatabases();

async function mayRead(backend: TestBackend, userRef: string, name: string) {
  const res = await request(backend.server)
    .get(`/api/catalog/entities/by-name/component/default/${name}`)
    .set('Authorization', mockCredentials.user.header(userRef));
  return res.status === 200;
}

describe('a digest whose user is no longer a recipient of a service', () => {
  it.each(databases.eachSupportedId())(
    'drops that service, unnamed, once, keeps the others, and retires a pre-digest reminder once, on %p',
    async databaseId => {
      const { backend, knexFor, catalogEntities } = await startRemindersBackend(
        {
          databases,
          databaseId,
          entities: [...ORG, ...BEFORE],
          policy: confidentialPolicy,
          memberships: MEMBERSHIPS,
          config: {
            mlopsMaturity: {
              catalogSync: {
                frequency: { seconds: 1 },
                initialDelay: { seconds: 0 },
              },
              reminders: { schedule: { frequency: { trigger: 'manual' } } },
            },
          },
        },
      );
      const knex = await knexFor('mlops-maturity');
      const scorecard = async () =>
        (
          await knex('mlops_maturity_entities')
            .orderBy('entity_ref')
            .select('entity_ref', 'owner')
        )
          .map(r => `${r.entity_ref} ${r.owner}`)
          .join(', ');
      await waitFor('the scorecard to list the three services', async () =>
        (await scorecard()) ===
        'component:default/gone-model user:default/solo, component:default/moving-model group:default/team-a, component:default/stay-model group:default/team-a'
          ? true
          : undefined,
      );
      const membersOf = async (name: string) => {
        const res = await request(backend.server)
          .get(`/api/catalog/entities/by-name/group/default/${name}`)
          .set('Authorization', mockCredentials.service.header());
        return ((res.body?.relations ?? []) as { type: string }[]).filter(
          r => r.type === 'hasMember',
        ).length;
      };
      await waitFor('the catalog to relate the groups', async () =>
        (await membersOf('team-a')) === 2 && (await membersOf('team-b')) === 2
          ? true
          : undefined,
      );
      const users = ['ann', 'bob', 'kim', 'solo'];
      const received = async () =>
        Object.fromEntries(
          await Promise.all(
            users.map(
              async u => [u, await notificationsOf(backend, ref(u))] as const,
            ),
          ),
        );
      // A reminder sent before digests, one per service and reason: still in
      // kim's list, and in the ledger.
      // The key the first run would create, created as it would.
      await loadReminderScopeKey(new PluginMetaStore(knex));
      const scopeFor = await installationScopes(knex);
      const legacyScope = scopeFor(
        'never-assessed',
        'component:default/stay-model',
      );
      const notificationsDb = await knexFor('notifications');
      await notificationsDb('notification').insert({
        id: 'aaaaaaaa-0000-4000-8000-000000000001',
        user: ref('kim'),
        title: 'Assess the MLOps maturity of stay-model title',
        description: 'stay-model title has no MLOps maturity assessment yet',
        link: '/catalog/default/component/stay-model/maturity',
        origin: 'plugin:mlops-maturity',
        scope: legacyScope,
        topic: 'MLOps maturity',
        severity: 'normal',
        created: new Date(),
      });
      await knex('mlops_maturity_reminder_ledger').insert({
        entity_ref: 'component:default/stay-model',
        scope: legacyScope,
        user_ref: ref('kim'),
        sent_at: new Date(),
      });

      await runReminders(backend);

      const first = await received();
      expect(titles(first.ann)).toEqual([
        `${DIGEST}: 2 ML services need attention`,
      ]);
      expect(first.ann[0].payload.description).toBe(
        'moving-model title: not assessed yet: assess it.\nstay-model title: not assessed yet: assess it.',
      );
      expect(titles(first.bob)).toEqual([]);
      expect(titles(first.solo)).toEqual([
        `${DIGEST}: gone-model title needs attention`,
      ]);
      // kim's pre-digest reminder is retired in place, naming nothing, and
      // leaves the ledger; her digest comes beside it.
      expect(titles(first.kim)).toEqual(
        [
          `${DIGEST}: 2 ML services need attention`,
          `${legacyScope}: ${RETIRED}`,
        ].sort(),
      );
      const retired = first.kim.find(n => n.payload.scope === legacyScope)!;
      expect(retired.id).toBe('aaaaaaaa-0000-4000-8000-000000000001');
      expect(JSON.stringify({ ...retired.payload, scope: '' })).not.toMatch(
        /stay-model/,
      );
      expect(await knex('mlops_maturity_reminder_ledger')).toEqual([]);

      await catalogEntities.replace([...ORG, ...AFTER]);
      await waitFor('the scorecard to follow the catalog', async () =>
        (await scorecard()) ===
        'component:default/moving-model group:default/team-b, component:default/stay-model group:default/team-a'
          ? true
          : undefined,
      );
      // The premise: ann may no longer read moving-model; stay-model, hidden
      // from everyone else now, she still may.
      await waitFor('the catalog to hide moving-model from ann', async () =>
        !(await mayRead(backend, ref('ann'), 'moving-model')) &&
        !(await mayRead(backend, ref('bob'), 'stay-model'))
          ? true
          : undefined,
      );
      expect(await mayRead(backend, ref('ann'), 'stay-model')).toBe(true);

      await runReminders(backend);

      const second = await received();
      // Nothing ann or solo can fetch names the service they lost, in no
      // field of the notifications API's answer; their one digest is
      // updated in place.
      expect(JSON.stringify(second.ann)).not.toMatch(/moving-model/);
      expect(JSON.stringify(second.solo)).not.toMatch(/gone-model/);
      expect(second.ann.map(n => n.id)).toEqual(first.ann.map(n => n.id));
      expect(titles(second.ann)).toEqual([
        `${DIGEST}: stay-model title needs attention`,
      ]);
      expect(titles(second.solo)).toEqual([
        `${DIGEST}: All caught up: no ML service of yours needs attention`,
      ]);
      // The new owners get it; kim, in both teams, keeps both.
      expect(titles(second.bob)).toEqual([
        `${DIGEST}: moving-model title needs attention`,
      ]);
      expect(JSON.stringify(second.bob)).not.toMatch(/stay-model/);
      expect(titles(second.kim)).toEqual(titles(first.kim));

      await runReminders(backend);

      // Nothing sent twice: every notification stays as it was.
      const third = await received();
      const state = (all: typeof second) =>
        Object.values(all)
          .flat()
          .map(n => `${n.id} ${n.updated}`)
          .sort();
      expect(state(third)).toEqual(state(second));

      await backend.stop();
    },
  );
});
