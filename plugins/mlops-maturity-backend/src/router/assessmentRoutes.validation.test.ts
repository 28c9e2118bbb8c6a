import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asOwner } from '../__testUtils__/testBackend';
import {
  API,
  CHURN,
  pluginPerTest,
  snapshot,
} from '../__testUtils__/routeRequests';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(60_000);

const answers = uniformAnswers;

describe('assessmentRoutes: validation', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);
    const { submit } = run;

    const complete = answers(2);
    const BAD_SUBMISSIONS: Array<[string, unknown, number, string]> = [
      ['a body that is not an object', [1, 2], 400, 'body'],
      ['no baseRevision', { answers: complete }, 400, 'body.baseRevision'],
      [
        'a string baseRevision',
        { baseRevision: '1', answers: complete },
        400,
        'body.baseRevision',
      ],
      [
        'a fractional baseRevision',
        { baseRevision: 1.5, answers: complete },
        400,
        'body.baseRevision',
      ],
      [
        'a zero baseRevision',
        { baseRevision: 0, answers: complete },
        400,
        'body.baseRevision',
      ],
      ['no answers', { baseRevision: null }, 400, 'body.answers'],
      [
        'an unknown top-level field',
        { baseRevision: null, answers: complete, score: 4 },
        400,
        'body.score',
      ],
      [
        'answers that are a list',
        { baseRevision: null, answers: [] },
        400,
        'answers',
      ],
      [
        'an unknown question',
        { baseRevision: null, answers: { ...complete, mystery: { level: 1 } } },
        400,
        'answers.mystery',
      ],
      [
        'a level out of range',
        { baseRevision: null, answers: { ...complete, testing: { level: 5 } } },
        400,
        'answers.testing.level',
      ],
      [
        'a fractional level',
        {
          baseRevision: null,
          answers: { ...complete, testing: { level: 1.5 } },
        },
        400,
        'answers.testing.level',
      ],
      [
        'N/A without a reason',
        {
          baseRevision: null,
          answers: { ...complete, testing: { notApplicable: true } },
        },
        400,
        'answers.testing.reason',
      ],
      [
        'a note over the limit',
        {
          baseRevision: null,
          answers: {
            ...complete,
            testing: { level: 1, note: 'x'.repeat(2001) },
          },
        },
        400,
        'answers.testing.note',
      ],
      [
        'an evidence URL that is not http(s)',
        {
          baseRevision: null,
          answers: {
            ...complete,
            testing: {
              level: 1,
              evidence: [{ title: 'x', url: 'ftp://files.example/x' }],
            },
          },
        },
        400,
        'answers.testing.evidence[0].url',
      ],
      [
        'a missing answer',
        { baseRevision: null, answers: { ...complete, rollback: undefined } },
        400,
        'answers.rollback',
      ],
      [
        'a dimension with only N/A',
        {
          baseRevision: null,
          answers: {
            ...complete,
            ...Object.fromEntries(
              [
                'model-monitoring',
                'alerting',
                'retraining',
                'cost-visibility',
              ].map(id => [id, { notApplicable: true, reason: 'n/a' }]),
            ),
          },
        },
        400,
        'answers',
      ],
    ];

    it.each(BAD_SUBMISSIONS)(
      'rejects %s with a 4xx naming the field, and writes nothing',
      async (_, body, status, field) => {
        await submit(null);
        const before = await snapshot(run.knex);
        const res = await submit(1, body);
        expect(res.status).toBe(status);
        expect(res.body.error.message).toContain(field);
        expect(await snapshot(run.knex)).toEqual(before);
      },
    );

    it('rejects malformed requests that never reach validation of answers', async () => {
      const before = await snapshot(run.knex);
      const cases: Array<[request.Test, number, string]> = [
        [
          request(run.plugin.server)
            .put(CHURN)
            .set('Authorization', asOwner)
            .set('Content-Type', 'application/json')
            .send('{"baseRevision":'),
          400,
          'not valid JSON',
        ],
        [
          request(run.plugin.server)
            .put(CHURN)
            .set('Authorization', asOwner)
            .set('Content-Type', 'text/plain')
            .send('hello'),
          400,
          'Content-Type: application/json',
        ],
        [
          request(run.plugin.server)
            .put(CHURN)
            .set('Authorization', asOwner)
            .send({
              baseRevision: null,
              answers: complete,
              padding: 'x'.repeat(600_000),
            }),
          413,
          'larger than the 512kb limit',
        ],
        [
          request(run.plugin.server)
            .put(`${API}/assessments/component/default/web-shop`)
            .set('Authorization', asOwner)
            .send({ baseRevision: null, answers: complete }),
          400,
          'is not an ML service',
        ],
        [
          request(run.plugin.server)
            .put(`${API}/assessments/component/default/ghost`)
            .set('Authorization', asOwner)
            .send({ baseRevision: null, answers: complete }),
          404,
          'not in the catalog',
        ],
        [
          request(run.plugin.server)
            .put(`${API}/assessments/component/default/bad%20name`)
            .set('Authorization', asOwner)
            .send({ baseRevision: null, answers: complete }),
          400,
          'path.name',
        ],
        [
          request(run.plugin.server)
            .put(`${API}/assessments/1component/default/x`)
            .set('Authorization', asOwner)
            .send({ baseRevision: null, answers: complete }),
          400,
          'path.kind',
        ],
        [
          request(run.plugin.server)
            .get(`${CHURN}/revisions/abc`)
            .set('Authorization', asOwner),
          400,
          'path.revision',
        ],
        [
          request(run.plugin.server)
            .get(`${CHURN}/history?limit=5000`)
            .set('Authorization', asOwner),
          400,
          'query.limit',
        ],
      ];
      for (const [pending, status, message] of cases) {
        const res = await pending;
        expect([res.status, res.body.error?.message]).toEqual([
          status,
          expect.stringContaining(message),
        ]);
      }
      expect(await snapshot(run.knex)).toEqual(before);
    });

    it('keeps a 400 small whatever the body held', async () => {
      const unknown = Object.fromEntries(
        Array.from({ length: 20_000 }, (_, i) => [`q${i}`, 1]),
      );
      const many = await submit(null, { baseRevision: null, answers: unknown });
      expect(many.status).toBe(400);
      expect(many.text.length).toBeLessThan(64 * 1024);
      expect(many.body.error.issues).toHaveLength(100);
      expect(many.body.error.unlistedIssues).toBe(19_900);
      expect(many.body.error.message).toContain(
        'and 19995 more issues (the first 100 are listed in error.issues)',
      );

      // One huge key of control characters (escaped six-fold in JSON).
      const key = '\\u0001'.repeat(80_000);
      const huge = await request(run.plugin.server)
        .put(CHURN)
        .set('Authorization', asOwner)
        .set('Content-Type', 'application/json')
        .send(`{"baseRevision":null,"answers":{"${key}":{"level":1}}}`);
      expect(huge.status).toBe(400);
      expect(huge.text.length).toBeLessThan(4 * 1024);
      const field: string = huge.body.error.issues[0].field;
      expect(field.startsWith('answers.\u0001')).toBe(true);
      expect(field.endsWith('… (80008 characters)')).toBe(true);
      expect(await snapshot(run.knex)).toEqual({
        mlops_maturity_revisions: [],
        mlops_maturity_current: [],
        mlops_maturity_drafts: [],
      });
    });
  });
});
