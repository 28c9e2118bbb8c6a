import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  Permission,
} from '@backstage/plugin-permission-common';
import {
  mlopsMaturityAdminPermission,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentReviewPermission,
  mlopsMaturityAssessmentUpdatePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import request from 'supertest';
import {
  actorCarryingAuth,
  catalogEntitiesModule,
  userInfoWithMemberships,
} from '../__testUtils__/realCatalogBackend';
import policyModule from './policy';

jest.setTimeout(60_000);

const ADA = 'user:default/ada';
const ALAN = 'user:default/alan';
const GRACE = 'user:default/grace';
const MEMBERSHIPS: Record<string, string[]> = {
  [ADA]: ['group:default/team-recommendations'],
  [ALAN]: ['group:default/team-fraud'],
  [GRACE]: ['group:default/platform'],
};
const RECOMMENDER = 'component:default/product-recommender';

const ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'product-recommender',
    },
    spec: {
      type: 'ml-service',
      owner: 'team-recommendations',
      lifecycle: 'production',
    },
  },
];

async function startBackend(config: object = {}) {
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogEntitiesModule(ENTITIES),
      permissionPlugin,
      policyModule,
      userInfoWithMemberships(MEMBERSHIPS),
      actorCarryingAuth,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          catalog: { processingInterval: { seconds: 1 } },
          ...config,
        },
      }),
    ],
  });
  // The provider's entity is there once the catalog has processed it; asked
  // as a service, which no policy decides.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await request(backend.server)
      .get(
        '/api/catalog/entities/by-name/component/default/product-recommender',
      )
      .set('Authorization', mockCredentials.service.header());
    if (res.status === 200) return backend;
    if (Date.now() > deadline) {
      throw new Error(
        `the catalog never served the test entity: ${res.status}`,
      );
    }
    await new Promise(r => setTimeout(r, 200));
  }
}

/** The permission backend's answer for `user` on `permission`, as a plugin gets it. */
async function decide(
  backend: TestBackend,
  user: string,
  permission: Permission,
  resourceRef?: string,
) {
  const res = await request(backend.server)
    .post('/api/permission/authorize')
    .set('Authorization', mockCredentials.user.header(user))
    .send({ items: [{ id: '1', permission, resourceRef }] });
  expect(res.status).toBe(200);
  return res.body.items[0].result;
}

describe('the /policy permission module', () => {
  let backend: TestBackend;

  afterEach(async () => {
    await backend?.stop();
  });

  it('lets only the owners update an assessment, everyone read, and allows the rest', async () => {
    backend = await startBackend();

    // ada is in team-recommendations, the owner; alan is not.
    expect(
      await decide(
        backend,
        ADA,
        mlopsMaturityAssessmentUpdatePermission,
        RECOMMENDER,
      ),
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      await decide(
        backend,
        ALAN,
        mlopsMaturityAssessmentUpdatePermission,
        RECOMMENDER,
      ),
    ).toBe(AuthorizeResult.DENY);

    for (const user of [ADA, ALAN]) {
      expect(
        await decide(
          backend,
          user,
          mlopsMaturityAssessmentReadPermission,
          RECOMMENDER,
        ),
      ).toBe(AuthorizeResult.ALLOW);
      // Not the plugin's: allowed, as the stock allow-all policy does.
      expect(
        await decide(backend, user, catalogEntityDeletePermission, RECOMMENDER),
      ).toBe(AuthorizeResult.ALLOW);
      expect(await decide(backend, user, mlopsMaturityAdminPermission)).toBe(
        AuthorizeResult.DENY,
      );
    }
  });

  it('allows purging to the groups in permission.mlopsMaturity.admins', async () => {
    backend = await startBackend({
      permission: {
        enabled: true,
        mlopsMaturity: { admins: ['group:default/platform'] },
      },
    });

    expect(await decide(backend, GRACE, mlopsMaturityAdminPermission)).toBe(
      AuthorizeResult.ALLOW,
    );
    expect(await decide(backend, ADA, mlopsMaturityAdminPermission)).toBe(
      AuthorizeResult.DENY,
    );
    // Being an admin does not make grace an owner.
    expect(
      await decide(
        backend,
        GRACE,
        mlopsMaturityAssessmentUpdatePermission,
        RECOMMENDER,
      ),
    ).toBe(AuthorizeResult.DENY);
  });

  it('lets the reviewers in permission.mlopsMaturity.reviewers review what they do not own', async () => {
    backend = await startBackend({
      permission: {
        enabled: true,
        mlopsMaturity: {
          reviewers: [
            'group:default/platform',
            'group:default/team-recommendations',
          ],
        },
      },
    });
    const review = (user: string) =>
      decide(
        backend,
        user,
        mlopsMaturityAssessmentReviewPermission,
        RECOMMENDER,
      );
    expect(await review(GRACE)).toBe(AuthorizeResult.ALLOW);
    // ada is a reviewer, but her team owns the service.
    expect(await review(ADA)).toBe(AuthorizeResult.DENY);
    await backend.stop();

    backend = await startBackend({
      permission: {
        enabled: true,
        mlopsMaturity: {
          reviewers: ['group:default/team-recommendations'],
          allowSelfReview: true,
        },
      },
    });
    expect(
      await decide(
        backend,
        ADA,
        mlopsMaturityAssessmentReviewPermission,
        RECOMMENDER,
      ),
    ).toBe(AuthorizeResult.ALLOW);
  });

  it('refuses to start with an admin that is not an entity ref', async () => {
    await expect(
      startTestBackend({
        features: [
          permissionPlugin,
          policyModule,
          mockServices.rootConfig.factory({
            data: {
              permission: {
                enabled: true,
                mlopsMaturity: { admins: ['platform'] },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      /permission\.mlopsMaturity\.admins: "platform" is not an entity ref/,
    );
  });
});
