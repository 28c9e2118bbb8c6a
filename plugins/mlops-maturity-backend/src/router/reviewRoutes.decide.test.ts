import { mockCredentials } from '@backstage/backend-test-utils';
import { RealCatalogBackend } from '../__testUtils__/realCatalogBackend';
import {
  answersWith,
  assess,
  decide,
  itemNames,
  queue,
  startReviewBackend,
  user,
} from '../__testUtils__/reviewFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString();

describe('POST /reviews/:kind/:namespace/:name/:questionId', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    const decisions = async () =>
      Number(
        (await app.knex('mlops_maturity_review_decisions').count({ n: '*' }))[0]
          .n,
      );

    beforeAll(async () => {
      app = await startReviewBackend(databases, databaseId);
    });

    afterAll(async () => {
      await app?.backend.stop();
    });

    it('refuses self-review, non-reviewers and services with 403, before reading the body', async () => {
      const approve = { requestedRevision: 1, decision: 'approved' };
      // oscar reviews, but team B owns fraud-scorer.
      const own = await decide(app, 'oscar', 'fraud-scorer/testing', approve);
      expect(own.status).toBe(403);
      expect(own.body.error.message).toContain(
        'mlops.maturity.assessment.review',
      );
      const tim = await decide(app, 'tim', 'ranker/ab-testing', { bad: 1 });
      expect(tim.status).toBe(403);
      const service = await decide(
        app,
        mockCredentials.service.header(),
        'ranker/ab-testing',
        approve,
      );
      expect(service.status).toBe(403);
      expect(await decisions()).toBe(0);
    });

    it('answers 404 alike for an entity the caller may not read and an unknown one', async () => {
      const approve = { requestedRevision: 1, decision: 'approved' };
      const hidden = await decide(
        app,
        'rita',
        'secret-ranker/testing',
        approve,
      );
      const unknown = await decide(
        app,
        'rita',
        'no-such-model/testing',
        approve,
      );
      expect([hidden.status, unknown.status]).toEqual([404, 404]);
      expect(hidden.body.error.name).toBe(unknown.body.error.name);
      expect(hidden.body.error.message.replace('secret-ranker', 'X')).toBe(
        unknown.body.error.message.replace('no-such-model', 'X'),
      );
      expect(await decisions()).toBe(0);
    });

    it.each([
      [
        'no requestedRevision',
        'body.requestedRevision',
        { decision: 'approved' },
      ],
      [
        'a fractional revision',
        'body.requestedRevision',
        { requestedRevision: 1.5, decision: 'approved' },
      ],
      [
        'an unknown decision',
        'body.decision',
        { requestedRevision: 1, decision: 'maybe' },
      ],
      [
        'a rejection without comment',
        'body.comment',
        { requestedRevision: 1, decision: 'rejected' },
      ],
      [
        'a rejection with a blank comment',
        'body.comment',
        { requestedRevision: 1, decision: 'rejected', comment: '   ' },
      ],
      [
        'a comment over 2000 characters',
        'body.comment',
        {
          requestedRevision: 1,
          decision: 'rejected',
          comment: 'x'.repeat(2001),
        },
      ],
      [
        'an expiry that is no date',
        'body.expiresAt',
        { requestedRevision: 1, decision: 'approved', expiresAt: 'next week' },
      ],
      [
        'an unknown property',
        'body.by',
        { requestedRevision: 1, decision: 'approved', by: 'me' },
      ],
    ])('answers 400 to %s, naming %s', async (_label, field, body) => {
      const res = await decide(app, 'rita', 'ranker/ab-testing', body);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.field)).toEqual([field]);
      expect(await decisions()).toBe(0);
    });

    it('answers 400 to a question id that is not one', async () => {
      const res = await decide(app, 'rita', 'ranker/Not%20One', {
        requestedRevision: 1,
        decision: 'approved',
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('path.questionId');
    });

    it('decides a request once, and answers 409 to one a later revision replaced', async () => {
      // ranker's revision 2 changed data-management.
      const stale = await decide(app, 'rita', 'ranker/data-management', {
        requestedRevision: 1,
        decision: 'approved',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toContain('was replaced');

      const approved = await decide(app, 'rita', 'ranker/data-management', {
        requestedRevision: 2,
        decision: 'approved',
        comment: 'Lineage dashboards checked',
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toEqual({
        entityRef: 'component:default/ranker',
        questionId: 'data-management',
        kind: 'level',
        level: 4,
        status: 'approved',
        requestedRevision: 2,
        requestedAt: expect.any(String),
        requestedBy: user('olivia'),
        decidedRevision: 2,
        decidedBy: user('rita'),
        decidedAt: expect.any(String),
        comment: 'Lineage dashboards checked',
        expiresAt: null,
      });
      const again = await decide(app, 'oscar', 'ranker/data-management', {
        requestedRevision: 2,
        decision: 'rejected',
        comment: 'No',
      });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('approved already');
      expect(itemNames((await queue(app, 'rita')).body)).not.toContain(
        'ranker/data-management',
      );
      expect(await decisions()).toBe(1);
    });

    it('rejects with a comment, which an unchanged resubmission keeps', async () => {
      const rejected = await decide(app, 'oscar', 'churn-model/testing', {
        requestedRevision: 1,
        decision: 'rejected',
        comment: '  No test reports linked  ',
      });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        comment: 'No test reports linked',
        decidedBy: user('oscar'),
      });
      await assess(
        app,
        'churn-model',
        'olivia',
        1,
        answersWith({ testing: { level: 3 } }),
      );
      const [row] = await app
        .knex('mlops_maturity_answer_reviews')
        .where({ entity_ref: 'component:default/churn-model' });
      expect([row.status, Number(row.requested_revision)]).toEqual([
        'rejected',
        1,
      ]);
    });

    it('approves an N/A only with an expiry ahead, within exemptions.maxDays', async () => {
      const approve = (expiresAt?: string) =>
        decide(app, 'rita', 'fraud-scorer/rollback', {
          requestedRevision: 1,
          decision: 'approved',
          ...(expiresAt && { expiresAt }),
        });
      const none = await approve();
      expect([none.status, none.body.error.message]).toEqual([
        400,
        expect.stringContaining('expiresAt is required'),
      ]);
      const past = await approve(inDays(-1));
      expect([past.status, past.body.error.message]).toEqual([
        400,
        expect.stringContaining('body.expiresAt'),
      ]);
      const far = await approve(inDays(366));
      expect([far.status, far.body.error.message]).toEqual([
        400,
        expect.stringContaining('more than 365 days ahead'),
      ]);
      // An expiry belongs to an exemption only.
      const onLevel = await decide(app, 'rita', 'fraud-scorer/testing', {
        requestedRevision: 1,
        decision: 'approved',
        expiresAt: inDays(30),
      });
      expect(onLevel.status).toBe(400);
      expect(onLevel.body.error.message).toContain('expiresAt is only for');

      const expiresAt = inDays(30);
      const approved = await approve(expiresAt);
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        kind: 'not-applicable',
        status: 'approved',
        expiresAt,
      });
    });
  });
});
