import {
  AssessmentAnswers,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  assessmentStores,
  ENTITY,
  RECREATED,
} from '../__testUtils__/assessmentFixtures';
import { service } from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';
import { ReviewStore } from './ReviewStore';

jest.setTimeout(60_000);

const [q1, q2, q3] = model.questions.map(q => q.id);
const na = { notApplicable: true as const, reason: 'No live traffic' };
const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-12-01T09:00:00.000Z');
const day = (n: number) => new Date(T0.getTime() + n * DAY);
const STRICT = {
  requiredFromLevel: 3 as const,
  exemptionsRequireApproval: true,
};
const ANSWERS: AssessmentAnswers = { [q1]: na, [q2]: na, [q3]: { level: 1 } };

/** Both N/As submitted on day 0, approved on day 1 until day 10 and day 100. */
async function approvedExemptions(
  reviews: ReviewStore,
  knex: any,
  id = ENTITY,
) {
  await reviews.syncForRevision(knex, {
    ...id,
    revision: 1,
    author: 'user:default/owner',
    at: day(0),
    answers: ANSWERS,
    policy: STRICT,
  });
  for (const [questionId, until] of [
    [q1, 10],
    [q2, 100],
  ] as const) {
    await reviews.decide({
      ...id,
      questionId,
      expectedRequestedRevision: 1,
      decision: 'approved',
      decidedBy: 'user:default/rita',
      at: day(1),
      expiresAt: day(until),
    });
  }
}

describe('ReviewStore exemptions', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('asks again for an expired exemption when the N/A is submitted again, and keeps one still valid', async () => {
      const { knex, reviews } = await assessmentStores(databases, databaseId);
      await approvedExemptions(reviews, knex);

      const resubmit = (revision: number, at: Date) =>
        reviews.syncForRevision(knex, {
          ...ENTITY,
          revision,
          author: 'user:default/owner',
          at,
          answers: ANSWERS,
          policy: STRICT,
        });
      // Before either expires, both approvals stand.
      expect(await resubmit(2, day(5))).toEqual({
        opened: [],
        kept: [q1, q2].sort(),
        dropped: [],
      });
      // On day 10 the first has expired: submitting it again asks anew.
      expect(await resubmit(3, day(10))).toEqual({
        opened: [q1],
        kept: [q2],
        dropped: [],
      });
      const byQuestion = new Map(
        (await reviews.reviewsOf(ENTITY)).map(r => [r.questionId, r]),
      );
      expect(byQuestion.get(q1)).toMatchObject({
        status: 'pending',
        requestedRevision: 3,
        expiresAt: null,
      });
      expect(byQuestion.get(q2)).toMatchObject({
        status: 'approved',
        expiresAt: day(100).toISOString(),
      });
    });

    it("lists the scorecard's services whose approved exemptions have expired", async () => {
      const { knex, reviews, mlServices } = await assessmentStores(
        databases,
        databaseId,
      );
      await approvedExemptions(reviews, knex);
      // The same ref re-created: the scorecard lists the new entity only.
      await approvedExemptions(reviews, knex, RECREATED);
      const other = service('other-model', 'team-a');
      await approvedExemptions(reviews, knex, other);
      await mlServices.replaceAll([
        service('fraud-scoring-service', 'team-a', { ...RECREATED }),
        other,
      ]);

      expect(await reviews.expiredExemptions(day(9))).toEqual(new Map());
      const expired = await reviews.expiredExemptions(day(100));
      expect([...expired.keys()].sort()).toEqual(
        [ENTITY.entityRef, other.entityRef].sort(),
      );
      expect(expired.get(other.entityRef)).toEqual({
        questionIds: [q1, q2].sort(),
        firstExpiredAt: day(10).toISOString(),
      });
      // Deleting the old entity's rows changes nothing: only the listed uid counts.
      await knex('mlops_maturity_answer_reviews')
        .where({ entity_uid: ENTITY.entityUid })
        .delete();
      expect(
        (await reviews.expiredExemptions(day(50))).get(ENTITY.entityRef),
      ).toEqual({ questionIds: [q1], firstExpiredAt: day(10).toISOString() });
    });
  });
});
