import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  mlopsMaturityAdminPermission,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentReviewPermission,
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityCampaignManagePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * Options of {@link mlopsMaturityPolicyDecision}.
 *
 * @public
 */
export interface MlopsMaturityPolicyOptions {
  /**
   * Entity refs of the users and groups who may purge stored assessments
   * (`mlops.maturity.admin`), e.g. `group:default/platform-team`. A user
   * holds it when one of their ownership refs (themselves and their groups)
   * is listed. The namespace defaults to `default`; the kind is required.
   * Unset or empty: nobody may purge.
   */
  admins?: string[];
  /**
   * Entity refs of the users and groups who may create, change and close
   * maturity campaigns (`mlops.maturity.campaign.manage`), matched as
   * `admins` are. Unset or empty: nobody may.
   */
  campaignManagers?: string[];
  /**
   * Entity refs of the users and groups who may review answers
   * (`mlops.maturity.assessment.review`), matched as `admins` are. Unset or
   * empty: nobody may.
   */
  reviewers?: string[];
  /**
   * Whether a reviewer may review the services they own themselves.
   * Default false: a second pair of eyes means someone else's.
   */
  allowSelfReview?: boolean;
}

/**
 * Turns the entity refs of {@link MlopsMaturityPolicyOptions.admins} into
 * the lower-case full refs that ownership claims are compared with; throws,
 * naming `field` and the ref, when one is not an entity ref with a kind.
 */
export function normalizeMlopsMaturityAdmins(
  admins: string[],
  field = 'options.admins',
): string[] {
  return admins.map(ref => {
    let parsed;
    try {
      parsed = parseEntityRef(ref, { defaultNamespace: 'default' });
    } catch (error) {
      throw new Error(
        `${field}: "${ref}" is not an entity ref with a kind, like group:default/platform-team (${error})`,
      );
    }
    return stringifyEntityRef(parsed).toLocaleLowerCase('en-US');
  });
}

/**
 * The decision of the recommended rule for the MLOps maturity plugin's own
 * permissions, for a PermissionPolicy to return; `undefined` for any other
 * permission, which the policy decides itself:
 *
 * ```ts
 * const decision = mlopsMaturityPolicyDecision(request, user);
 * if (decision) return decision;
 * ```
 *
 * - `mlops.maturity.assessment.read`: ALLOW (which entities a user sees at
 *   all is still decided by `catalog.entity.read`);
 * - `mlops.maturity.assessment.update`: CONDITIONAL, only the entity's
 *   owners, with the catalog's `isEntityOwner` rule: the user is the entity's
 *   `spec.owner` or a member of that group. A caller without a user identity
 *   owns nothing and may update nothing;
 * - `mlops.maturity.admin`: ALLOW for the users and groups in
 *   `options.admins`, DENY for everyone else;
 * - `mlops.maturity.campaign.manage`: ALLOW for the users and groups in
 *   `options.campaignManagers`, DENY for everyone else;
 * - `mlops.maturity.assessment.review`: for the users and groups in
 *   `options.reviewers`, CONDITIONAL on not owning the entity (catalog rule
 *   `isEntityOwner`, negated), or ALLOW with `options.allowSelfReview`;
 *   DENY for everyone else.
 *
 * @public
 */
export function mlopsMaturityPolicyDecision(
  request: PolicyQuery,
  user: PolicyQueryUser | undefined,
  options: MlopsMaturityPolicyOptions = {},
): PolicyDecision | undefined {
  const { permission } = request;
  const claims = user?.info.ownershipEntityRefs ?? [];

  if (isPermission(permission, mlopsMaturityAssessmentReadPermission)) {
    return { result: AuthorizeResult.ALLOW };
  }
  if (isPermission(permission, mlopsMaturityAssessmentUpdatePermission)) {
    return createCatalogConditionalDecision(
      permission,
      catalogConditions.isEntityOwner({ claims }),
    );
  }
  const listed = (refs: string[] | undefined, field: string) => {
    const normalized = normalizeMlopsMaturityAdmins(refs ?? [], field);
    return claims.some(ref =>
      normalized.includes(ref.toLocaleLowerCase('en-US')),
    )
      ? AuthorizeResult.ALLOW
      : AuthorizeResult.DENY;
  };
  if (isPermission(permission, mlopsMaturityAdminPermission)) {
    return { result: listed(options.admins, 'options.admins') };
  }
  if (isPermission(permission, mlopsMaturityCampaignManagePermission)) {
    return {
      result: listed(options.campaignManagers, 'options.campaignManagers'),
    };
  }
  if (isPermission(permission, mlopsMaturityAssessmentReviewPermission)) {
    const result = listed(options.reviewers, 'options.reviewers');
    if (result === AuthorizeResult.DENY || options.allowSelfReview) {
      return { result };
    }
    return createCatalogConditionalDecision(permission, {
      not: catalogConditions.isEntityOwner({ claims }),
    });
  }
  return undefined;
}
