import { mockCredentials } from '@backstage/backend-test-utils';
import { AssessmentAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import {
  ENTITIES,
  evidenceModule,
  tool,
} from '../__testUtils__/evidenceShareFixtures';
import {
  confidentialPolicy,
  RealCatalogBackend,
  startRealCatalogBackend,
  TEAM_MEMBERSHIPS,
  testUser,
} from '../__testUtils__/realCatalogBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(180_000);

/*
 * The verified level follows the evidence: written at submission from the
 * signals measured then, by the catalog sync when the evidence changes, and
 * by the verification task when a provider failed meanwhile.
 */
describe('the verified level and the evidence', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;

    const submit = async (name: string, answers: AssessmentAnswers) => {
      const path = `/api/mlops-maturity/assessments/component/default/${name}`;
      const auth = mockCredentials.user.header(testUser('olivia'));
      const current = await request(app.server)
        .get(path)
        .set('Authorization', auth);
      const res = await request(app.server)
        .put(path)
        .set('Authorization', auth)
        .send({
          baseRevision: current.status === 200 ? current.body.revision : null,
          answers,
        });
      expect(res.status).toBe(200);
    };
    const verified = async (name: string) =>
      app
        .knex('mlops_maturity_entities')
        .where('entity_ref', `component:default/${name}`)
        .first(
          'revision',
          'verified_level',
          'verified_gaps',
          'verified_revision',
        );

    // The annotations show training-automation at 3 and model-monitoring at 1.
    const ANSWERS: AssessmentAnswers = {
      ...uniformAnswers(2),
      'training-automation': { level: 3 },
      'model-monitoring': { level: 3 },
    };

    beforeAll(async () => {
      tool.extra.clear();
      tool.down = false;
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        policy: confidentialPolicy,
        memberships: TEAM_MEMBERSHIPS,
        features: [evidenceModule],
      });
    });

    afterAll(async () => {
      tool.extra.clear();
      tool.down = false;
      await app?.backend.stop();
    });

    it('counts what the evidence backs at submission, and what it backs later at the next sync', async () => {
      await submit('ranker', ANSWERS);
      // model-monitoring at 3 on its owners' word awaits review.
      expect(await verified('ranker')).toMatchObject({
        verified_revision: 1,
        verified_gaps: 1,
      });
      tool.extra.set('ranker', [
        { questionId: 'model-monitoring', level: 3, title: 'Dashboards' },
      ]);
      await app.triggerSync();
      expect(await verified('ranker')).toMatchObject({
        verified_revision: 1,
        verified_gaps: 0,
      });
      // A sync whose provider fails keeps the figures.
      tool.extra.clear();
      tool.down = true;
      await app.triggerSync();
      expect((await verified('ranker')).verified_gaps).toBe(0);
      tool.down = false;
    });

    it('leaves a submission measured while a provider fails to the verification task', async () => {
      tool.down = true;
      await submit('speller', ANSWERS);
      expect(await verified('speller')).toMatchObject({
        revision: 1,
        verified_revision: null,
        verified_level: null,
      });
      await app.triggerTask('mlops-maturity-verification');
      expect((await verified('speller')).verified_revision).toBeNull();
      tool.down = false;
      await app.triggerTask('mlops-maturity-verification');
      // No signal for speller: both Level 3 answers await review.
      expect(await verified('speller')).toMatchObject({
        verified_revision: 1,
        verified_level: 2,
        verified_gaps: 2,
      });
    });
  });
});
