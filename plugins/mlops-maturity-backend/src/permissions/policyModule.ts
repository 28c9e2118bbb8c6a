import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  mlopsMaturityPolicyDecision,
  MlopsMaturityPolicyOptions,
  normalizeMlopsMaturityAdmins,
} from './mlopsMaturityPolicyDecision';

/** Where the module reads the users and groups who may purge assessments. */
export const ADMINS_CONFIG_KEY = 'permission.mlopsMaturity.admins';
/** Where the module reads the users and groups who may manage campaigns. */
export const CAMPAIGN_MANAGERS_CONFIG_KEY =
  'permission.mlopsMaturity.campaignManagers';
/** Where the module reads the users and groups who may review answers. */
export const REVIEWERS_CONFIG_KEY = 'permission.mlopsMaturity.reviewers';
/** Whether reviewers may review the services they own. */
export const ALLOW_SELF_REVIEW_CONFIG_KEY =
  'permission.mlopsMaturity.allowSelfReview';

/**
 * The stock allow-all policy with the owners-only rule for the MLOps
 * maturity plugin's permissions.
 */
class MlopsMaturityPermissionPolicy implements PermissionPolicy {
  constructor(private readonly options: MlopsMaturityPolicyOptions) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    return (
      mlopsMaturityPolicyDecision(request, user, this.options) ?? {
        result: AuthorizeResult.ALLOW,
      }
    );
  }
}

/**
 * A permission policy for apps that run the stock allow-all policy: it
 * allows every permission as that one does, except the MLOps maturity
 * plugin's own, which it decides with `mlopsMaturityPolicyDecision`:
 * everyone reads, only an entity's owners update its assessment, only the
 * users and groups listed in `permission.mlopsMaturity.admins` purge, only
 * those in `permission.mlopsMaturity.campaignManagers` manage campaigns, and
 * only those in `permission.mlopsMaturity.reviewers` review answers, of the
 * services they do not own unless `permission.mlopsMaturity.allowSelfReview`.
 *
 * It replaces `@backstage/plugin-permission-backend-module-allow-all-policy`:
 * a backend can have one policy only.
 *
 * @public
 */
export const mlopsMaturityPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'mlops-maturity-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        const admins = config.getOptionalStringArray(ADMINS_CONFIG_KEY) ?? [];
        const campaignManagers =
          config.getOptionalStringArray(CAMPAIGN_MANAGERS_CONFIG_KEY) ?? [];
        const reviewers =
          config.getOptionalStringArray(REVIEWERS_CONFIG_KEY) ?? [];
        const allowSelfReview =
          config.getOptionalBoolean(ALLOW_SELF_REVIEW_CONFIG_KEY) ?? false;
        // Fails the start, naming the ref, instead of every request.
        normalizeMlopsMaturityAdmins(admins, ADMINS_CONFIG_KEY);
        normalizeMlopsMaturityAdmins(
          campaignManagers,
          CAMPAIGN_MANAGERS_CONFIG_KEY,
        );
        normalizeMlopsMaturityAdmins(reviewers, REVIEWERS_CONFIG_KEY);
        policy.setPolicy(
          new MlopsMaturityPermissionPolicy({
            admins,
            campaignManagers,
            reviewers,
            allowSelfReview,
          }),
        );
      },
    });
  },
});
