import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

// The same shape as the backend plugin's own test backend
// (plugins/mlops-maturity-backend/src/__testUtils__/realCatalogBackend.ts),
// which this package cannot import.

/** The annotation that hides an entity from all but its owners in {@link confidentialPolicy}. */
export const CONFIDENTIAL_ANNOTATION = 'acme.com/confidential';

/** Confidential entities only for their owners; everything else for everyone. */
export function confidentialPolicy(
  req: PolicyQuery,
  user?: PolicyQueryUser,
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
          claims: user?.info.ownershipEntityRefs ?? [],
        }),
      ],
    });
  }
  return { result: AuthorizeResult.ALLOW };
}

/**
 * The real permission backend deciding with `policy`, users who own
 * themselves and their groups in `memberships`, and tokens that carry the
 * calling plugin as the actor of a call made on a user's behalf, as the real
 * auth service's do (the 1.11 test utils' mock drops it, and the permission
 * backend needs it to accept conditional queries).
 */
export function permissionFeatures(options: {
  policy: (query: PolicyQuery, user?: PolicyQueryUser) => PolicyDecision;
  memberships: Record<string, string[]>;
}) {
  const { policy, memberships } = options;
  return [
    permissionPlugin,
    createBackendModule({
      pluginId: 'permission',
      moduleId: 'test-policy',
      register(reg) {
        reg.registerInit({
          deps: { policies: policyExtensionPoint },
          async init({ policies }) {
            policies.setPolicy({ handle: async (q, u) => policy(q, u) });
          },
        });
      },
    }),
    createServiceFactory({
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
    }),
    createServiceFactory({
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
    }),
  ];
}
