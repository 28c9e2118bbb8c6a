import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  defaultMaturityModel as model,
  defaultMlServiceSelection,
  mlopsMaturityAssessmentUpdatePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { assessmentStores } from '../__testUtils__/assessmentFixtures';
import { createTestDatabases } from '../testUtils';
import { ScorecardVisibility } from '../visibility/ScorecardVisibility';
import { createAccess } from './access';
import { AssessmentService } from './AssessmentService';
import { TargetResolver } from './TargetResolver';
import { TooManyRequestsError } from './TooManyRequestsError';

jest.setTimeout(60_000);

const REF = 'component:default/ranker';
const RANKER: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'ranker', namespace: 'default', uid: 'uid-ranker' },
  spec: { type: 'ml-service', owner: 'team-a', lifecycle: 'production' },
};
const OWNER_REF = 'user:default/olivia';
const OWNER = mockCredentials.user(OWNER_REF);
const OTHER = mockCredentials.user('user:default/tim');

describe('AssessmentService', () => {
  const databases = createTestDatabases();

  async function setup(
    databaseId: Parameters<typeof databases.init>[0],
    submissionsPerEntityPerHour = 10,
    exemptionsRequireApproval = false,
  ) {
    const stores = await assessmentStores(databases, databaseId);
    const catalog = catalogServiceMock({ entities: [RANKER] });
    // Olivia owns the ranker: only she may update it; everyone may read.
    const permissions = mockServices.permissions.mock({
      authorize: async (requests, options) =>
        requests.map(r => ({
          result:
            r.permission.name !==
              mlopsMaturityAssessmentUpdatePermission.name ||
            (options!.credentials.principal as { userEntityRef?: string })
              .userEntityRef === 'user:default/olivia'
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
        })) as any,
    });
    const access = createAccess({
      httpAuth: mockServices.httpAuth(),
      auth: mockServices.auth(),
      permissions,
      catalog,
      selection: defaultMlServiceSelection,
      visibility: {} as ScorecardVisibility,
    });
    const synced: string[] = [];
    const service = new AssessmentService({
      model,
      staleAfterDays: 90,
      submissionsPerEntityPerHour,
      reviewPolicy: { requiredFromLevel: 3, exemptionsRequireApproval },
      assessments: stores.assessments,
      drafts: stores.drafts,
      retention: stores.retention,
      access,
      targets: new TargetResolver({
        catalog,
        auth: mockServices.auth(),
        targets: [],
      }),
      sync: {
        syncOne: async entity => {
          synced.push(entity.metadata.name);
        },
      },
      logger: mockServices.logger.mock(),
    });
    return { service, synced, stores };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it("submits an owner's complete answers, scored, and refreshes the scorecard row", async () => {
      const { service, synced } = await setup(databaseId);
      const saved = await service.submit(OWNER, REF, {
        baseRevision: null,
        answers: uniformAnswers(2),
      });
      expect(saved).toMatchObject({
        revision: 1,
        author: 'user:default/olivia',
        stale: false,
        staleAfterDays: 90,
        result: { level: 2, score: 2 },
      });
      expect(synced).toEqual(['ranker']);
      expect(await service.current(OTHER, REF)).toEqual(saved);
    });

    it('opens review requests under its policy with each submission', async () => {
      const id = { entityRef: REF, entityUid: 'uid-ranker' };
      const na = { notApplicable: true as const, reason: 'Batch only' };
      const answers = {
        ...uniformAnswers(2),
        'data-management': { level: 3 as const },
        testing: na,
      };
      const plain = await setup(databaseId);
      await plain.service.submit(OWNER, REF, { baseRevision: null, answers });
      expect(
        (await plain.stores.reviews.reviewsOf(id)).map(r => [
          r.questionId,
          r.kind,
          r.status,
          r.requestedBy,
        ]),
      ).toEqual([['data-management', 'level', 'pending', OWNER_REF]]);

      const strict = await setup(databaseId, 10, true);
      await strict.service.submit(OWNER, REF, { baseRevision: null, answers });
      expect(
        (await strict.stores.reviews.reviewsOf(id)).map(r => r.questionId),
      ).toEqual(['data-management', 'testing']);
    });

    it('refuses a non-owner and incomplete answers, writing nothing', async () => {
      const { service, synced } = await setup(databaseId);
      await expect(
        service.submit(OTHER, REF, {
          baseRevision: null,
          answers: uniformAnswers(2),
        }),
      ).rejects.toThrow(
        'You may not update the maturity assessment of component:default/ranker; only its owners (team-a) may',
      );
      const { 'data-management': _dropped, ...incomplete } = uniformAnswers(2);
      await expect(
        service.submit(OWNER, REF, { baseRevision: null, answers: incomplete }),
      ).rejects.toThrow('answers.data-management');
      expect(await service.current(OWNER, REF)).toBeUndefined();
      expect(synced).toEqual([]);
    });

    it('answers 429 with the seconds to wait once the hourly share is used', async () => {
      const { service } = await setup(databaseId, 2);
      await service.submit(OWNER, REF, {
        baseRevision: null,
        answers: uniformAnswers(1),
      });
      await service.submit(OWNER, REF, {
        baseRevision: 1,
        answers: uniformAnswers(2),
      });
      const refused = await service
        .submit(OWNER, REF, { baseRevision: 2, answers: uniformAnswers(3) })
        .catch(e => e);
      expect(refused).toBeInstanceOf(TooManyRequestsError);
      expect(refused.retryAfterSeconds).toBeGreaterThan(3500);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
      expect((await service.current(OWNER, REF))!.revision).toBe(2);
    });

    it('merges answers into the draft over the current answers, and names a missing revision', async () => {
      const { service } = await setup(databaseId);
      await service.submit(OWNER, REF, {
        baseRevision: null,
        answers: uniformAnswers(1),
      });
      const draft = await service.mergeIntoDraft(OWNER, REF, {
        'data-management': { level: 3 },
      });
      expect(draft).toMatchObject({ version: 1, baseRevision: 1 });
      expect(draft.answers).toEqual({
        ...uniformAnswers(1),
        'data-management': { level: 3 },
      });
      await expect(service.revisionPair(OTHER, REF, 1, 2)).rejects.toThrow(
        'component:default/ranker has no revision 2',
      );
      const [from, to] = await service.revisionPair(OTHER, REF, 1, undefined);
      expect([from.revision, to.revision]).toEqual([1, 1]);
    });
  });
});
