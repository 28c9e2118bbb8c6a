import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Notification } from '@backstage/plugin-notifications-common';
import request from 'supertest';
import {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
} from '../__testUtils__/realCatalogBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
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
const WITHDRAWN = 'A maturity reminder no longer applies';

const databases = createTestDatabases();

async function mayRead(backend: TestBackend, userRef: string, name: string) {
  const res = await request(backend.server)
    .get(`/api/catalog/entities/by-name/component/default/${name}`)
    .set('Authorization', mockCredentials.user.header(userRef));
  return res.status === 200;
}

describe('a reminder whose user is no longer a recipient', () => {
  it.each(databases.eachSupportedId())(
    'is replaced by one that names nothing, once, and the others stay, on %p',
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
      const ledger = async () =>
        (
          await knex('mlops_maturity_reminder_ledger').select(
            'scope',
            'user_ref',
          )
        )
          .map(r => `${r.scope} ${r.user_ref}`)
          .sort();
      const users = ['ann', 'bob', 'kim', 'solo'];
      const received = async () =>
        Object.fromEntries(
          await Promise.all(
            users.map(
              async u => [u, await notificationsOf(backend, ref(u))] as const,
            ),
          ),
        );

      await runReminders(backend);

      // The scopes, with the key the first run stored.
      const scopeFor = await installationScopes(knex);
      const scopeOf = (name: string) =>
        scopeFor('never-assessed', `component:default/${name}`);
      const reminderTitle = (name: string) =>
        `${scopeOf(name)}: Assess the MLOps maturity of ${name} title`;
      const first = await received();
      expect(titles(first.ann)).toEqual(
        [reminderTitle('moving-model'), reminderTitle('stay-model')].sort(),
      );
      expect(titles(first.bob)).toEqual([]);
      expect(titles(first.solo)).toEqual([reminderTitle('gone-model')]);
      expect(await ledger()).toEqual(
        [
          `${scopeOf('gone-model')} ${ref('solo')}`,
          `${scopeOf('moving-model')} ${ref('ann')}`,
          `${scopeOf('moving-model')} ${ref('kim')}`,
          `${scopeOf('stay-model')} ${ref('ann')}`,
          `${scopeOf('stay-model')} ${ref('kim')}`,
        ].sort(),
      );

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
      // Nothing ann or solo can fetch names the service they lost: not the
      // notice, not its scope, in no field of the notifications API's answer.
      expect(JSON.stringify(second.ann)).not.toMatch(/moving-model/);
      expect(JSON.stringify(second.solo)).not.toMatch(/gone-model/);
      // ann's moving-model notification, updated in place: nothing it shows
      // names the service any more, and its scope, which the update keeps,
      // is a keyed digest.
      const annMoving = second.ann.find(
        n => n.payload.scope === scopeOf('moving-model'),
      )!;
      expect(annMoving.payload.title).toBe(WITHDRAWN);
      expect(annMoving.read).toBeFalsy();
      expect(titles(second.ann)).toEqual(
        [
          `${scopeOf('moving-model')}: ${WITHDRAWN}`,
          reminderTitle('stay-model'),
        ].sort(),
      );
      const soloGone = second.solo.find(
        n => n.payload.scope === scopeOf('gone-model'),
      )!;
      expect(soloGone.payload.title).toBe(WITHDRAWN);
      expect(second.solo).toHaveLength(1);
      // The new owners get the reminder; kim, in both teams, keeps hers.
      expect(titles(second.bob)).toEqual([reminderTitle('moving-model')]);
      expect(titles(second.kim)).toEqual(
        [reminderTitle('moving-model'), reminderTitle('stay-model')].sort(),
      );
      expect(await ledger()).toEqual(
        [
          `${scopeOf('moving-model')} ${ref('bob')}`,
          `${scopeOf('moving-model')} ${ref('kim')}`,
          `${scopeOf('stay-model')} ${ref('ann')}`,
          `${scopeOf('stay-model')} ${ref('kim')}`,
        ].sort(),
      );

      await runReminders(backend);

      // Nothing withdrawn twice: ann's and solo's notices stay as they were.
      const third = await received();
      const sameAs = (before: Notification) => (n: Notification) =>
        n.id === before.id && n.updated === before.updated;
      expect(third.ann.filter(sameAs(annMoving))).toHaveLength(1);
      expect(third.solo.filter(sameAs(soloGone))).toHaveLength(1);
      expect(titles(third.ann)).toEqual(titles(second.ann));
      expect(await ledger()).toHaveLength(4);

      await backend.stop();
    },
  );
});
