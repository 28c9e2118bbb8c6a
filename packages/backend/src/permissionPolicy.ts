import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogEntityValidatePermission,
  catalogLocationReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import { techInsightsPermissions } from '@backstage-community/plugin-tech-insights-common';
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
import { Config } from '@backstage/config';
import {
  mlopsMaturityPolicyDecision,
  MlopsMaturityPolicyOptions,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-backend';
import {
  mlopsMaturityAdminPermission,
  mlopsMaturityAssessmentReviewPermission,
  mlopsMaturityCampaignManagePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** Entities with this annotation set to "true" are visible to their owners only. */
export const CONFIDENTIAL_ANNOTATION = 'acme.com/confidential';

/** Read-only permissions every user has, whatever the entity. */
const ALLOWED_TO_USERS: Permission[] = [
  catalogLocationReadPermission,
  catalogEntityValidatePermission,
];

/**
 * Who may read catalog entities, `demoPolicy.catalogRead` in app-config:
 * `confidential` (the default: everyone, except confidential entities, which
 * only their owners read), `owners` (every entity only by its owners) or
 * `everyone` (an unconditional ALLOW). The benchmark compares the last two.
 */
export type CatalogReadRule = 'confidential' | 'owners' | 'everyone';
const CATALOG_READ_RULES: CatalogReadRule[] = [
  'confidential',
  'owners',
  'everyone',
];

const isOneOf = (permission: Permission, list: Permission[]) =>
  list.some(p => isPermission(permission, p));

/**
 * The demo's permission policy. Users (service-to-service calls never reach
 * a policy: the permission client allows them itself):
 *
 * - read every catalog entity, except one annotated
 *   `acme.com/confidential: "true"`, which only its owners may read;
 * - delete or refresh an entity only when they own it;
 * - for the MLOps maturity plugin's permissions, the plugin's own rule
 *   (`mlopsMaturityPolicyDecision`): read maturity data, update an entity's
 *   assessment only when they own it, purge stored maturity data only when
 *   listed in `permission.mlopsMaturity.admins` (nobody when unset), and
 *   manage campaigns only when listed in
 *   `permission.mlopsMaturity.campaignManagers`;
 * - read locations, and validate entity files;
 * - read Tech Insights facts and checks and run checks, except under the
 *   owners-only catalog rule (see the branch below);
 * - nothing else: registering entities or locations, deleting locations and
 *   managing ingestion are denied (the catalog is fed by its configured
 *   locations), and so is every permission this policy does not name, such
 *   as one a newly installed plugin brings, until a branch here allows it.
 *
 * Owning means being the entity's `spec.owner`, or a member of that group.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly catalogRead: CatalogReadRule = 'confidential',
    private readonly mlopsMaturity: MlopsMaturityPolicyOptions = {},
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const mlopsMaturity = mlopsMaturityPolicyDecision(
      request,
      user,
      this.mlopsMaturity,
    );
    if (mlopsMaturity) {
      return mlopsMaturity;
    }
    const { permission } = request;
    const isOwner = catalogConditions.isEntityOwner({
      claims: user?.info.ownershipEntityRefs ?? [],
    });

    if (isPermission(permission, catalogEntityReadPermission)) {
      if (this.catalogRead === 'everyone') {
        return { result: AuthorizeResult.ALLOW };
      }
      if (this.catalogRead === 'owners') {
        return createCatalogConditionalDecision(permission, isOwner);
      }
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
    if (
      isPermission(permission, catalogEntityDeletePermission) ||
      isPermission(permission, catalogEntityRefreshPermission)
    ) {
      return createCatalogConditionalDecision(permission, isOwner);
    }
    if (isOneOf(permission, ALLOWED_TO_USERS)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (isOneOf(permission, techInsightsPermissions)) {
      // Tech Insights serves facts without asking the catalog per entity.
      // The MLOps maturity facts leave out the confidential entities
      // (mlopsMaturity.techInsights.excludeEntities in app-config), which
      // is all the confidential rule hides; the owners-only rule hides far
      // more, so under it nobody reads Tech Insights.
      return {
        result:
          this.catalogRead === 'owners'
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      };
    }
    // catalog.entity.create, catalog.location.create, catalog.location.delete,
    // catalog.location.analyze, catalog.ingestion.*, and anything unknown.
    return { result: AuthorizeResult.DENY };
  }
}

/** Where the users and groups of {@link MlopsMaturityPolicyOptions} are configured. */
const MLOPS_MATURITY_KEYS = {
  admins: 'permission.mlopsMaturity.admins',
  campaignManagers: 'permission.mlopsMaturity.campaignManagers',
  reviewers: 'permission.mlopsMaturity.reviewers',
} as const;

/**
 * The demo policy as app-config sets it: `demoPolicy.catalogRead`, and who
 * may purge, manage campaigns and review (`permission.mlopsMaturity.admins`,
 * `.campaignManagers`, `.reviewers` and `.allowSelfReview`). Throws, naming the key, on a
 * value the policy could not use, so the backend fails at start rather than
 * on every request.
 */
export function demoPermissionPolicyFromConfig(
  config: Config,
): DemoPermissionPolicy {
  const rule = config.getOptionalString('demoPolicy.catalogRead');
  if (rule !== undefined && !(CATALOG_READ_RULES as string[]).includes(rule)) {
    throw new Error(
      `demoPolicy.catalogRead must be one of ${CATALOG_READ_RULES.join(
        ', ',
      )}; got "${rule}"`,
    );
  }
  const options: MlopsMaturityPolicyOptions = {
    admins: config.getOptionalStringArray(MLOPS_MATURITY_KEYS.admins) ?? [],
    campaignManagers:
      config.getOptionalStringArray(MLOPS_MATURITY_KEYS.campaignManagers) ?? [],
    reviewers:
      config.getOptionalStringArray(MLOPS_MATURITY_KEYS.reviewers) ?? [],
    allowSelfReview:
      config.getOptionalBoolean('permission.mlopsMaturity.allowSelfReview') ??
      false,
  };
  // The plugin's decision checks the refs each time it decides; deciding
  // once here, for nobody, makes a bad ref fail the start instead.
  const checks = [
    [mlopsMaturityAdminPermission, 'admins'],
    [mlopsMaturityCampaignManagePermission, 'campaignManagers'],
    [mlopsMaturityAssessmentReviewPermission, 'reviewers'],
  ] as const;
  for (const [permission, field] of checks) {
    try {
      mlopsMaturityPolicyDecision({ permission }, undefined, options);
    } catch (error) {
      throw new Error(
        String((error as Error).message).replace(
          `options.${field}`,
          MLOPS_MATURITY_KEYS[field],
        ),
      );
    }
  }
  return new DemoPermissionPolicy(rule as CatalogReadRule | undefined, options);
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'mlops-maturity-demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(demoPermissionPolicyFromConfig(config));
      },
    });
  },
});
