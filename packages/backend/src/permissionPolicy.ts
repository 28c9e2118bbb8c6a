import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogIngestionManagePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** Entities with this annotation set to "true" are visible to their owners only. */
export const CONFIDENTIAL_ANNOTATION = 'acme.com/confidential';

/** Catalog writes no user may make: the catalog is fed by its configured locations. */
const DENIED_TO_USERS: Permission[] = [
  catalogEntityCreatePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
  catalogIngestionManagePermission,
];

const isOneOf = (permission: Permission, list: Permission[]) =>
  list.some(p => isPermission(permission, p));

/**
 * The demo's permission policy. Users (service-to-service calls never reach
 * a policy: the permission client allows them itself):
 *
 * - read every catalog entity, except one annotated
 *   `acme.com/confidential: "true"`, which only its owners may read;
 * - never register entities or locations, delete locations or manage
 *   ingestion; delete or refresh an entity only when they own it;
 * - read maturity data (which entities' data, the catalog read rule decides),
 *   and update an assessment only on an entity they own.
 *
 * Owning means being the entity's `spec.owner`, or a member of that group.
 * Every other permission is allowed.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    const isOwner = catalogConditions.isEntityOwner({
      claims: user?.info.ownershipEntityRefs ?? [],
    });

    if (isPermission(permission, catalogEntityReadPermission)) {
      return createCatalogConditionalDecision(permission, {
        anyOf: [
          {
            not: catalogConditions.hasAnnotation({
              annotation: CONFIDENTIAL_ANNOTATION,
              value: 'true',
            }),
          },
          isOwner,
        ],
      });
    }
    if (isOneOf(permission, DENIED_TO_USERS)) {
      return { result: AuthorizeResult.DENY };
    }
    if (
      isPermission(permission, mlopsMaturityAssessmentUpdatePermission) ||
      isPermission(permission, catalogEntityDeletePermission) ||
      isPermission(permission, catalogEntityRefreshPermission)
    ) {
      return createCatalogConditionalDecision(permission, isOwner);
    }
    // Reading maturity data needs no rule of its own: which entities a user
    // sees is the catalog read rule's decision.
    if (isPermission(permission, mlopsMaturityAssessmentReadPermission)) {
      return { result: AuthorizeResult.ALLOW };
    }
    // The rest: reading locations, validating and analysing entity files, ...
    return { result: AuthorizeResult.ALLOW };
  }
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'mlops-maturity-demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new DemoPermissionPolicy());
      },
    });
  },
});
