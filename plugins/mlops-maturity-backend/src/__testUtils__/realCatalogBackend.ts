import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  BackendFeature,
  coreServices,
  createBackendModule,
  createServiceFactory,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createPermissionRule,
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { Knex } from 'knex';
import { z } from 'zod/v3';
import { mlopsMaturityPlugin } from '../plugin';

/**
 * A catalog permission rule that a catalog module adds (not one of the
 * catalog's own): the plugin cannot turn it into SQL and has to ask the
 * catalog which services such a user may read.
 */
export const isPartOfRule = createPermissionRule<
  typeof catalogEntityPermissionResourceRef,
  { systemRef: string }
>({
  name: 'IS_PART_OF',
  description: 'Allow entities that are part of the given system',
  resourceRef: catalogEntityPermissionResourceRef,
  // The schema type of permission-node's own zod copy; the same at runtime.
  paramsSchema: z.object({ systemRef: z.string() }) as any,
  apply: (entity: Entity, { systemRef }) =>
    (entity.relations ?? []).some(
      r => r.type === 'partOf' && r.targetRef === systemRef,
    ),
  toQuery: ({ systemRef }) => ({
    key: 'relations.partOf',
    values: [systemRef],
  }),
});

/** A user entity ref of the tests. */
export const testUser = (name: string) => `user:default/${name}`;

/** olivia is in team-a, oscar in team-b. */
export const TEAM_MEMBERSHIPS: Record<string, string[]> = {
  [testUser('olivia')]: ['group:default/team-a'],
  [testUser('oscar')]: ['group:default/team-b'],
};

/** A production ML service owned by a group, with these annotations. */
export const mlServiceEntity = (
  name: string,
  owner: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations },
  spec: { type: 'ml-service', owner, lifecycle: 'production' },
});

/** The annotation that hides an entity from all but its owners in {@link confidentialPolicy}. */
export const CONFIDENTIAL_ANNOTATION = 'acme.com/confidential';

/** Confidential entities only for their owners; everything else for everyone. */
export function confidentialPolicy(
  req: PolicyQuery,
  u?: PolicyQueryUser,
): PolicyDecision {
  if (isPermission(req.permission, catalogEntityReadPermission)) {
    return createCatalogConditionalDecision(req.permission, {
      anyOf: [
        {
          not: catalogConditions.hasAnnotation({
            annotation: CONFIDENTIAL_ANNOTATION,
            value: 'true',
          }),
        },
        catalogConditions.isEntityOwner({
          claims: u?.info.ownershipEntityRefs ?? [],
        }),
      ],
    });
  }
  return { result: AuthorizeResult.ALLOW };
}

/** A policy under test: decides with the user's ownership claims. */
export type TestPolicy = (
  request: PolicyQuery,
  user: PolicyQueryUser | undefined,
) => Promise<PolicyDecision> | PolicyDecision;

/** The user info service of a test backend: each user owns themselves and their groups in `memberships`. */
export function userInfoWithMemberships(memberships: Record<string, string[]>) {
  return createServiceFactory({
    service: coreServices.userInfo,
    deps: {},
    factory: () => ({
      async getUserInfo(credentials) {
        const { userEntityRef } = credentials.principal as {
          userEntityRef: string;
        };
        return {
          userEntityRef,
          ownershipEntityRefs: [
            userEntityRef,
            ...(memberships[userEntityRef] ?? []),
          ],
        };
      },
    }),
  });
}

// Calls one plugin makes to another on behalf of a user carry the user and
// the calling plugin as the actor, as the real auth service's tokens do
// (backend-test-utils 1.11's mock drops the actor, which the permission
// backend of Backstage 1.57 needs to accept conditional queries).
export const actorCarryingAuth = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const pluginId = plugin.getId();
    const inner = mockServices.auth({ pluginId });
    return Object.assign(Object.create(inner), {
      async getPluginRequestToken(
        tokenOptions: Parameters<typeof inner.getPluginRequestToken>[0],
      ) {
        const principal = tokenOptions.onBehalfOf.principal as {
          type: string;
          userEntityRef?: string;
        };
        if (principal.type !== 'user') {
          return inner.getPluginRequestToken(tokenOptions);
        }
        return {
          token: mockCredentials.user.token(principal.userEntityRef, {
            actor: { subject: `plugin:${pluginId}` },
          }),
        };
      },
    });
  },
});

/** The location annotations the catalog requires of an entity an entity provider gives. */
function managedByTest(entity: Entity): Entity {
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        'backstage.io/managed-by-location': 'url:https://test',
        'backstage.io/managed-by-origin-location': 'url:https://test',
        ...entity.metadata.annotations,
      },
    },
  };
}

/**
 * Gives the catalog a set of entities; `replace` swaps in another set later,
 * as an edit to a catalog-info file would (the catalog then reprocesses it).
 */
export class TestEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(private entities: Entity[]) {}

  getProviderName() {
    return 'test-entities';
  }

  async connect(connection: EntityProviderConnection) {
    this.connection = connection;
    await this.apply();
  }

  async replace(entities: Entity[]) {
    this.entities = entities;
    await this.apply();
  }

  private async apply() {
    await this.connection?.applyMutation({
      type: 'full',
      entities: this.entities.map(entity => ({
        entity: managedByTest(entity),
        locationKey: 'test-entities',
      })),
    });
  }
}

/** A catalog module that serves `entities` (managed by a test location) and adds `rules`; nothing else feeds the catalog. */
export function catalogEntitiesModule(
  entities: Entity[] | TestEntityProvider,
  rules: Parameters<
    typeof coreServices.permissionsRegistry.T.addPermissionRules
  >[0] = [],
) {
  const provider =
    entities instanceof TestEntityProvider
      ? entities
      : new TestEntityProvider(entities);
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-entities',
    register(reg) {
      reg.registerInit({
        deps: {
          processing: catalogProcessingExtensionPoint,
          permissionsRegistry: coreServices.permissionsRegistry,
        },
        async init({ processing, permissionsRegistry }) {
          permissionsRegistry.addPermissionRules(rules);
          processing.addEntityProvider(provider);
        },
      });
    },
  });
}

/** A permission module that makes `policy` the backend's policy. */
export function testPolicyModule(policy: TestPolicy) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'test-policy',
    register(reg) {
      reg.registerInit({
        deps: { policies: policyExtensionPoint },
        async init({ policies }) {
          const handler: PermissionPolicy = {
            handle: async (request, user) => policy(request, user),
          };
          policies.setPolicy(handler);
        },
      });
    },
  });
}

export interface RealCatalogBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  /** The plugin's own database. */
  knex: Knex;
  /** Runs the plugin's catalog sync now and waits for it. */
  triggerSync(): Promise<void>;
  /** Runs the plugin's visibility refresh now and waits for it. */
  triggerRefresh(): Promise<void>;
}

/**
 * A test backend with the real catalog (serving `entities` through an entity
 * provider, plus the {@link isPartOfRule} rule), the real permission backend
 * with `policy`, and this plugin; each plugin on its own database of the
 * given kind. Users' group memberships come from `memberships`.
 */
export async function startRealCatalogBackend(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  entities: Entity[];
  /** Serves `entities` instead of a provider of its own, so a test can replace them. */
  provider?: TestEntityProvider;
  policy: TestPolicy;
  memberships: Record<string, string[]>;
  config?: object;
  /** More plugins, modules and services for the backend. */
  features?: BackendFeature[];
}): Promise<RealCatalogBackend> {
  const { databases, databaseId, entities, policy, memberships } = options;
  const knexByPlugin = new Map<string, Promise<Knex>>();
  const knexFor = (pluginId: string) => {
    if (!knexByPlugin.has(pluginId)) {
      knexByPlugin.set(pluginId, databases.init(databaseId));
    }
    return knexByPlugin.get(pluginId)!;
  };

  const databaseFactory = createServiceFactory({
    service: coreServices.database,
    deps: { pluginMetadata: coreServices.pluginMetadata },
    factory: ({ pluginMetadata }) => ({
      getClient: () => knexFor(pluginMetadata.getId()),
    }),
  });

  const userInfoFactory = userInfoWithMemberships(memberships);
  const authFactory = actorCarryingAuth;
  const testEntities = catalogEntitiesModule(options.provider ?? entities, [
    isPartOfRule,
  ]);

  const testPolicy = testPolicyModule(policy);

  // The mock scheduler runs tasks only when triggered (the 1.11 typings do
  // not show its factory).
  const scheduler = mockServices.scheduler() as unknown as {
    factory(options: { skipTaskRunOnStartup: boolean }): ServiceFactory;
    triggerTask(id: string): Promise<void>;
  };
  const backend = await startTestBackend({
    features: [
      scheduler.factory({ skipTaskRunOnStartup: true }),
      catalogPlugin,
      testEntities,
      permissionPlugin,
      testPolicy,
      mlopsMaturityPlugin,
      ...(options.features ?? []),
      databaseFactory,
      userInfoFactory,
      authFactory,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          catalog: { processingInterval: { seconds: 1 } },
          ...options.config,
        },
      }),
    ],
  });
  const knex = await knexFor('mlops-maturity');

  // The catalog processes the provided entities, then the plugin's sync
  // copies the ML services among them.
  const deadline = Date.now() + 60_000;
  const hasTable = () => knex.schema.hasTable('mlops_maturity_entities');
  for (;;) {
    const rows = (await hasTable())
      ? await knex('mlops_maturity_entities').count({ n: '*' })
      : [{ n: 0 }];
    const expected = entities.filter(
      e => e.kind === 'Component' && String(e.spec?.type).startsWith('ml-'),
    ).length;
    if (Number(rows[0].n) >= expected) break;
    await scheduler.triggerTask('mlops-maturity-catalog-sync');
    if (Date.now() > deadline) {
      throw new Error(
        `the catalog sync never listed the ${expected} test ML services (saw ${rows[0].n})`,
      );
    }
    await new Promise(r => setTimeout(r, 200));
  }
  return {
    backend,
    server: backend.server,
    knex,
    triggerSync: () => scheduler.triggerTask('mlops-maturity-catalog-sync'),
    triggerRefresh: () =>
      scheduler.triggerTask('mlops-maturity-visibility-refresh'),
  };
}
