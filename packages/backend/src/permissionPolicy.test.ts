import { techInsightsPermissions } from '@backstage-community/plugin-tech-insights-common';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogEntityValidatePermission,
  catalogIngestionManagePermission,
  catalogIngestionReadPermission,
  catalogLocationAnalyzePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
  catalogLocationReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
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
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentReviewPermission,
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityCampaignManagePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ConfigReader } from '@backstage/config';
import {
  CONFIDENTIAL_ANNOTATION,
  DemoPermissionPolicy,
  demoPermissionPolicyFromConfig,
} from './permissionPolicy';

/** A catalog entity, as the catalog's permission rules take it. */
type Entity = Parameters<(typeof permissionRules)['isEntityOwner']['apply']>[0];

function userOf(name: string, team: string): PolicyQueryUser {
  const info = {
    userEntityRef: `user:default/${name}`,
    ownershipEntityRefs: [`user:default/${name}`, `group:default/${team}`],
  };
  return {
    identity: { type: 'user', ...info },
    token: 'token',
    credentials: {} as PolicyQueryUser['credentials'],
    info,
  } as PolicyQueryUser;
}

const ada = userOf('ada', 'team-recommendations');
const alan = userOf('alan', 'team-fraud');

function component(
  name: string,
  owner: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'ml-service', owner, lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}

const secretRanker = component('secret-ranker', 'team-fraud', {
  [CONFIDENTIAL_ANNOTATION]: 'true',
});
const notSecret = component('fraud-scoring-service', 'team-fraud', {
  [CONFIDENTIAL_ANNOTATION]: 'false',
});
const recommender = component('product-recommender', 'team-recommendations');

/** Applies a conditional decision to an entity with the catalog's own rules, as the catalog does. */
function allows(decision: PolicyDecision, entity: Entity): boolean {
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

describe('DemoPermissionPolicy', () => {
  const policy = new DemoPermissionPolicy();
  const decide = (permission: Permission, user?: PolicyQueryUser) =>
    policy.handle({ permission }, user);

  describe('catalog.entity.read', () => {
    it('is conditional: not confidential, or owned by the user', async () => {
      expect(await decide(catalogEntityReadPermission, ada)).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          anyOf: [
            {
              not: {
                rule: 'HAS_ANNOTATION',
                resourceType: 'catalog-entity',
                params: { annotation: 'acme.com/confidential', value: 'true' },
              },
            },
            {
              rule: 'IS_ENTITY_OWNER',
              resourceType: 'catalog-entity',
              params: {
                claims: [
                  'user:default/ada',
                  'group:default/team-recommendations',
                ],
              },
            },
          ],
        },
      });
    });

    it('hides a confidential entity from everyone but its owners', async () => {
      const forAda = await decide(catalogEntityReadPermission, ada);
      const forAlan = await decide(catalogEntityReadPermission, alan);
      expect(allows(forAda, secretRanker)).toBe(false);
      expect(allows(forAlan, secretRanker)).toBe(true);
    });

    it('lets everyone read the entities that are not confidential', async () => {
      for (const user of [ada, alan]) {
        const decision = await decide(catalogEntityReadPermission, user);
        expect(allows(decision, recommender)).toBe(true);
        expect(allows(decision, notSecret)).toBe(true);
      }
    });

    it('gives a caller without a user identity no owner claims', async () => {
      const decision = await decide(catalogEntityReadPermission);
      expect(allows(decision, secretRanker)).toBe(false);
      expect(allows(decision, recommender)).toBe(true);
    });
  });

  describe('catalog.entity.read under the other demoPolicy.catalogRead rules', () => {
    it('owners: every entity is read by its owners only', async () => {
      const owners = new DemoPermissionPolicy('owners');
      const forAda = await owners.handle(
        { permission: catalogEntityReadPermission },
        ada,
      );
      expect(allows(forAda, recommender)).toBe(true);
      expect(allows(forAda, notSecret)).toBe(false);
      expect(allows(forAda, secretRanker)).toBe(false);
    });

    it('everyone: an unconditional ALLOW', async () => {
      const everyone = new DemoPermissionPolicy('everyone');
      expect(
        await everyone.handle({ permission: catalogEntityReadPermission }, ada),
      ).toEqual({ result: AuthorizeResult.ALLOW });
    });
  });

  it('denies users catalog registration, location removal, ingestion, purging and unknown permissions', async () => {
    for (const permission of [
      catalogEntityCreatePermission,
      catalogLocationCreatePermission,
      catalogLocationDeletePermission,
      catalogLocationAnalyzePermission,
      catalogIngestionManagePermission,
      catalogIngestionReadPermission,
      // Purging maturity data: nobody unless configured (see below).
      mlopsMaturityAdminPermission,
      // Managing campaigns: nobody unless configured (see below).
      mlopsMaturityCampaignManagePermission,
      // One this policy has never heard of, e.g. from a newly installed plugin.
      createPermission({
        name: 'acme.newplugin.delete',
        attributes: { action: 'delete' },
      }),
    ]) {
      for (const user of [ada, alan]) {
        expect(await decide(permission, user)).toEqual({
          result: AuthorizeResult.DENY,
        });
      }
    }
  });

  it('lets the configured campaign managers, and nobody else, manage campaigns', async () => {
    const configured = new DemoPermissionPolicy('confidential', {
      campaignManagers: ['user:default/ada'],
    });
    const manage = { permission: mlopsMaturityCampaignManagePermission };
    expect(await configured.handle(manage, ada)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await configured.handle(manage, alan)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('lets the configured admins, and nobody else, purge maturity data', async () => {
    const configured = new DemoPermissionPolicy('confidential', {
      admins: ['group:default/team-recommendations'],
    });
    const purge = { permission: mlopsMaturityAdminPermission };
    expect(await configured.handle(purge, ada)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    for (const user of [alan, undefined]) {
      expect(await configured.handle(purge, user)).toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  describe('from app-config', () => {
    const fromConfig = (mlopsMaturity: object, demoPolicy: object = {}) =>
      demoPermissionPolicyFromConfig(
        new ConfigReader({ permission: { mlopsMaturity }, demoPolicy }),
      );

    it('reads the admins and the campaign managers of permission.mlopsMaturity', async () => {
      const configured = fromConfig({
        admins: ['user:default/alan'],
        campaignManagers: ['user:default/ada'],
      });
      const purge = { permission: mlopsMaturityAdminPermission };
      const manage = { permission: mlopsMaturityCampaignManagePermission };
      expect(await configured.handle(purge, alan)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
      expect(await configured.handle(purge, ada)).toEqual({
        result: AuthorizeResult.DENY,
      });
      expect(await configured.handle(manage, ada)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
      expect(await configured.handle(manage, alan)).toEqual({
        result: AuthorizeResult.DENY,
      });
    });

    it('reads the reviewers and allowSelfReview of permission.mlopsMaturity', async () => {
      const review = { permission: mlopsMaturityAssessmentReviewPermission };
      expect(
        await fromConfig({ reviewers: ['user:default/ada'] }).handle(
          review,
          ada,
        ),
      ).toMatchObject({
        result: AuthorizeResult.CONDITIONAL,
        conditions: { not: { rule: 'IS_ENTITY_OWNER' } },
      });
      expect(
        await fromConfig({ reviewers: ['user:default/ada'] }).handle(
          review,
          alan,
        ),
      ).toEqual({ result: AuthorizeResult.DENY });
      expect(
        await fromConfig({
          reviewers: ['user:default/ada'],
          allowSelfReview: true,
        }).handle(review, ada),
      ).toEqual({ result: AuthorizeResult.ALLOW });
      expect(() => fromConfig({ reviewers: ['leads'] })).toThrow(
        /permission\.mlopsMaturity\.reviewers: "leads" is not an entity ref/,
      );
    });

    it('lets nobody purge when no admins are configured', async () => {
      const configured = fromConfig({ campaignManagers: ['user:default/ada'] });
      for (const user of [ada, alan]) {
        expect(
          await configured.handle(
            { permission: mlopsMaturityAdminPermission },
            user,
          ),
        ).toEqual({ result: AuthorizeResult.DENY });
      }
    });

    it('refuses to start on an admin or campaign manager that is not an entity ref, naming the key', () => {
      expect(() => fromConfig({ admins: ['platform-team'] })).toThrow(
        /permission\.mlopsMaturity\.admins: "platform-team" is not an entity ref/,
      );
      expect(() => fromConfig({ campaignManagers: ['leads'] })).toThrow(
        /permission\.mlopsMaturity\.campaignManagers: "leads" is not an entity ref/,
      );
    });

    it('refuses an unknown demoPolicy.catalogRead', () => {
      expect(() => fromConfig({}, { catalogRead: 'nobody' })).toThrow(
        /demoPolicy\.catalogRead must be one of confidential, owners, everyone; got "nobody"/,
      );
    });
  });

  it.each([
    ['catalog.entity.delete', catalogEntityDeletePermission],
    ['catalog.entity.refresh', catalogEntityRefreshPermission],
    [
      'mlops.maturity.assessment.update',
      mlopsMaturityAssessmentUpdatePermission,
    ],
  ])('allows %s only to the entity owners', async (_name, permission) => {
    const forAda = await decide(permission, ada);
    expect(forAda).toEqual({
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
    expect(allows(forAda, recommender)).toBe(true);
    expect(allows(forAda, notSecret)).toBe(false);
    const forAlan = await decide(permission, alan);
    expect(allows(forAlan, notSecret)).toBe(true);
    expect(allows(forAlan, recommender)).toBe(false);
    expect(allows(await decide(permission), recommender)).toBe(false);
  });

  it('allows reading maturity data and locations, and validating entities', async () => {
    for (const permission of [
      mlopsMaturityAssessmentReadPermission,
      catalogLocationReadPermission,
      catalogEntityValidatePermission,
    ]) {
      expect(await decide(permission, ada)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('lets users read Tech Insights, which holds no facts of confidential entities, but not under the owners-only rule', async () => {
    for (const permission of techInsightsPermissions) {
      expect(await decide(permission, ada)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
      expect(
        await new DemoPermissionPolicy('owners').handle({ permission }, ada),
      ).toEqual({ result: AuthorizeResult.DENY });
    }
  });
});
