import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import eventsPlugin from '@backstage/plugin-events-backend';
import {
  EventParams,
  eventsServiceFactory,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import { MLOPS_MATURITY_EVENT_TOPICS } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { PerPluginDatabases } from '../testUtils/testBackendParts';
import { mlopsMaturityPlugin } from '../plugin';
import { ENTITIES } from './testBackend';

/** A test backend of this plugin with the real events service and events backend. */
export interface EventsBackend {
  backend: TestBackend;
  /** What the subscriber module received, in order. */
  received: EventParams[];
  /** Runs the plugin's scheduled catalog sync once. */
  syncCatalog: () => Promise<void>;
}

/**
 * A backend module, as another tool would write one, that subscribes to
 * every topic of the plugin and keeps what it receives. It belongs to the
 * events backend; any installed plugin would do.
 */
export function maturitySubscriberModule(received: EventParams[]) {
  return createBackendModule({
    pluginId: 'events',
    moduleId: 'mlops-maturity-test-subscriber',
    register(reg) {
      reg.registerInit({
        deps: { events: eventsServiceRef },
        async init({ events }) {
          await events.subscribe({
            id: 'mlops-maturity-test-subscriber',
            topics: Object.values(MLOPS_MATURITY_EVENT_TOPICS),
            onEvent: async event => {
              received.push(event);
            },
          });
        },
      });
    },
  });
}

/**
 * Starts this plugin with the events service of
 * `@backstage/plugin-events-node` (not the mock the test backend would
 * give), the events backend, and the subscriber module; each plugin on its
 * own database (`perPluginDatabases`: the same ones again on a restart).
 * Every permission is allowed: who may submit and manage is tested
 * elsewhere.
 */
export async function startEventsBackend(options: {
  databases: PerPluginDatabases;
  config?: Record<string, unknown>;
}): Promise<EventsBackend> {
  const tasks = new Map<string, () => Promise<void>>();
  const received: EventParams[] = [];
  const backend = await startTestBackend({
    features: [
      mlopsMaturityPlugin,
      eventsPlugin,
      eventsServiceFactory,
      maturitySubscriberModule(received),
      options.databases.factory,
      catalogServiceMock.factory({ entities: ENTITIES }),
      mockServices.scheduler.mock({
        scheduleTask: async task => {
          tasks.set(task.id, task.fn as () => Promise<void>);
        },
      }).factory,
      mockServices.rootConfig.factory({
        data: {
          ...options.config,
          // The subscriber's long poll of the events backend ends within a
          // second, so that stopping the backend does not wait for it.
          events: { notifyTimeoutMs: 1000 },
        },
      }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
    ],
  });
  const syncTask = tasks.get('mlops-maturity-catalog-sync');
  if (!syncTask) throw new Error('the plugin did not schedule its sync');
  return { backend, received, syncCatalog: syncTask };
}
