import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Notification } from '@backstage/plugin-notifications-common';
import request from 'supertest';
import { CampaignStore } from '../database/CampaignStore';
import {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
} from '../__testUtils__/realCatalogBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  notificationsOf,
  runReminders,
  startRemindersBackend,
  waitFor,
} from './__testUtils__/startRemindersBackend';

jest.setTimeout(300_000);

const DAY = 24 * 60 * 60 * 1000;

const user = (name: string, memberOf: string[] = []): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name },
  spec: { memberOf },
});
const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
});
/** A production ML service, never assessed: below its target too. */
const service = (name: string, owner: string, confidential = true): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: confidential ? { [CONFIDENTIAL_ANNOTATION]: 'true' } : {},
  },
  spec: { type: 'ml-model', owner, lifecycle: 'production' },
});

/**
 * acme-ml is the parent group of team-recs: lead is a member of acme-ml, ada
 * of team-recs. fred is in team-fraud; solo in no group. Under the policy only
 * an entity's owners may read a confidential one, and the catalog's
 * isEntityOwner counts the user and the groups they are a direct member of:
 * ada may not read acme-ml's confidential service.
 */
const ORG: Entity[] = [
  group('acme-ml'),
  group('team-recs', 'acme-ml'),
  group('team-fraud'),
  user('lead', ['acme-ml']),
  user('ada', ['team-recs']),
  user('fred', ['team-fraud']),
  user('solo'),
];
const services = (movingOwner: string) => [
  service('org-secret-model', 'acme-ml'),
  service('recs-model', 'team-recs', false),
  service('solo-model', 'user:solo'),
  service('moving-model', movingOwner),
];

/** nia joins team-recs later. */
const NIA = user('nia', ['team-recs']);

const ref = (name: string) => `user:default/${name}`;
/** Each user's ownership claims, as a sign-in resolver gives them: direct memberships only. */
const MEMBERSHIPS = Object.fromEntries(
  [...ORG, NIA]
    .filter(e => e.kind === 'User')
    .map(e => [
      ref(e.metadata.name),
      (e.spec!.memberOf as string[]).map(g => `group:default/${g}`),
    ]),
);

/** The three reasons every service here has: never assessed, below its target, a campaign due. */
const REASONS = ['below-target', 'campaign-deadline-soon', 'never-assessed'];
const remindersOf = (...names: string[]) =>
  names
    .flatMap(name =>
      REASONS.map(reason => `${reason} component:default/${name}`),
    )
    .sort();
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
/** Every service a digest names: in its metadata (due and done) and by name in its text. */
const ALL_SERVICES = [
  'org-secret-model',
  'recs-model',
  'solo-model',
  'moving-model',
];
const named = (n: Notification) => {
  const meta = [
    ...((n.payload.metadata?.due ?? []) as { entityRef: string }[]),
    ...((n.payload.metadata?.done ?? []) as { entityRef: string }[]),
  ].map(d => d.entityRef.split('/')[1]);
  const text = JSON.stringify(n.payload);
  return [
    ...new Set([...meta, ...ALL_SERVICES.filter(name => text.includes(name))]),
  ];
};

const databases = createTestDatabases();

/** Whether the catalog lets `userRef` read the entity a notification names. */
async function mayRead(
  backend: TestBackend,
  userRef: string,
  entityRef: string,
) {
  const [, name] = entityRef.split('/');
  const res = await request(backend.server)
    .get(`/api/catalog/entities/by-name/component/default/${name}`)
    .set('Authorization', mockCredentials.user.header(userRef));
  if (res.status !== 200 && res.status !== 404) {
    throw new Error(`catalog read of ${entityRef}: ${res.status}`);
  }
  return res.status === 200;
}

/** Each user's notifications that name a service the user may not read (should be none). */
async function unreadableNotifications(
  backend: TestBackend,
  sent: Map<string, Notification[]>,
) {
  const found: string[] = [];
  for (const [userRef, notifications] of sent) {
    for (const n of notifications) {
      for (const name of named(n)) {
        if (!(await mayRead(backend, userRef, `component:default/${name}`))) {
          found.push(`${userRef}: ${name}`);
        }
      }
    }
  }
  return found;
}

describe('who receives a reminder', () => {
  it.each(databases.eachSupportedId())(
    'only the users who own the service under the catalog ownership rule, not child groups, and the current owners at each run, on %p',
    async databaseId => {
      const { backend, knexFor, catalogEntities } = await startRemindersBackend(
        {
          databases,
          databaseId,
          entities: [...ORG, ...services('team-fraud')],
          policy: confidentialPolicy,
          memberships: MEMBERSHIPS,
          config: {
            mlopsMaturity: {
              catalogSync: {
                frequency: { seconds: 1 },
                initialDelay: { seconds: 0 },
              },
              targets: [{ level: 2, filter: { lifecycle: 'production' } }],
              reminders: { schedule: { frequency: { trigger: 'manual' } } },
            },
          },
        },
      );
      const knex = await knexFor('mlops-maturity');
      const ownerOf = async (name: string) =>
        (
          await knex('mlops_maturity_entities')
            .where('entity_ref', `component:default/${name}`)
            .first()
        )?.owner;
      await waitFor('the scorecard to list the four services', async () => {
        const [{ n }] = await knex('mlops_maturity_entities').count({ n: '*' });
        return Number(n) === 4 ? true : undefined;
      });
      const relationsOf = async (name: string) => {
        const res = await request(backend.server)
          .get(`/api/catalog/entities/by-name/group/default/${name}`)
          .set('Authorization', mockCredentials.service.header());
        return ((res.body?.relations ?? []) as { type: string }[]).map(
          r => r.type,
        );
      };
      await waitFor('the catalog to relate the groups', async () => {
        const types = await relationsOf('acme-ml');
        return types.includes('hasMember') && types.includes('parentOf')
          ? true
          : undefined;
      });
      const now = Date.now();
      await new CampaignStore(knex).create(
        {
          title: 'Everyone at Level 2',
          description: '',
          scope: {},
          goal: { kind: 'level', level: 2 },
          startsAt: new Date(now - 10 * DAY),
          deadline: new Date(now + 3 * DAY),
        },
        ref('lead'),
      );
      // The premise: the catalog hides acme-ml's confidential service from
      // ada, a member of its child group.
      expect(
        await mayRead(
          backend,
          ref('ada'),
          'component:default/org-secret-model',
        ),
      ).toBe(false);

      await runReminders(backend);

      const users = ['lead', 'ada', 'fred', 'solo', 'nia'];
      const received = async () =>
        new Map(
          await Promise.all(
            users.map(
              async u =>
                [ref(u), await notificationsOf(backend, ref(u))] as const,
            ),
          ),
        );
      const first = await received();
      expect(
        Object.fromEntries([...first].map(([u, n]) => [u, summary(n)])),
      ).toEqual({
        [ref('lead')]: remindersOf('org-secret-model'),
        [ref('ada')]: remindersOf('recs-model'),
        [ref('fred')]: remindersOf('moving-model'),
        [ref('solo')]: remindersOf('solo-model'),
        [ref('nia')]: [],
      });
      expect(await unreadableNotifications(backend, first)).toEqual([]);

      // moving-model moves from team-fraud to team-recs, which nia joins.
      await catalogEntities.replace([...ORG, NIA, ...services('team-recs')]);
      await waitFor('the scorecard to show the new owner', async () =>
        (await ownerOf('moving-model')) === 'group:default/team-recs'
          ? true
          : undefined,
      );
      await waitFor('the catalog to add nia to team-recs', async () =>
        (await relationsOf('team-recs')).filter(t => t === 'hasMember')
          .length === 2
          ? true
          : undefined,
      );

      await runReminders(backend);

      const second = await received();
      for (const member of ['ada', 'nia']) {
        expect(summary(second.get(ref(member))!)).toEqual(
          remindersOf('moving-model', 'recs-model'),
        );
      }
      // What the second run sent or updated: to the new owners, and to fred,
      // whose team no longer owns moving-model, notices that name nothing in
      // place of its reminders.
      const sentAgain = new Map(
        [...second].map(([u, list]) => {
          const before = new Map(first.get(u)!.map(n => [n.id, n.updated]));
          return [
            u,
            list.filter(
              n => !before.has(n.id) || before.get(n.id) !== n.updated,
            ),
          ];
        }),
      );
      const fredsNow = second.get(ref('fred'))!;
      expect(sentAgain.get(ref('fred'))).toEqual(fredsNow);
      expect(fredsNow.map(n => n.payload.title)).toEqual([
        'All caught up: no ML service of yours needs attention',
      ]);
      expect(
        JSON.stringify(fredsNow.map(n => ({ ...n.payload, scope: undefined }))),
      ).not.toMatch(/moving-model/);
      expect(summary(sentAgain.get(ref('ada'))!)).toEqual(
        remindersOf('moving-model', 'recs-model'),
      );
      expect(await unreadableNotifications(backend, sentAgain)).toEqual([]);

      await backend.stop();
    },
  );
});
