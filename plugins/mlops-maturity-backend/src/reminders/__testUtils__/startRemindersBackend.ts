import { DatabaseService } from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { Notification } from '@backstage/plugin-notifications-common';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import request from 'supertest';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  actorCarryingAuth,
  catalogEntitiesModule,
  TestEntityProvider,
  TestPolicy,
  testPolicyModule,
  userInfoWithMemberships,
} from '../../__testUtils__/realCatalogBackend';
import { perPluginDatabases, waitFor } from '../../testUtils/testBackendParts';
import { mlopsMaturityPlugin } from '../../plugin';

export { installationScopes } from './installationScopes';
export { waitFor } from '../../testUtils/testBackendParts';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

export const REMINDERS_TASK = 'mlops-maturity-reminders';

/** A test backend with the parts the reminders go through, all real. */
export interface RemindersBackend {
  backend: TestBackend;
  knexFor(pluginId: string): Promise<Knex>;
  /** What the catalog holds; `replace` changes it. */
  catalogEntities: TestEntityProvider;
}

/**
 * A test backend with the real catalog (serving `entities`), the real
 * notifications backend, the real scheduler and this plugin; every plugin on
 * its own database of the given kind. The notifications backend finds the
 * owners of an entity in that catalog, as it would in production.
 *
 * With a `policy`, the real permission backend decides with it too, and each
 * user's ownership claims are those `memberships` gives (themselves and the
 * groups listed), as a sign-in resolver would have put in their token.
 */
export async function startRemindersBackend(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  entities: Entity[];
  config: object;
  policy?: TestPolicy;
  memberships?: Record<string, string[]>;
}): Promise<RemindersBackend> {
  const { databases, databaseId, entities, config, policy } = options;
  const catalogEntities = new TestEntityProvider(entities);
  const permissionFeatures = policy
    ? [
        permissionPlugin,
        testPolicyModule(policy),
        userInfoWithMemberships(options.memberships ?? {}),
        actorCarryingAuth,
      ]
    : [];
  const { factory: databaseFactory, knexFor } = perPluginDatabases(
    databases,
    databaseId,
  );
  const backend = await startTestBackend({
    features: [
      databaseFactory,
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          catalog: { processingInterval: { seconds: 1 } },
          ...(policy ? { permission: { enabled: true } } : {}),
          ...config,
        },
      }),
      catalogPlugin,
      catalogEntitiesModule(catalogEntities),
      notificationsPlugin,
      mlopsMaturityPlugin,
      ...permissionFeatures,
    ],
  });
  return { backend, knexFor, catalogEntities };
}

type TaskState = {
  status: string;
  lastRunEndedAt?: string;
  lastRunError?: string;
};

/** The plugin's scheduled tasks by id, as the scheduler's API lists them. */
export async function pluginTasks(
  backend: TestBackend,
): Promise<Map<string, TaskState>> {
  const res = await request(backend.server)
    .get('/api/mlops-maturity/.backstage/scheduler/v1/tasks')
    .set('Authorization', mockCredentials.service.header());
  if (res.status !== 200) throw new Error(`tasks: ${res.status}`);
  return new Map(
    res.body.tasks.map((t: { taskId: string; taskState: TaskState }) => [
      t.taskId,
      t.taskState,
    ]),
  );
}

/**
 * Runs the reminders task now, as an operator would, through the scheduler's
 * trigger endpoint, and waits until that run has ended; fails on a run error.
 */
export async function runReminders(backend: TestBackend) {
  const before = (await pluginTasks(backend)).get(REMINDERS_TASK);
  if (!before) throw new Error('the reminders task is not scheduled');
  // MySQL keeps whole seconds: a run ending in the same second as the last
  // one would look like no run at all.
  if (before.lastRunEndedAt) {
    const wait = Date.parse(before.lastRunEndedAt) + 1500 - Date.now();
    if (wait > 0) await new Promise(r => setTimeout(r, wait));
  }
  const trigger = await request(backend.server)
    .post(
      `/api/mlops-maturity/.backstage/scheduler/v1/tasks/${REMINDERS_TASK}/trigger`,
    )
    .set('Authorization', mockCredentials.service.header());
  if (trigger.status !== 200) {
    throw new Error(`trigger: ${trigger.status} ${trigger.text}`);
  }
  const after = await waitFor('the triggered reminders run', async () => {
    const state = (await pluginTasks(backend)).get(REMINDERS_TASK)!;
    return state.status === 'idle' &&
      state.lastRunEndedAt &&
      state.lastRunEndedAt !== before.lastRunEndedAt
      ? state
      : undefined;
  });
  if (after.lastRunError) {
    throw new Error(`the reminders run failed: ${after.lastRunError}`);
  }
}

/** The notifications `user` sees, through the notifications backend's own API. */
export async function notificationsOf(
  backend: TestBackend,
  user: string,
): Promise<Notification[]> {
  const res = await request(backend.server)
    .get('/api/notifications/notifications?limit=100')
    .set('Authorization', mockCredentials.user.header(user));
  if (res.status !== 200) {
    throw new Error(`notifications of ${user}: ${res.status} ${res.text}`);
  }
  return res.body.notifications;
}
