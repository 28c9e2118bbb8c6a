import permissionPlugin from '@backstage/plugin-permission-backend';
import { PolicyDecision } from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
// The real parts the backend plugin's own test backends are built from.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import {
  actorCarryingAuth,
  testPolicyModule,
  userInfoWithMemberships,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';

// eslint-disable-next-line @backstage/no-mixed-plugin-imports
export {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';

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
    testPolicyModule(policy),
    userInfoWithMemberships(memberships),
    actorCarryingAuth,
  ];
}
