import {
  coreServices,
  createServiceFactory,
  DatabaseService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Knex } from 'knex';

/*
 * The plumbing every test backend of these plugins shares: each plugin on a
 * database of its own, polling until something has happened, and running a
 * scheduled task now, as an operator would.
 */

/**
 * Databases of one kind for a test backend, one per plugin, as production
 * gives each plugin its own.
 *
 * @public
 */
export interface PerPluginDatabases {
  /** The database service of the test backend: each plugin gets its own. */
  factory: ServiceFactory<DatabaseService, 'plugin'>;
  /** The database a plugin of the test backend uses (made on first use). */
  knexFor(pluginId: string): Promise<Knex>;
}

/**
 * Gives each plugin of a test backend its own database of kind `databaseId`
 * (from `databases.init`), and a test the same client a plugin uses.
 *
 * @public
 */
export function perPluginDatabases(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): PerPluginDatabases {
  const knexByPlugin = new Map<string, Promise<Knex>>();
  const knexFor = (pluginId: string) => {
    if (!knexByPlugin.has(pluginId)) {
      knexByPlugin.set(pluginId, databases.init(databaseId));
    }
    return knexByPlugin.get(pluginId)!;
  };
  const factory = createServiceFactory({
    service: coreServices.database,
    deps: { pluginMetadata: coreServices.pluginMetadata },
    factory: ({ pluginMetadata }) => ({
      getClient: () => knexFor(pluginMetadata.getId()),
    }),
  });
  return { factory, knexFor };
}

/**
 * Polls `probe` every 250 ms until it gives a value other than `undefined`,
 * and returns that value; fails naming `what` after `timeoutMs`.
 *
 * @public
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

type TaskState = { status: string; lastRunEndedAt?: string };

/** Calls the scheduler API of `pluginId` in the test backend as a service. */
async function schedulerApi(
  backend: TestBackend,
  pluginId: string,
  path: string,
  method: 'GET' | 'POST' = 'GET',
): Promise<Response> {
  const base = `http://localhost:${backend.server.port()}`;
  return fetch(`${base}/api/${pluginId}/.backstage/scheduler/v1/tasks${path}`, {
    method,
    headers: { Authorization: mockCredentials.service.header() },
  });
}

/** The state of one task of a plugin, as its scheduler API lists it. */
async function taskState(
  backend: TestBackend,
  pluginId: string,
  taskId: string,
): Promise<TaskState | undefined> {
  const res = await schedulerApi(backend, pluginId, '');
  if (res.status !== 200) throw new Error(`scheduler answered ${res.status}`);
  const body = (await res.json()) as {
    tasks: Array<{ taskId: string; taskState?: TaskState }>;
  };
  return body.tasks.find(t => t.taskId === taskId)?.taskState;
}

/**
 * Runs a plugin's scheduled task now through the scheduler's HTTP API, as an
 * operator would: waits until a run already under way (e.g. the one an
 * initial delay starts) has ended, triggers the task with a service token,
 * and waits until the triggered run has ended too (idle, with a new
 * `lastRunEndedAt`). Each wait fails after `timeoutMs`.
 *
 * @public
 */
export async function runScheduledTask(
  backend: TestBackend,
  pluginId: string,
  taskId: string,
  timeoutMs = 90_000,
): Promise<void> {
  const before = await waitFor(
    `${taskId} to be idle`,
    async () => {
      const state = await taskState(backend, pluginId, taskId);
      return state?.status === 'idle' && state.lastRunEndedAt
        ? state
        : undefined;
    },
    timeoutMs,
  );
  const trigger = await schedulerApi(
    backend,
    pluginId,
    `/${encodeURIComponent(taskId)}/trigger`,
    'POST',
  );
  if (trigger.status !== 200) {
    throw new Error(`triggering ${taskId} answered ${trigger.status}`);
  }
  await waitFor(
    `the triggered run of ${taskId}`,
    async () => {
      const state = await taskState(backend, pluginId, taskId);
      return state?.status === 'idle' &&
        state.lastRunEndedAt !== before.lastRunEndedAt
        ? state
        : undefined;
    },
    timeoutMs,
  );
}
