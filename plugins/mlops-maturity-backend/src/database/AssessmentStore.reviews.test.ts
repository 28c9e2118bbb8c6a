import {
  AssessmentAnswers,
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { assessmentStores, ENTITY } from '../__testUtils__/assessmentFixtures';
import { createTestDatabases } from '../testUtils';
import { AssessmentStore } from './AssessmentStore';
import { ReviewStore } from './ReviewStore';
import { ReviewSyncPolicy } from './reviewRows';

jest.setTimeout(60_000);

const POLICY: ReviewSyncPolicy = {
  requiredFromLevel: 3,
  exemptionsRequireApproval: false,
};
const na = { notApplicable: true as const, reason: 'Batch scoring only' };
/** Level 2 everywhere but the answers given. */
const answersWith = (given: AssessmentAnswers): AssessmentAnswers => ({
  ...uniformAnswers(2),
  ...given,
});

const submit = (
  store: AssessmentStore,
  baseRevision: number | null,
  answers: AssessmentAnswers,
  reviewPolicy: ReviewSyncPolicy | null = POLICY,
) =>
  store.submit({
    ...ENTITY,
    baseRevision,
    model,
    answers,
    result: computeScore(model, answers),
    author: 'user:default/olivia',
    reviewPolicy: reviewPolicy ?? undefined,
  });

/** Each review as [question, kind, level, status, requested revision]. */
const states = async (reviews: ReviewStore) =>
  (await reviews.reviewsOf(ENTITY)).map(r => [
    r.questionId,
    r.kind,
    r.level,
    r.status,
    r.requestedRevision,
  ]);

describe('AssessmentStore with reviews', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('opens a request for a Level 3 answer, keeps an approval while unchanged and reopens a changed answer', async () => {
      const { assessments, reviews } = await assessmentStores(
        databases,
        databaseId,
      );
      await submit(assessments, null, answersWith({ testing: { level: 3 } }));
      expect(await states(reviews)).toEqual([
        ['testing', 'level', 3, 'pending', 1],
      ]);
      const [request] = await reviews.reviewsOf(ENTITY);
      expect(request.requestedBy).toBe('user:default/olivia');

      await reviews.decide({
        ...ENTITY,
        questionId: 'testing',
        expectedRequestedRevision: 1,
        decision: 'approved',
        decidedBy: 'user:default/rita',
        at: new Date(),
      });
      await submit(
        assessments,
        1,
        answersWith({ testing: { level: 3, note: 'same level, new note' } }),
      );
      expect(await states(reviews)).toEqual([
        ['testing', 'level', 3, 'approved', 1],
      ]);

      await submit(assessments, 2, answersWith({ testing: { level: 4 } }));
      expect(await states(reviews)).toEqual([
        ['testing', 'level', 4, 'pending', 3],
      ]);

      await submit(assessments, 3, answersWith({}));
      expect(await states(reviews)).toEqual([]);
    });

    it('opens a request for an N/A only when exemptions need approval', async () => {
      const { assessments, reviews } = await assessmentStores(
        databases,
        databaseId,
      );
      await submit(assessments, null, answersWith({ testing: na }));
      expect(await states(reviews)).toEqual([]);
      await submit(assessments, 1, answersWith({ testing: na }), {
        ...POLICY,
        exemptionsRequireApproval: true,
      });
      expect(await states(reviews)).toEqual([
        ['testing', 'not-applicable', null, 'pending', 2],
      ]);
    });

    it('leaves the reviews alone without a policy (the demo data)', async () => {
      const { assessments, reviews } = await assessmentStores(
        databases,
        databaseId,
      );
      await submit(
        assessments,
        null,
        answersWith({ testing: { level: 4 } }),
        null,
      );
      expect(await states(reviews)).toEqual([]);
    });

    it('writes no revision when the reviews cannot be brought in step', async () => {
      const { assessments, reviews } = await assessmentStores(
        databases,
        databaseId,
      );
      await submit(assessments, null, uniformAnswers(1));
      const failing = jest
        .spyOn(ReviewStore.prototype, 'syncForRevision')
        .mockRejectedValueOnce(new Error('the reviews table is locked'));
      try {
        await expect(
          submit(assessments, 1, answersWith({ testing: { level: 3 } })),
        ).rejects.toThrow('the reviews table is locked');
      } finally {
        failing.mockRestore();
      }
      const current = await assessments.getCurrent(ENTITY);
      expect(current?.revision).toBe(1);
      expect(await assessments.getRevision(ENTITY, 2)).toBeUndefined();
      expect(await states(reviews)).toEqual([]);
    });
  });
});
