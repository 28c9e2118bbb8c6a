import { Entity } from '@backstage/catalog-model';
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
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/*
 * The catalog, memberships and permission policy the visibility tests run
 * against, and what each user may see of the ML services.
 */

const system = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name },
  spec: { owner: 'team-a' },
});

const service = (
  name: string,
  owner: string,
  systemName: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations },
  spec: {
    type: 'ml-service',
    owner,
    lifecycle: 'production',
    system: systemName,
  },
});

export const ENTITIES: Entity[] = [
  system('growth'),
  system('risk'),
  service('ranker', 'team-a', 'growth'),
  service('churn-model', 'team-a', 'growth'),
  service('fraud-scorer', 'team-b', 'risk'),
  service('secret-ranker', 'team-b', 'risk', {
    'acme.com/confidential': 'true',
  }),
  service('hidden-maturity', 'team-b', 'risk', {
    'acme.com/maturity-private': 'true',
  }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'web-shop' },
    spec: { type: 'website', owner: 'team-a', lifecycle: 'production' },
  },
];

export const user = (name: string) => `user:default/${name}`;
export const MEMBERSHIPS: Record<string, string[]> = {
  [user('olivia')]: ['group:default/team-a'],
  [user('owen')]: ['group:default/team-a'],
  [user('oscar')]: ['group:default/team-b'],
};

const claimsOf = (u?: PolicyQueryUser) => u?.info.ownershipEntityRefs ?? [];

/**
 * The policy under test. Catalog reads: confidential entities only for their
 * owners (the demo app's rule), owners-only for owen, nothing for denny, a
 * rule from a catalog module for una, everything for allie. The plugin's
 * read permission hides assessments marked private from petra.
 */
export function policy(req: PolicyQuery, u?: PolicyQueryUser): PolicyDecision {
  const who = u?.info.userEntityRef;
  if (isPermission(req.permission, catalogEntityReadPermission)) {
    switch (who) {
      case user('allie'):
        return { result: AuthorizeResult.ALLOW };
      case user('denny'):
        return { result: AuthorizeResult.DENY };
      case user('owen'):
        return createCatalogConditionalDecision(
          req.permission,
          catalogConditions.isEntityOwner({ claims: claimsOf(u) }),
        );
      case user('una'):
        return createCatalogConditionalDecision(req.permission, {
          rule: 'IS_PART_OF',
          resourceType: 'catalog-entity',
          params: { systemRef: 'system:default/growth' },
        });
      default:
        return createCatalogConditionalDecision(req.permission, {
          anyOf: [
            {
              not: catalogConditions.hasAnnotation({
                annotation: 'acme.com/confidential',
                value: 'true',
              }),
            },
            catalogConditions.isEntityOwner({ claims: claimsOf(u) }),
          ],
        });
    }
  }
  if (
    isPermission(req.permission, mlopsMaturityAssessmentReadPermission) &&
    who === user('petra')
  ) {
    return createCatalogConditionalDecision(req.permission, {
      not: catalogConditions.hasAnnotation({
        annotation: 'acme.com/maturity-private',
        value: 'true',
      }),
    });
  }
  if (isPermission(req.permission, mlopsMaturityAssessmentUpdatePermission)) {
    return createCatalogConditionalDecision(
      req.permission,
      catalogConditions.isEntityOwner({ claims: claimsOf(u) }),
    );
  }
  return { result: AuthorizeResult.ALLOW };
}

export const ALL = [
  'churn-model',
  'fraud-scorer',
  'hidden-maturity',
  'ranker',
  'secret-ranker',
];

/** What each user may see of the ML services, by name. */
export const VISIBLE: Record<string, string[]> = {
  allie: ALL,
  olivia: ALL.filter(n => n !== 'secret-ranker'),
  oscar: ALL,
  owen: ['churn-model', 'ranker'],
  denny: [],
  una: ['churn-model', 'ranker'],
  petra: ['churn-model', 'fraud-scorer', 'ranker'],
};
