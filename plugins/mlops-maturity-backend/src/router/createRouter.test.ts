import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asOther, asOwner } from '../__testUtils__/testBackend';
import {
  API,
  CHURN,
  pluginPerTest,
  snapshot,
} from '../__testUtils__/routeRequests';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(60_000);

const answers = uniformAnswers;

describe('createRouter', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);
    const { submit } = run;

    it('answers 401 on every route without credentials', async () => {
      const routes: Array<[string, string]> = [
        ['get', `${API}/model`],
        ['get', CHURN],
        ['put', CHURN],
        ['delete', CHURN],
        ['get', `${CHURN}/history`],
        ['get', `${CHURN}/revisions/1`],
        ['get', `${CHURN}/draft`],
        ['put', `${CHURN}/draft`],
        ['delete', `${CHURN}/draft`],
        ['get', `${API}/scorecard`],
        ['get', `${API}/scorecard/export`],
      ];
      for (const [method, path] of routes) {
        const res = await (request(run.plugin.server) as any)
          [method](path)
          .send({ baseRevision: null, answers: answers(1) });
        expect([method, path, res.status]).toEqual([method, path, 401]);
        const bad = await (request(run.plugin.server) as any)
          [method](path)
          .set('Authorization', mockCredentials.user.invalidHeader());
        expect([method, path, bad.status]).toEqual([method, path, 401]);
      }
      expect(await snapshot(run.knex)).toEqual({
        mlops_maturity_revisions: [],
        mlops_maturity_current: [],
        mlops_maturity_drafts: [],
      });
    });

    const complete = answers(2);

    it('answers 400, never 500, to integers no database column can hold', async () => {
      const cases: Array<[request.Test, string]> = [
        [
          submit(null, { baseRevision: 2 ** 31, answers: complete }),
          'body.baseRevision',
        ],
        [
          submit(null, {
            baseRevision: null,
            answers: complete,
            draftVersion: 1e20,
          }),
          'body.draftVersion',
        ],
        [
          request(run.plugin.server)
            .put(`${CHURN}/draft`)
            .set('Authorization', asOwner)
            .send({ draftVersion: 2 ** 31, baseRevision: null, answers: {} }),
          'body.draftVersion',
        ],
        [
          request(run.plugin.server)
            .get(`${CHURN}/revisions/99999999999`)
            .set('Authorization', asOwner),
          'path.revision',
        ],
        [
          request(run.plugin.server)
            .delete(`${CHURN}/draft?version=99999999999`)
            .set('Authorization', asOwner),
          'query.version',
        ],
        [
          request(run.plugin.server)
            .get(`${API}/scorecard?offset=99999999999`)
            .set('Authorization', asOwner),
          'query.offset',
        ],
      ];
      for (const [pending, field] of cases) {
        const res = await pending;
        expect([res.status, res.body.error.message]).toEqual([
          400,
          expect.stringContaining(field),
        ]);
      }
    });

    it('records reads in the audit log at low severity', async () => {
      await submit(null);
      await request(run.plugin.server).get(CHURN).set('Authorization', asOther);
      await request(run.plugin.server)
        .get(`${API}/scorecard`)
        .set('Authorization', asOther);
      expect(
        run.plugin.auditEvents
          .filter(
            e => e.eventId.endsWith('-read') || e.eventId.endsWith('-submit'),
          )
          .map(e => [e.eventId, e.severityLevel, e.outcome]),
      ).toEqual([
        // A write stays above the reads.
        ['assessment-submit', 'medium', 'success'],
        ['assessment-read', 'low', 'success'],
        ['scorecard-read', 'low', 'success'],
      ]);
    });
  });
});
