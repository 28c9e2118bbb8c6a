import { Entity } from '@backstage/catalog-model';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  createPermission,
  Permission,
  PermissionCondition,
  PermissionCriteria,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  mlopsMaturityAdminPermission,
  mlopsMaturityCampaignManagePermission,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentReviewPermission,
  mlopsMaturityAssessmentUpdatePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  mlopsMaturityPolicyDecision,
  MlopsMaturityPolicyOptions,
} from './mlopsMaturityPolicyDecision';

function userOf(userEntityRef: string, groups: string[] = []): PolicyQueryUser {
  return {
    credentials: {} as PolicyQueryUser['credentials'],
    info: {
      userEntityRef,
      ownershipEntityRefs: [userEntityRef, ...groups],
    },
  };
}

/** Owns `recommender` through membership of its owning group. */
const ada = userOf('user:default/ada', ['group:default/team-recommendations']);
/** Owns `notebook` as a user: the entity's spec.owner is the user. */
const grace = userOf('user:default/grace');
/** Owns neither. */
const alan = userOf('user:default/alan', ['group:default/team-fraud']);

function component(name: string, ownerRef: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'ml-service', owner: ownerRef, lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: ownerRef }],
  };
}

const recommender = component(
  'product-recommender',
  'group:default/team-recommendations',
);
const notebook = component('grace-notebook', 'user:default/grace');

/** Applies a decision to an entity with the catalog's own rules, as the catalog does. */
function allows(decision: PolicyDecision | undefined, entity: Entity) {
  if (!decision) throw new Error('no decision');
  if (decision.result !== AuthorizeResult.CONDITIONAL) {
    return decision.result === AuthorizeResult.ALLOW;
  }
  const rules = Object.values(permissionRules);
  const evaluate = (
    criteria: PermissionCriteria<PermissionCondition>,
  ): boolean => {
    if ('allOf' in criteria) return criteria.allOf.every(evaluate);
    if ('anyOf' in criteria) return criteria.anyOf.some(evaluate);
    if ('not' in criteria) return !evaluate(criteria.not);
    const rule = rules.find(r => r.name === criteria.rule);
    if (!rule) throw new Error(`no catalog rule ${criteria.rule}`);
    return rule.apply(entity, criteria.params as any);
  };
  return evaluate(decision.conditions);
}

const decide = (
  permission: Permission,
  user?: PolicyQueryUser,
  options?: MlopsMaturityPolicyOptions,
) => mlopsMaturityPolicyDecision({ permission }, user, options);

describe('mlopsMaturityPolicyDecision', () => {
  it('allows everyone to read assessments', () => {
    for (const user of [ada, grace, alan, undefined]) {
      expect(decide(mlopsMaturityAssessmentReadPermission, user)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('makes update conditional on owning the entity, with the catalog rule', () => {
    expect(decide(mlopsMaturityAssessmentUpdatePermission, ada)).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: ['user:default/ada', 'group:default/team-recommendations'],
        },
      },
    });
  });

  it('lets a member of the owning group update, and nobody else', () => {
    const forAda = decide(mlopsMaturityAssessmentUpdatePermission, ada);
    const forAlan = decide(mlopsMaturityAssessmentUpdatePermission, alan);
    expect(allows(forAda, recommender)).toBe(true);
    expect(allows(forAlan, recommender)).toBe(false);
  });

  it('lets a user who is the owner update, and nobody else', () => {
    const forGrace = decide(mlopsMaturityAssessmentUpdatePermission, grace);
    const forAda = decide(mlopsMaturityAssessmentUpdatePermission, ada);
    expect(allows(forGrace, notebook)).toBe(true);
    expect(allows(forGrace, recommender)).toBe(false);
    expect(allows(forAda, notebook)).toBe(false);
  });

  it('lets a caller without a user identity update nothing', () => {
    const decision = decide(mlopsMaturityAssessmentUpdatePermission);
    expect(allows(decision, recommender)).toBe(false);
    expect(allows(decision, notebook)).toBe(false);
  });

  it('denies purging to everyone when no admins are configured', () => {
    for (const user of [ada, grace, alan, undefined]) {
      expect(decide(mlopsMaturityAdminPermission, user)).toEqual({
        result: AuthorizeResult.DENY,
      });
      expect(
        decide(mlopsMaturityAdminPermission, user, { admins: [] }),
      ).toEqual({ result: AuthorizeResult.DENY });
    }
  });

  it('allows purging to the configured users and members of configured groups', () => {
    const options = {
      // Namespace omitted and mixed case, as people write them in config.
      admins: ['Group:team-recommendations', 'user:default/grace'],
    };
    expect(decide(mlopsMaturityAdminPermission, ada, options)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(decide(mlopsMaturityAdminPermission, grace, options)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(decide(mlopsMaturityAdminPermission, alan, options)).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(decide(mlopsMaturityAdminPermission, undefined, options)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('names an admin that is not an entity ref', () => {
    expect(() =>
      decide(mlopsMaturityAdminPermission, ada, { admins: ['platform-team'] }),
    ).toThrow(/options\.admins: "platform-team" is not an entity ref/);
  });

  it('lets only the configured campaign managers manage campaigns', () => {
    const options = {
      campaignManagers: ['group:team-recommendations'],
      admins: ['user:default/grace'],
    };
    expect(decide(mlopsMaturityCampaignManagePermission, ada, options)).toEqual(
      { result: AuthorizeResult.ALLOW },
    );
    // Being an admin does not make one a campaign manager.
    for (const user of [grace, alan, undefined]) {
      expect(
        decide(mlopsMaturityCampaignManagePermission, user, options),
      ).toEqual({ result: AuthorizeResult.DENY });
    }
    expect(decide(mlopsMaturityCampaignManagePermission, ada)).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(() =>
      decide(mlopsMaturityCampaignManagePermission, ada, {
        campaignManagers: ['leads'],
      }),
    ).toThrow(/options\.campaignManagers: "leads" is not an entity ref/);
  });

  it('lets only the configured reviewers review, and not the services they own', () => {
    const options = {
      reviewers: ['group:default/team-recommendations', 'user:default/grace'],
    };
    const review = (user?: PolicyQueryUser) =>
      decide(mlopsMaturityAssessmentReviewPermission, user, options);
    // ada reviews through her group, but not her group's own service.
    expect(allows(review(ada), notebook)).toBe(true);
    expect(allows(review(ada), recommender)).toBe(false);
    // grace is listed as a user, and does not review her own notebook.
    expect(allows(review(grace), recommender)).toBe(true);
    expect(allows(review(grace), notebook)).toBe(false);
    // Not listed, or no user: nothing.
    expect(review(alan)).toEqual({ result: AuthorizeResult.DENY });
    expect(review(undefined)).toEqual({ result: AuthorizeResult.DENY });
    // Nobody reviews when no reviewers are configured.
    expect(decide(mlopsMaturityAssessmentReviewPermission, ada)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('lets reviewers review their own services with allowSelfReview', () => {
    const decision = decide(mlopsMaturityAssessmentReviewPermission, ada, {
      reviewers: ['group:default/team-recommendations'],
      allowSelfReview: true,
    });
    expect(decision).toEqual({ result: AuthorizeResult.ALLOW });
    expect(
      decide(mlopsMaturityAssessmentReviewPermission, alan, {
        reviewers: ['group:default/team-recommendations'],
        allowSelfReview: true,
      }),
    ).toEqual({ result: AuthorizeResult.DENY });
  });

  it('names a reviewer that is not an entity ref', () => {
    expect(() =>
      decide(mlopsMaturityAssessmentReviewPermission, ada, {
        reviewers: ['team-recommendations'],
      }),
    ).toThrow(/options\.reviewers: "team-recommendations"/);
  });

  it('has no decision for permissions that are not the plugin’s', () => {
    for (const permission of [
      catalogEntityDeletePermission,
      createPermission({
        name: 'mlops.maturity.assessment.readx',
        attributes: { action: 'read' },
      }),
    ]) {
      expect(decide(permission, ada)).toBeUndefined();
    }
  });
});
