import { defaultMaturityModel as model } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asOther, asOwner, OWNER } from '../__testUtils__/testBackend';
import {
  API,
  CHURN,
  pluginPerTest,
  snapshot,
} from '../__testUtils__/routeRequests';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(60_000);

const answers = uniformAnswers;

describe('assessmentRoutes: drafts', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);
    const { submit } = run;

    it('keeps a draft per entity that may be incomplete but must be well-formed', async () => {
      const empty = await request(run.plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(empty.status).toBe(204);
      const saved = await request(run.plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', asOwner)
        .send({
          draftVersion: null,
          baseRevision: null,
          answers: { testing: { level: 3, note: 'canary soon' } },
        });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        version: 1,
        baseRevision: null,
        author: OWNER,
        modelVersion: model.version,
      });
      const read = await request(run.plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(read.body.answers).toEqual({
        testing: { level: 3, note: 'canary soon' },
      });

      const bad = await request(run.plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', asOwner)
        .send({
          draftVersion: 1,
          baseRevision: null,
          answers: { testing: { level: 9 } },
        });
      expect(bad.status).toBe(400);
      expect(bad.body.error.issues).toEqual([
        expect.objectContaining({
          field: 'answers.testing.level',
          questionId: 'testing',
        }),
      ]);
      expect(
        (
          await request(run.plugin.server)
            .get(`${CHURN}/draft`)
            .set('Authorization', asOwner)
        ).body.answers,
      ).toEqual({
        testing: { level: 3, note: 'canary soon' },
      });

      // A draft never counts: the scorecard still shows the service unassessed.
      await run.plugin.syncCatalog();
      const scorecard = await request(run.plugin.server)
        .get(`${API}/scorecard?q=churn`)
        .set('Authorization', asOther);
      expect(scorecard.body.items).toEqual([
        expect.objectContaining({ name: 'churn-model', assessed: false }),
      ]);

      expect(
        (
          await request(run.plugin.server)
            .delete(`${CHURN}/draft`)
            .set('Authorization', asOwner)
        ).status,
      ).toBe(204);
      expect(
        (
          await request(run.plugin.server)
            .get(`${CHURN}/draft`)
            .set('Authorization', asOwner)
        ).status,
      ).toBe(204);
    });

    const saveDraft = (draftVersion: number | null, auth = asOwner) =>
      request(run.plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', auth)
        .send({ draftVersion, baseRevision: null, answers: answers(1) });

    it("refuses a draft save based on an older version instead of overwriting a co-owner's draft", async () => {
      expect((await saveDraft(null)).body.version).toBe(1);
      expect((await saveDraft(1)).body.version).toBe(2);
      const before = await snapshot(run.knex);
      for (const stale of [1, null]) {
        const res = await saveDraft(stale);
        expect(res.status).toBe(409);
        expect(res.body.error.message).toContain(
          `version 2 was saved by ${OWNER}`,
        );
      }
      const discard = await request(run.plugin.server)
        .delete(`${CHURN}/draft?version=1`)
        .set('Authorization', asOwner);
      expect(discard.status).toBe(409);
      expect(await snapshot(run.knex)).toEqual(before);

      // The submission made from version 2 removes it with the revision.
      const submitted = await submit(null, {
        baseRevision: null,
        answers: answers(2),
        draftVersion: 2,
      });
      expect(submitted.status).toBe(200);
      const draft = await request(run.plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(draft.status).toBe(204);
    });

    it("keeps a co-owner's newer draft when a submission started from an older one", async () => {
      await saveDraft(null);
      await saveDraft(1);
      const submitted = await submit(null, {
        baseRevision: null,
        answers: answers(2),
        draftVersion: 1,
      });
      expect(submitted.status).toBe(200);
      const draft = await request(run.plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(draft.body.version).toBe(2);
    });
  });
});
