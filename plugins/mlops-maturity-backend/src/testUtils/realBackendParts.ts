import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

/*
 * The real parts a test backend of these plugins is built from: the catalog
 * fed by a test entity provider, the permission backend with a policy of the
 * test's, users' ownership claims, and service-to-service tokens that carry
 * the user, as production's do.
 */

/**
 * A policy under test: decides with the user's ownership claims.
 *
 * @public
 */
export type TestPolicy = (
  request: PolicyQuery,
  user: PolicyQueryUser | undefined,
) => Promise<PolicyDecision> | PolicyDecision;

/**
 * The user info service of a test backend: each user owns themselves and
 * their groups in `memberships`.
 *
 * @public
 */
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

/**
 * The auth service of a test backend whose calls one plugin makes to another
 * on behalf of a user carry the user and the calling plugin as the actor, as
 * the real auth service's tokens do (backend-test-utils 1.11's mock drops the
 * actor, which the permission backend of Backstage 1.57 needs to accept
 * conditional queries).
 *
 * @public
 */
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
 *
 * @public
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

/**
 * A catalog module that serves `entities` (managed by a test location) and
 * adds `rules`; nothing else feeds the catalog.
 *
 * @public
 */
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

/**
 * A permission module that makes `policy` the backend's policy.
 *
 * @public
 */
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

/**
 * The annotation that hides an entity from all but its owners in
 * {@link confidentialPolicy}.
 *
 * @public
 */
export const CONFIDENTIAL_ANNOTATION = 'acme.com/confidential';

/**
 * A policy under test: confidential entities only for their owners,
 * everything else for everyone.
 *
 * @public
 */
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
