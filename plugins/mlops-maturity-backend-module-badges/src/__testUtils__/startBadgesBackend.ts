import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  DatabaseService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import badgesPlugin from '@backstage-community/plugin-badges-backend';
import catalogPlugin from '@backstage/plugin-catalog-backend';
// The test backend runs the real plugin whose API the badge reads.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import mlopsMaturityPlugin from '@mlops-maturity/backstage-plugin-mlops-maturity-backend';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import {
  catalogEntitiesModule,
  confidentialPolicy,
  perPluginDatabases,
  waitFor,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import request from 'supertest';
import badgesModuleMlopsMaturity from '../index';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;
type PolicyQuery = Parameters<typeof confidentialPolicy>[0];
type PolicyQueryUser = NonNullable<Parameters<typeof confidentialPolicy>[1]>;
type PolicyDecision = ReturnType<typeof confidentialPolicy>;

const ALLOW = { result: 'ALLOW' } as PolicyDecision;

/** The user of `credentials` as a policy sees it: owning themselves only. */
function policyUser(
  credentials: BackstageCredentials,
): PolicyQueryUser | undefined {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
  };
  if (principal.type !== 'user' || !principal.userEntityRef) return undefined;
  const ref = principal.userEntityRef;
  return {
    credentials,
    info: { userEntityRef: ref, ownershipEntityRefs: [ref] },
  } as unknown as PolicyQueryUser;
}

/**
 * The permissions service of the test backend: the catalog's read of a
 * user goes through `confidentialPolicy` (confidential entities for their
 * owners only), which the catalog applies with its own rules; everything
 * else, and every call of a service, is allowed, as the permission backend
 * does for services.
 */
const confidentialPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () =>
    ({
      async authorize(requests: unknown[]) {
        return requests.map(() => ALLOW);
      },
      async authorizeConditional(
        queries: PolicyQuery[],
        { credentials }: { credentials: BackstageCredentials },
      ) {
        const user = policyUser(credentials);
        return queries.map(query =>
          user ? confidentialPolicy(query, user) : ALLOW,
        );
      },
    } as unknown as PermissionsService),
});

/** A logger service that keeps each plugin's warnings as `<pluginId>: <message>`. */
function warningsInto(warnings: string[]) {
  return createServiceFactory({
    service: coreServices.logger,
    deps: { plugin: coreServices.pluginMetadata },
    factory: ({ plugin }) => {
      const logger: LoggerService = {
        error: () => {},
        warn: message => warnings.push(`${plugin.getId()}: ${message}`),
        info: () => {},
        debug: () => {},
        child: () => logger,
      };
      return logger;
    },
  });
}

/**
 * A test backend with the real catalog (serving `entities`, confidential
 * ones to their owners only), the real mlops-maturity plugin and the real
 * badges plugin with this module; every plugin on its own database of the
 * given kind.
 */
export async function startBadgesBackend(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  entities: Entity[];
  config: object;
  /** Where the plugins' warnings go. */
  warnings?: string[];
}): Promise<{
  backend: TestBackend;
  knexFor(pluginId: string): Promise<Knex>;
}> {
  const { databases, databaseId, entities, config } = options;
  const { factory: databaseFactory, knexFor } = perPluginDatabases(
    databases,
    databaseId,
  );
  const backend = await startTestBackend({
    features: [
      databaseFactory,
      confidentialPermissions,
      warningsInto(options.warnings ?? []),
      mockServices.rootConfig.factory({ data: config }),
      catalogPlugin,
      catalogEntitiesModule(entities),
      mlopsMaturityPlugin,
      badgesPlugin,
      badgesModuleMlopsMaturity,
    ],
  });
  // The catalog reads the provider's entities in the background.
  await waitFor('the catalog to serve every entity', async () => {
    const res = await request(backend.server)
      .get('/api/catalog/entities')
      .set('Authorization', mockCredentials.service.header());
    return res.status === 200 && res.body.length === entities.length
      ? true
      : undefined;
  });
  return { backend, knexFor };
}
