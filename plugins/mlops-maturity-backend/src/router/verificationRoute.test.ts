import request from 'supertest';
import {
  mlServiceEntity,
  RealCatalogBackend,
  startRealCatalogBackend,
} from '../__testUtils__/realCatalogBackend';
import {
  answersWith,
  API,
  as,
  assess,
  decide,
  na,
  RANKER_FIRST,
  REVIEW_ENTITIES,
  REVIEW_MEMBERSHIPS,
  reviewPolicy,
} from '../__testUtils__/reviewFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

const DAY_MS = 24 * 60 * 60 * 1000;

const verification = (app: RealCatalogBackend, name: string, who: string) =>
  request(app.server)
    .get(`${API}/assessments/component/default/${name}/verification`)
    .set('Authorization', as(who));

describe('GET /assessments/:kind/:namespace/:name/verification', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    const row = async (name: string) =>
      app
        .knex('mlops_maturity_entities')
        .where('entity_ref', `component:default/${name}`)
        .first(
          'revision',
          'score',
          'verified_score',
          'verified_level',
          'verified_gaps',
          'verified_revision',
          'verified_until',
        );

    beforeAll(async () => {
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: [...REVIEW_ENTITIES, mlServiceEntity('idle-model', 'team-a')],
        policy: reviewPolicy,
        memberships: REVIEW_MEMBERSHIPS,
        config: {
          mlopsMaturity: { review: { exemptions: { requireApproval: true } } },
        },
      });
      // ab-testing at Level 4 on its owners' word; data-management at 3
      // with an evidence link.
      await assess(app, 'ranker', 'olivia', null, answersWith(RANKER_FIRST));
      await assess(
        app,
        'fraud-scorer',
        'oscar',
        null,
        answersWith({ testing: { level: 3 }, rollback: na }),
      );
      await assess(
        app,
        'secret-ranker',
        'oscar',
        null,
        answersWith({ testing: { level: 3 } }),
      );
    });

    afterAll(async () => {
      await app?.backend.stop();
    });

    it('answers the claimed and verified level, the trust of each answer, the reviews and what the caller may do', async () => {
      const res = await verification(app, 'ranker', 'rita');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entityRef: 'component:default/ranker',
        revision: 1,
        policy: {
          requiredFromLevel: 3,
          exemptionsRequireApproval: true,
          exemptionMaxDays: 365,
        },
        verifiedLevel: 2,
        verifiedScore: 2.0625,
        gaps: [
          {
            questionId: 'ab-testing',
            claimed: 4,
            counted: 2,
            reason: 'awaits-review',
          },
        ],
        gapCounts: [{ reason: 'awaits-review', claimed: 4, count: 1 }],
        canReview: true,
        validUntil: null,
      });
      expect(res.body.claimedScore).toBeGreaterThan(2);
      expect(res.body.answers['data-management'].trust).toBe('evidence-backed');
      expect(res.body.answers['ab-testing']).toEqual({
        trust: 'self-reported',
        confirmedAt: expect.any(String),
      });
      expect(Object.keys(res.body.reviews).sort()).toEqual([
        'ab-testing',
        'data-management',
      ]);
      expect(res.body.reviews['ab-testing']).toMatchObject({
        status: 'pending',
        level: 4,
        requestedRevision: 1,
      });
      expect(res.body.reviews['ab-testing'].entityUid).toBeUndefined();
      expect(res.body.nextVerifiedLevel).toMatchObject({ targetLevel: 3 });
    });

    it('says whether the caller may review: never the owners, nor those the policy does not name', async () => {
      for (const [who, name, may] of [
        ['rita', 'ranker', true],
        ['oscar', 'ranker', true],
        ['olivia', 'ranker', false],
        ['tim', 'ranker', false],
        ['oscar', 'fraud-scorer', false],
      ] as const) {
        const res = await verification(app, name, who);
        expect([who, name, res.status, res.body.canReview]).toEqual([
          who,
          name,
          200,
          may,
        ]);
      }
    });

    it('answers 404 alike for an entity the caller may not read, one not assessed and an unknown one', async () => {
      const hidden = await verification(app, 'secret-ranker', 'olivia');
      expect(hidden.status).toBe(404);
      expect(JSON.stringify(hidden.body)).not.toContain('testing');
      expect((await verification(app, 'secret-ranker', 'oscar')).status).toBe(
        200,
      );
      const idle = await verification(app, 'idle-model', 'olivia');
      expect(idle.status).toBe(404);
      expect(idle.body.error.message).toContain('has not been assessed');
      expect((await verification(app, 'nothing-here', 'olivia')).status).toBe(
        404,
      );
    });

    it('stores the verified figures at submission, and a decision moves them', async () => {
      const before = await row('ranker');
      expect(before).toMatchObject({
        verified_revision: 1,
        verified_level: 2,
        verified_gaps: 1,
        verified_until: null,
      });
      expect(Number(before.verified_score)).toBe(2.0625);
      const approved = await decide(app, 'rita', 'ranker/ab-testing', {
        requestedRevision: 1,
        decision: 'approved',
      });
      expect(approved.status).toBe(200);
      const after = await row('ranker');
      expect(after).toMatchObject({ verified_revision: 1, verified_gaps: 0 });
      expect(Number(after.verified_score)).toBeCloseTo(Number(after.score), 9);
      const res = await verification(app, 'ranker', 'olivia');
      expect(res.body.answers['ab-testing'].trust).toBe('reviewed');
      expect(res.body.gaps).toEqual([]);
      expect(res.body.verifiedScore).toBeCloseTo(res.body.claimedScore, 9);
    });

    it('holds an approved exemption until it expires, on the row and in the answer', async () => {
      expect((await row('fraud-scorer')).verified_gaps).toBe(2);
      const expiresAt = new Date(Date.now() + 30 * DAY_MS).toISOString();
      const approved = await decide(app, 'rita', 'fraud-scorer/rollback', {
        requestedRevision: 1,
        decision: 'approved',
        expiresAt,
      });
      expect(approved.status).toBe(200);
      const stored = await row('fraud-scorer');
      expect(stored.verified_gaps).toBe(1);
      // Stored to the second, rounded up (MySQL keeps no milliseconds).
      expect(new Date(stored.verified_until).getTime()).toBe(
        Math.ceil(Date.parse(expiresAt) / 1000) * 1000,
      );
      const res = await verification(app, 'fraud-scorer', 'rita');
      expect(res.body.validUntil).toBe(expiresAt);
      expect(res.body.answers.rollback).toEqual({
        exemption: { status: 'approved', expiresAt },
      });
      expect(res.body.gapCounts).toEqual([
        { reason: 'awaits-review', claimed: 3, count: 1 },
      ]);
    });

    it('computes missing figures in the verification task (the backfill after an upgrade)', async () => {
      await app
        .knex('mlops_maturity_entities')
        .update({ verified_revision: null, verified_level: null });
      await app.triggerTask('mlops-maturity-verification');
      expect(await row('secret-ranker')).toMatchObject({
        verified_revision: 1,
        verified_level: 2,
        verified_gaps: 1,
      });
      expect((await row('idle-model')).verified_revision).toBeNull();
    });
  });
});
