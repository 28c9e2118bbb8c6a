import {
  BackendFeature,
  createBackendModule,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { CatalogClient } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
// The test backend runs the real plugin whose extension point the module uses.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import mlopsMaturityPlugin from '@mlops-maturity/backstage-plugin-mlops-maturity-backend';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { perPluginDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';

/** A catalog module whose entity provider serves `entities`, and nothing else. */
function catalogEntitiesModule(entities: Entity[]) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-entities',
    register(reg) {
      reg.registerInit({
        deps: { processing: catalogProcessingExtensionPoint },
        async init({ processing }) {
          processing.addEntityProvider({
            getProviderName: () => 'test-entities',
            async connect(connection) {
              await connection.applyMutation({
                type: 'full',
                entities: entities.map(entity => ({
                  entity: {
                    ...entity,
                    metadata: {
                      ...entity.metadata,
                      annotations: {
                        'backstage.io/managed-by-location': 'url:https://test',
                        'backstage.io/managed-by-origin-location':
                          'url:https://test',
                        ...entity.metadata.annotations,
                      },
                    },
                  },
                  locationKey: 'test-entities',
                })),
              });
            },
          });
        },
      });
    },
  });
}

/**
 * A test backend with the real catalog (serving `entities`), the real
 * mlops-maturity plugin and the given features (e.g. this module, added as
 * a user adds it); each plugin on its own database of the given kind.
 */
export async function startEvidenceBackend(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  entities: Entity[];
  config: object;
  features: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
}): Promise<TestBackend> {
  const { databases, databaseId, entities, config } = options;
  const { factory: databaseFactory } = perPluginDatabases(
    databases,
    databaseId,
  );
  // The mock scheduler runs tasks only when triggered (its 1.11 typings do
  // not show the factory's options): the plugin's own sync does not run.
  const scheduler = mockServices.scheduler() as unknown as {
    factory(options: { skipTaskRunOnStartup: boolean }): ServiceFactory;
  };
  return startTestBackend({
    features: [
      databaseFactory,
      scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: { catalog: { processingInterval: { seconds: 1 } }, ...config },
      }),
      catalogPlugin,
      catalogEntitiesModule(entities),
      mlopsMaturityPlugin,
      ...options.features,
    ],
  });
}

/** A catalog client for the test backend, as a plugin of it would build one. */
export function testCatalogClient(backend: TestBackend) {
  const baseUrl = `http://localhost:${backend.server.port()}/api/catalog`;
  return new CatalogClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
  });
}

/**
 * Waits until the catalog serves every entity with its relations (the
 * entity with the most dependsOn relations has them all).
 */
export async function waitForCatalog(
  backend: TestBackend,
  token: string,
  entities: Entity[],
) {
  const catalog = testCatalogClient(backend);
  const dependsOn = (e: Entity) =>
    (e.spec?.dependsOn as string[] | undefined)?.length ?? 0;
  const busiest = [...entities].sort((a, b) => dependsOn(b) - dependsOn(a))[0];
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { items } = await catalog.getEntities(
      { fields: ['kind', 'metadata.name', 'relations'] },
      { token },
    );
    const stitched = items.find(
      e => e.kind === busiest.kind && e.metadata.name === busiest.metadata.name,
    );
    const relations = (stitched?.relations ?? []).filter(
      r => r.type === 'dependsOn',
    ).length;
    if (items.length >= entities.length && relations >= dependsOn(busiest)) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the catalog never served the ${entities.length} test entities (saw ${items.length})`,
      );
    }
    await new Promise(r => setTimeout(r, 200));
  }
}
