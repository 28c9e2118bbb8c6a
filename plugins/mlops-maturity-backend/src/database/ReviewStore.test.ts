import { ConflictError, InputError } from '@backstage/errors';
import {
  AssessmentAnswers,
  defaultMaturityModel as model,
  verifiedAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { assessmentStores, ENTITY } from '../__testUtils__/assessmentFixtures';
import { createTestDatabases } from '../testUtils';
import { ReviewStore } from './ReviewStore';
import { ReviewSyncPolicy } from './reviewRows';

jest.setTimeout(60_000);

const [q1, q2, q3, q4] = model.questions.map(q => q.id);
const na = { notApplicable: true as const, reason: 'No models in production' };
const T0 = new Date('2026-12-10T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const POLICY: ReviewSyncPolicy = {
  requiredFromLevel: 3,
  exemptionsRequireApproval: false,
};
const REVIEWER = 'user:default/rita';

const sync = (
  reviews: ReviewStore,
  knex: Parameters<ReviewStore['syncForRevision']>[0],
  revision: number,
  answers: AssessmentAnswers,
  policy = POLICY,
) =>
  reviews.syncForRevision(knex, {
    ...ENTITY,
    revision,
    author: `user:default/owner-${revision}`,
    at: at(revision),
    answers,
    policy,
  });

const decide = (
  reviews: ReviewStore,
  questionId: string,
  expectedRequestedRevision: number,
  extra: Partial<Parameters<ReviewStore['decide']>[0]> = {},
) =>
  reviews.decide({
    ...ENTITY,
    questionId,
    expectedRequestedRevision,
    decision: 'approved',
    comment: 'Checked the dashboards',
    decidedBy: REVIEWER,
    at: at(30),
    ...extra,
  });

/** Each review as [question, kind, level, status, requested revision]. */
const states = async (reviews: ReviewStore) =>
  (await reviews.reviewsOf(ENTITY))
    .map(r => [r.questionId, r.kind, r.level, r.status, r.requestedRevision])
    .sort();

describe('ReviewStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('keeps the review of an unchanged answer, reopens a changed one and drops one lowered below the line', async () => {
      const { knex, reviews } = await assessmentStores(databases, databaseId);
      expect(
        await sync(reviews, knex, 1, {
          [q1]: { level: 3 },
          [q2]: { level: 4 },
          [q3]: { level: 2 },
          [q4]: na,
        }),
      ).toEqual({ opened: [q1, q2].sort(), kept: [], dropped: [] });
      await decide(reviews, q1, 1);
      await decide(reviews, q2, 1, {
        decision: 'rejected',
        comment: 'No alerting behind this',
      });

      // Unchanged answers keep their decisions, whatever they were.
      expect(
        await sync(reviews, knex, 2, {
          [q1]: { level: 3, note: 'a new note changes no level' },
          [q2]: { level: 4 },
          [q3]: { level: 3 },
          [q4]: na,
        }),
      ).toEqual({ opened: [q3], kept: [q1, q2].sort(), dropped: [] });
      expect(await states(reviews)).toEqual(
        [
          [q1, 'level', 3, 'approved', 1],
          [q2, 'level', 4, 'rejected', 1],
          [q3, 'level', 3, 'pending', 2],
        ].sort(),
      );
      const rejected = (await reviews.reviewsOf(ENTITY)).find(
        r => r.questionId === q2,
      );
      expect(rejected).toMatchObject({
        comment: 'No alerting behind this',
        decidedBy: REVIEWER,
        decidedAt: at(30).toISOString(),
        decidedRevision: 1,
      });

      // A changed answer is pending again, its decision wiped; one lowered
      // below the line needs no review and loses its row.
      expect(
        await sync(reviews, knex, 3, {
          [q1]: { level: 4 },
          [q2]: { level: 2 },
          [q3]: { level: 3 },
        }),
      ).toEqual({ opened: [q1], kept: [q3], dropped: [q2] });
      const reopened = (await reviews.reviewsOf(ENTITY)).find(
        r => r.questionId === q1,
      );
      expect(reopened).toEqual({
        ...ENTITY,
        questionId: q1,
        kind: 'level',
        level: 4,
        status: 'pending',
        requestedRevision: 3,
        requestedAt: at(3).toISOString(),
        requestedBy: 'user:default/owner-3',
        decidedRevision: null,
        decidedBy: null,
        decidedAt: null,
        comment: null,
        expiresAt: null,
      });
      expect(await states(reviews)).toEqual(
        [
          [q1, 'level', 4, 'pending', 3],
          [q3, 'level', 3, 'pending', 2],
        ].sort(),
      );
      // The history keeps both decisions, newest first.
      expect(
        (await reviews.history(ENTITY)).map(d => [d.questionId, d.decision]),
      ).toEqual([
        [q2, 'rejected'],
        [q1, 'approved'],
      ]);
    });

    it('asks for approval of an N/A only when exemptions need it', async () => {
      const { knex, reviews } = await assessmentStores(databases, databaseId);
      const strict = { ...POLICY, exemptionsRequireApproval: true };
      expect(await sync(reviews, knex, 1, { [q1]: na })).toEqual({
        opened: [],
        kept: [],
        dropped: [],
      });
      expect(await sync(reviews, knex, 2, { [q1]: na }, strict)).toEqual({
        opened: [q1],
        kept: [],
        dropped: [],
      });
      expect(await states(reviews)).toEqual([
        [q1, 'not-applicable', null, 'pending', 2],
      ]);
      // An N/A with a new reason is the same exemption.
      expect(
        await sync(
          reviews,
          knex,
          3,
          { [q1]: { ...na, reason: 'Batch' } },
          strict,
        ),
      ).toMatchObject({ kept: [q1] });
      // The N/A turned into a level needing review: a new request.
      expect(
        await sync(reviews, knex, 4, { [q1]: { level: 3 } }, strict),
      ).toMatchObject({ opened: [q1] });
      expect(await states(reviews)).toEqual([[q1, 'level', 3, 'pending', 4]]);
      // Back to N/A while exemptions need no approval: nothing to review.
      expect(await sync(reviews, knex, 5, { [q1]: na })).toMatchObject({
        dropped: [q1],
      });
      expect(await states(reviews)).toEqual([]);
    });

    it('writes nothing when the submission it belongs to rolls back', async () => {
      const { knex, reviews } = await assessmentStores(databases, databaseId);
      const failed = await knex
        .transaction(async tx => {
          await sync(reviews, tx, 1, { [q1]: { level: 4 } });
          throw new Error('the revision insert failed');
        })
        .catch(e => e);
      expect(failed.message).toBe('the revision insert failed');
      expect(await reviews.reviewsOf(ENTITY)).toEqual([]);
    });

    it('takes a decision with its history row, and refuses a stale one writing nothing', async () => {
      const { knex, reviews } = await assessmentStores(databases, databaseId);
      await sync(reviews, knex, 1, { [q1]: { level: 3 }, [q2]: { level: 4 } });
      await sync(reviews, knex, 2, { [q1]: { level: 4 }, [q2]: { level: 4 } });

      // The reviewer saw q1's request of revision 1; revision 2 changed it.
      const replaced = await decide(reviews, q1, 1).catch(e => e);
      expect(replaced).toBeInstanceOf(ConflictError);
      expect(replaced.message).toContain(
        'revision 2 changed the answer (submitted by user:default/owner-2',
      );
      const gone = await decide(reviews, q3, 1).catch(e => e);
      expect(gone).toBeInstanceOf(ConflictError);
      expect(gone.message).toContain('no longer needs a review');
      expect(await reviews.history(ENTITY)).toEqual([]);
      expect((await states(reviews)).map(s => s[3])).toEqual([
        'pending',
        'pending',
      ]);

      // q2 is unchanged since revision 1: its request still stands.
      const decided = await decide(reviews, q2, 1);
      expect(decided).toMatchObject({
        questionId: q2,
        status: 'approved',
        decidedRevision: 1,
        decidedBy: REVIEWER,
        comment: 'Checked the dashboards',
      });
      expect(await reviews.reviewsOf(ENTITY)).toContainEqual(decided);
      expect(await reviews.history(ENTITY)).toEqual([
        {
          id: expect.any(Number),
          ...ENTITY,
          questionId: q2,
          revision: 1,
          kind: 'level',
          level: 4,
          decision: 'approved',
          comment: 'Checked the dashboards',
          decidedBy: REVIEWER,
          decidedAt: at(30).toISOString(),
          expiresAt: null,
        },
      ]);

      // Deciding it again (a second reviewer, or a double click) is stale too.
      const twice = await decide(reviews, q2, 1, {
        decision: 'rejected',
        decidedBy: 'user:default/other',
      }).catch(e => e);
      expect(twice).toBeInstanceOf(ConflictError);
      expect(twice.message).toContain(`was approved already by ${REVIEWER}`);
      expect(await reviews.history(ENTITY)).toHaveLength(1);
      expect(await reviews.reviewsOf(ENTITY)).toContainEqual(decided);
    });

    it('carries an approved exemption and its expiry into what the verified level reads', async () => {
      const { knex, reviews } = await assessmentStores(databases, databaseId);
      const strict = { ...POLICY, exemptionsRequireApproval: true };
      const answers: AssessmentAnswers = {
        [q1]: na,
        [q2]: na,
        [q3]: { level: 3 },
        [q4]: { level: 4 },
      };
      await sync(reviews, knex, 1, answers, strict);
      const expiresAt = new Date('2027-06-01T00:00:00.000Z');

      // An approved N/A must expire; nothing else takes an expiry.
      for (const [questionId, extra] of [
        [q1, {}],
        [q3, { expiresAt }],
        [q2, { decision: 'rejected', expiresAt }],
      ] as const) {
        await expect(decide(reviews, questionId, 1, extra)).rejects.toThrow(
          InputError,
        );
      }
      expect(await reviews.history(ENTITY)).toEqual([]);

      await decide(reviews, q1, 1, { expiresAt });
      await decide(reviews, q2, 1, { decision: 'rejected' });
      await decide(reviews, q3, 1);
      expect((await reviews.history(ENTITY))[2].expiresAt).toBe(
        expiresAt.toISOString(),
      );
      const verifications = await reviews.verificationsOf(ENTITY);
      expect(verifications).toEqual({
        [q1]: {
          exemption: { status: 'approved', expiresAt: expiresAt.toISOString() },
        },
        [q2]: { exemption: { status: 'rejected' } },
        [q3]: { trust: 'reviewed' },
      });

      // As the verified level counts them: the exemption holds until it expires.
      const counted = (now: Date) =>
        verifiedAnswers(model, answers, { answers: verifications, now })
          .gaps.map(g => [g.questionId, g.reason])
          .sort();
      expect(counted(new Date('2027-05-31T00:00:00.000Z'))).toEqual(
        [
          [q2, 'exemption-rejected'],
          [q4, 'awaits-review'],
        ].sort(),
      );
      expect(counted(expiresAt)).toEqual(
        [
          [q1, 'exemption-expired'],
          [q2, 'exemption-rejected'],
          [q4, 'awaits-review'],
        ].sort(),
      );
    });
  });
});
