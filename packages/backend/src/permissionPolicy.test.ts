import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MaturityOwnersOnlyPolicy } from './permissionPolicy';

const user = {
  identity: {
    type: 'user' as const,
    userEntityRef: 'user:default/ada',
    ownershipEntityRefs: [
      'user:default/ada',
      'group:default/team-recommendations',
    ],
  },
  token: 'token',
  info: {
    userEntityRef: 'user:default/ada',
    ownershipEntityRefs: [
      'user:default/ada',
      'group:default/team-recommendations',
    ],
  },
};

describe('MaturityOwnersOnlyPolicy', () => {
  const policy = new MaturityOwnersOnlyPolicy();

  it('allows assessment updates only on entities the user owns', async () => {
    const decision = await policy.handle(
      { permission: mlopsMaturityAssessmentUpdatePermission },
      user as any,
    );
    expect(decision).toEqual({
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

  it('gives a caller without a user identity no ownership claims', async () => {
    const decision = await policy.handle({
      permission: mlopsMaturityAssessmentUpdatePermission,
    });
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: { params: { claims: [] } },
    });
  });

  it('allows everything else, including reading maturity data', async () => {
    for (const permission of [
      mlopsMaturityAssessmentReadPermission,
      catalogEntityDeletePermission,
    ]) {
      expect(await policy.handle({ permission }, user as any)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });
});
