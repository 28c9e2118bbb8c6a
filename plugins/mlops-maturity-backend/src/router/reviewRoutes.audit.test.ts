import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { API, pluginPerTest } from '../__testUtils__/routeRequests';
import { asAdmin } from '../__testUtils__/testBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(60_000);

const DECIDE = `${API}/reviews/component/default/churn-model/testing`;

describe('the audit of review decisions', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const started = pluginPerTest(databases, databaseId);

    it('records each decision and each refused one, and the queue read', async () => {
      await started.plugin.syncCatalog();
      const answers = { ...uniformAnswers(2), testing: { level: 3 } };
      expect(
        (await started.submit(null, { baseRevision: null, answers })).status,
      ).toBe(200);
      const decide = () =>
        request(started.plugin.server)
          .post(DECIDE)
          .set('Authorization', asAdmin)
          .send({ requestedRevision: 1, decision: 'approved' });
      expect((await decide()).status).toBe(200);
      expect((await decide()).status).toBe(409);
      const queue = await request(started.plugin.server)
        .get(`${API}/reviews`)
        .set('Authorization', asAdmin);
      expect(queue.status).toBe(200);

      const reviewEvents = started.plugin.auditEvents.filter(e =>
        e.eventId.startsWith('review-'),
      );
      const decision = {
        eventId: 'review-decide',
        severityLevel: 'medium',
        meta: {
          entityRef: 'component:default/churn-model',
          questionId: 'testing',
        },
      };
      expect(reviewEvents).toEqual([
        { ...decision, outcome: 'success' },
        { ...decision, outcome: 'fail' },
        {
          eventId: 'review-queue-read',
          severityLevel: 'low',
          meta: {},
          outcome: 'success',
        },
      ]);
    });
  });
});
