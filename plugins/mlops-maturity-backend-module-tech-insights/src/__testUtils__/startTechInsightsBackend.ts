import {
  BackendFeature,
  createBackendModule,
  DatabaseService,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import techInsightsPlugin from '@backstage-community/plugin-tech-insights-backend';
import jsonRulesEngineFactCheckerModule from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogProcessingExtensionPoint,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
// The test backend runs the real plugin whose API the retriever reads.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import mlopsMaturityPlugin from '@mlops-maturity/backstage-plugin-mlops-maturity-backend';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { perPluginDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import techInsightsModuleMlopsMaturity from '../index';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

function withLocation(entity: Entity) {
  return {
    entity: {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          'backstage.io/managed-by-location': 'url:https://test',
          'backstage.io/managed-by-origin-location': 'url:https://test',
          ...entity.metadata.annotations,
        },
      },
    },
    locationKey: 'test-entities',
  };
}

/**
 * A catalog module whose entity provider serves `entities`, and nothing
 * else; `replace` makes it serve others instead, as a changed catalog-info
 * file would.
 */
function catalogEntitiesModule(entities: Entity[]) {
  let connected: EntityProviderConnection | undefined;
  const replace = async (next: Entity[]) => {
    if (!connected)
      throw new Error('the test entity provider is not connected');
    await connected.applyMutation({
      type: 'full',
      entities: next.map(withLocation),
    });
  };
  const module = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-entities',
    register(reg) {
      reg.registerInit({
        deps: { processing: catalogProcessingExtensionPoint },
        async init({ processing }) {
          processing.addEntityProvider({
            getProviderName: () => 'test-entities',
            async connect(connection) {
              connected = connection;
              await replace(entities);
            },
          });
        },
      });
    },
  });
  return { module, replace };
}

/**
 * A test backend with the real catalog (serving `entities`), the real
 * mlops-maturity plugin, the real tech-insights plugin with its
 * json-rules-engine fact checker and this module, and the real scheduler;
 * every plugin on its own database of the given kind.
 */
export async function startTechInsightsBackend(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  entities: Entity[];
  config: object;
  /** More modules for the backend, e.g. an evidence provider. */
  features?: BackendFeature[];
}): Promise<{
  backend: TestBackend;
  knexFor(pluginId: string): Promise<Knex>;
  /** Makes the catalog serve these entities instead (deleting the others). */
  replaceEntities(entities: Entity[]): Promise<void>;
}> {
  const { databases, databaseId, entities, config } = options;
  const { factory: databaseFactory, knexFor } = perPluginDatabases(
    databases,
    databaseId,
  );
  const catalogEntities = catalogEntitiesModule(entities);
  const backend = await startTestBackend({
    features: [
      databaseFactory,
      schedulerServiceFactory,
      mockServices.rootConfig.factory({ data: config }),
      catalogPlugin,
      catalogEntities.module,
      mlopsMaturityPlugin,
      techInsightsPlugin,
      jsonRulesEngineFactCheckerModule,
      techInsightsModuleMlopsMaturity,
      ...(options.features ?? []),
    ],
  });
  return { backend, knexFor, replaceEntities: catalogEntities.replace };
}
