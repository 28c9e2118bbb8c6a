import {
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import {
  asAdmin,
  asOther,
  asOwner,
  ENTITIES,
  OWNER,
} from '../__testUtils__/testBackend';
import {
  API,
  CHURN,
  pluginPerTest,
  snapshot,
} from '../__testUtils__/routeRequests';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(60_000);

const answers = uniformAnswers;

describe('assessmentRoutes', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);
    const { submit } = run;

    it('lets an owner submit and anyone read the result, its history and revisions', async () => {
      const first = await submit(null);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        entityRef: 'component:default/churn-model',
        revision: 1,
        author: OWNER,
        stale: false,
        staleAfterDays: 30,
        result: { official: true, score: 2, level: 2, gatedLevel: 2 },
      });
      const second = await submit(1, { baseRevision: 1, answers: answers(3) });
      expect(second.body.revision).toBe(2);
      expect(second.body.result).toEqual(computeScore(model, answers(3)));

      const current = await request(run.plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(current.status).toBe(200);
      expect(current.body).toMatchObject({ revision: 2, answers: answers(3) });

      const history = await request(run.plugin.server)
        .get(`${CHURN}/history`)
        .set('Authorization', asOther);
      expect(
        history.body.items.map((h: any) => [h.revision, h.level, h.author]),
      ).toEqual([
        [2, 3, OWNER],
        [1, 2, OWNER],
      ]);
      const limited = await request(run.plugin.server)
        .get(`${CHURN}/history?limit=1`)
        .set('Authorization', asOther);
      expect(limited.body.items).toHaveLength(1);

      const revision1 = await request(run.plugin.server)
        .get(`${CHURN}/revisions/1`)
        .set('Authorization', asOther);
      expect(revision1.body).toMatchObject({
        revision: 1,
        answers: answers(2),
      });
      const revision9 = await request(run.plugin.server)
        .get(`${CHURN}/revisions/9`)
        .set('Authorization', asOther);
      expect(revision9.status).toBe(404);

      expect(
        run.plugin.auditEvents.filter(e => e.eventId === 'assessment-submit'),
      ).toEqual([
        expect.objectContaining({
          outcome: 'success',
          meta: { entityRef: 'component:default/churn-model' },
        }),
        expect.objectContaining({ outcome: 'success' }),
      ]);
    });

    it('answers 204 for an entity without assessment and 404 for one not in the catalog', async () => {
      const none = await request(run.plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(none.status).toBe(204);
      expect(none.text).toBe('');
      const unknown = await request(run.plugin.server)
        .get(`${API}/assessments/component/default/ghost`)
        .set('Authorization', asOther);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toBe(
        'Entity component:default/ghost is not in the catalog',
      );
    });

    it('refuses non-owners with 403 and writes nothing', async () => {
      const before = await snapshot(run.knex);
      const res = await submit(null, undefined, asOther);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('only its owners (team-a) may');
      const draft = await request(run.plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', asOther)
        .send({ draftVersion: null, baseRevision: null, answers: {} });
      expect(draft.status).toBe(403);
      const read = await request(run.plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOther);
      expect(read.status).toBe(403);
      const del = await request(run.plugin.server)
        .delete(`${CHURN}/draft`)
        .set('Authorization', asOther);
      expect(del.status).toBe(403);
      expect(await snapshot(run.knex)).toEqual(before);
      expect(run.plugin.auditEvents.map(e => [e.eventId, e.outcome])).toEqual([
        ['assessment-submit', 'fail'],
        ['assessment-draft-save', 'fail'],
        ['assessment-draft-read', 'fail'],
        ['assessment-draft-delete', 'fail'],
      ]);
    });

    it('answers 409 to a stale write and keeps the current revision', async () => {
      await submit(null);
      await submit(1, { baseRevision: 1, answers: answers(3) });
      const before = await snapshot(run.knex);
      for (const base of [null, 1, 7]) {
        const res = await submit(base, {
          baseRevision: base,
          answers: answers(4),
        });
        expect(res.status).toBe(409);
        expect(res.body.error.name).toBe('ConflictError');
        expect(res.body.error.current).toMatchObject({
          revision: 2,
          author: OWNER,
        });
      }
      expect(await snapshot(run.knex)).toEqual(before);
      const current = await request(run.plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(current.body.revision).toBe(2);
    });

    const saveDraft = (draftVersion: number | null, auth = asOwner) =>
      request(run.plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', auth)
        .send({ draftVersion, baseRevision: null, answers: answers(1) });

    it('takes the current answers back unchanged as the next revision (Confirm unchanged), no longer stale', async () => {
      const [naQuestion, notedQuestion] = model.questions;
      const stored = {
        ...answers(2),
        [naQuestion.id]: {
          notApplicable: true,
          reason: 'No team of its own.',
          note: 'Since 2024.',
        },
        [notedQuestion.id]: {
          level: 3,
          note: 'Agreed at the retro.',
          evidence: [{ title: 'Runbook', url: 'https://wiki.example/rb' }],
        },
      };
      expect(
        (await submit(null, { baseRevision: null, answers: stored })).status,
      ).toBe(200);
      // Submitted 60 days ago: stale after 30.
      const longAgo = new Date(Date.now() - 60 * 86_400_000);
      await run
        .knex('mlops_maturity_revisions')
        .update({ created_at: longAgo });
      await run.knex('mlops_maturity_current').update({ updated_at: longAgo });
      const current = await request(run.plugin.server)
        .get(CHURN)
        .set('Authorization', asOwner);
      expect(current.body).toMatchObject({ revision: 1, stale: true });

      // What the tab sends: the stored answers as read, on the revision read.
      const confirmed = await submit(1, {
        baseRevision: current.body.revision,
        answers: current.body.answers,
      });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({
        revision: 2,
        author: OWNER,
        stale: false,
        answers: stored,
        result: current.body.result,
      });
      const history = await request(run.plugin.server)
        .get(`${CHURN}/history`)
        .set('Authorization', asOther);
      expect(
        history.body.items.map((h: any) => [h.revision, h.score, h.level]),
      ).toEqual([
        [2, current.body.result.score, current.body.result.level],
        [1, current.body.result.score, current.body.result.level],
      ]);
      expect(
        run.plugin.auditEvents.filter(
          e => e.eventId === 'assessment-submit' && e.outcome === 'success',
        ),
      ).toHaveLength(2);
    });

    it('answers 429 with Retry-After once an entity had its submissions for the hour', async () => {
      await run.restart({
        mlopsMaturity: { limits: { submissionsPerEntityPerHour: 2 } },
      });
      expect((await submit(null)).status).toBe(200);
      expect((await submit(1)).status).toBe(200);
      const before = await snapshot(run.knex);
      const limited = await submit(2);
      expect(limited.status).toBe(429);
      expect(limited.body.error.message).toContain(
        'at most 2 submissions per hour',
      );
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(await snapshot(run.knex)).toEqual(before);
      // Another entity has its own allowance.
      const ranker = await request(run.plugin.server)
        .put(`${API}/assessments/component/default/ranker`)
        .set('Authorization', asOwner)
        .send({ baseRevision: null, answers: answers(1) });
      expect(ranker.status).toBe(200);
    });

    it('lets only an admin purge an entity, audited', async () => {
      await submit(null);
      await saveDraft(null);
      const refused = await request(run.plugin.server)
        .delete(CHURN)
        .set('Authorization', asOwner);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('mlops.maturity.admin');
      expect((await snapshot(run.knex)).mlops_maturity_revisions).toHaveLength(
        1,
      );

      const purged = await request(run.plugin.server)
        .delete(CHURN)
        .set('Authorization', asAdmin);
      expect(purged.status).toBe(200);
      expect(purged.body).toEqual({
        entityRef: 'component:default/churn-model',
        revisions: 1,
        drafts: 1,
      });
      expect(await snapshot(run.knex)).toEqual({
        mlops_maturity_revisions: [],
        mlops_maturity_current: [],
        mlops_maturity_drafts: [],
      });
      expect(
        run.plugin.auditEvents
          .filter(e => e.eventId === 'assessment-purge')
          .map(e => e.outcome),
      ).toEqual(['fail', 'success']);
    });

    it("shows a re-registered entity none of the deleted one's data", async () => {
      await submit(null);
      await saveDraft(null);
      // component:default/churn-model was deleted and registered again: a new uid.
      await run.restart(
        {},
        ENTITIES.map(e =>
          e.metadata.name === 'churn-model'
            ? { ...e, metadata: { ...e.metadata, uid: 'uid-churn-model-2' } }
            : e,
        ),
      );
      const current = await request(run.plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(current.status).toBe(204);
      const history = await request(run.plugin.server)
        .get(`${CHURN}/history`)
        .set('Authorization', asOther);
      expect(history.body.items).toEqual([]);
      const revision = await request(run.plugin.server)
        .get(`${CHURN}/revisions/1`)
        .set('Authorization', asOther);
      expect(revision.status).toBe(404);
      const draft = await request(run.plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(draft.status).toBe(204);
      await run.plugin.syncCatalog();
      const scorecard = await request(run.plugin.server)
        .get(`${API}/scorecard?q=churn`)
        .set('Authorization', asOther);
      expect(scorecard.body.items[0]).toMatchObject({ assessed: false });

      // Its own first assessment is revision 1; the old one is kept apart.
      expect((await submit(null)).body.revision).toBe(1);
      expect((await snapshot(run.knex)).mlops_maturity_revisions).toHaveLength(
        2,
      );
    });
  });
});
