import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AssessmentAnswers,
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  asOther,
  asOwner,
  OWNER,
  startPlugin,
} from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

const API = '/api/mlops-maturity';
const CHURN = `${API}/assessments/component/default/churn-model`;

const answers = (level: 0 | 1 | 2 | 3 | 4): AssessmentAnswers =>
  Object.fromEntries(model.questions.map(q => [q.id, { level }]));

const TABLES = [
  'mlops_maturity_revisions',
  'mlops_maturity_current',
  'mlops_maturity_drafts',
];

/** Every row of the tables a write can touch, to prove a rejected write changed nothing. */
async function snapshot(knex: Knex) {
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES)
    rows[table] = await knex(table).select().orderBy('entity_ref');
  return rows;
}

describe('createRouter', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let plugin: Awaited<ReturnType<typeof startPlugin>>;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      plugin = await startPlugin(knex, {
        mlopsMaturity: { staleAfterDays: 30 },
      });
    });

    afterEach(async () => {
      await plugin.backend.stop();
    });

    const submit = (
      base: number | null,
      body: unknown = undefined,
      auth = asOwner,
    ) =>
      request(plugin.server)
        .put(CHURN)
        .set('Authorization', auth)
        .send(body ?? { baseRevision: base, answers: answers(2) });

    it('serves the active model', async () => {
      const res = await request(plugin.server)
        .get(`${API}/model`)
        .set('Authorization', asOther);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(model);
      const pinned = await request(plugin.server)
        .get(`${API}/models/${model.id}/${model.version}`)
        .set('Authorization', asOther);
      expect(pinned.body.version).toBe(model.version);
      const missing = await request(plugin.server)
        .get(`${API}/models/${model.id}/9.9.9`)
        .set('Authorization', asOther);
      expect(missing.status).toBe(404);
    });

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

      const current = await request(plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(current.status).toBe(200);
      expect(current.body).toMatchObject({ revision: 2, answers: answers(3) });

      const history = await request(plugin.server)
        .get(`${CHURN}/history`)
        .set('Authorization', asOther);
      expect(
        history.body.items.map((h: any) => [h.revision, h.level, h.author]),
      ).toEqual([
        [2, 3, OWNER],
        [1, 2, OWNER],
      ]);
      const limited = await request(plugin.server)
        .get(`${CHURN}/history?limit=1`)
        .set('Authorization', asOther);
      expect(limited.body.items).toHaveLength(1);

      const revision1 = await request(plugin.server)
        .get(`${CHURN}/revisions/1`)
        .set('Authorization', asOther);
      expect(revision1.body).toMatchObject({
        revision: 1,
        answers: answers(2),
      });
      const revision9 = await request(plugin.server)
        .get(`${CHURN}/revisions/9`)
        .set('Authorization', asOther);
      expect(revision9.status).toBe(404);

      expect(
        plugin.auditEvents.filter(e => e.eventId === 'assessment-submit'),
      ).toEqual([
        expect.objectContaining({
          outcome: 'success',
          meta: { entityRef: 'component:default/churn-model' },
        }),
        expect.objectContaining({ outcome: 'success' }),
      ]);
    });

    it('answers 404 for an entity without assessment and for one not in the catalog', async () => {
      const none = await request(plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(none.status).toBe(404);
      expect(none.body.error.message).toBe(
        'component:default/churn-model has no maturity assessment yet',
      );
      const unknown = await request(plugin.server)
        .get(`${API}/assessments/component/default/ghost`)
        .set('Authorization', asOther);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toBe(
        'Entity component:default/ghost is not in the catalog',
      );
    });

    it('refuses non-owners with 403 and writes nothing', async () => {
      const before = await snapshot(knex);
      const res = await submit(null, undefined, asOther);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('only its owners (team-a) may');
      const draft = await request(plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', asOther)
        .send({ baseRevision: null, answers: {} });
      expect(draft.status).toBe(403);
      const read = await request(plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOther);
      expect(read.status).toBe(403);
      const del = await request(plugin.server)
        .delete(`${CHURN}/draft`)
        .set('Authorization', asOther);
      expect(del.status).toBe(403);
      expect(await snapshot(knex)).toEqual(before);
      expect(plugin.auditEvents.map(e => [e.eventId, e.outcome])).toEqual([
        ['assessment-submit', 'fail'],
        ['assessment-draft-save', 'fail'],
        ['assessment-draft-delete', 'fail'],
      ]);
    });

    it('answers 401 on every route without credentials', async () => {
      const routes: Array<[string, string]> = [
        ['get', `${API}/model`],
        ['get', CHURN],
        ['put', CHURN],
        ['get', `${CHURN}/history`],
        ['get', `${CHURN}/revisions/1`],
        ['get', `${CHURN}/draft`],
        ['put', `${CHURN}/draft`],
        ['delete', `${CHURN}/draft`],
        ['get', `${API}/scorecard`],
        ['get', `${API}/scorecard/export`],
      ];
      for (const [method, path] of routes) {
        const res = await (request(plugin.server) as any)
          [method](path)
          .send({ baseRevision: null, answers: answers(1) });
        expect([method, path, res.status]).toEqual([method, path, 401]);
        const bad = await (request(plugin.server) as any)
          [method](path)
          .set('Authorization', mockCredentials.user.invalidHeader());
        expect([method, path, bad.status]).toEqual([method, path, 401]);
      }
      expect(await snapshot(knex)).toEqual({
        mlops_maturity_revisions: [],
        mlops_maturity_current: [],
        mlops_maturity_drafts: [],
      });
    });

    it('answers 409 to a stale write and keeps the current revision', async () => {
      await submit(null);
      await submit(1, { baseRevision: 1, answers: answers(3) });
      const before = await snapshot(knex);
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
      expect(await snapshot(knex)).toEqual(before);
      const current = await request(plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(current.body.revision).toBe(2);
    });

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
      'rejects %s with %i naming %s, and writes nothing',
      async (_, body, status, field) => {
        await submit(null);
        const before = await snapshot(knex);
        const res = await submit(1, body);
        expect(res.status).toBe(status);
        expect(res.body.error.message).toContain(field);
        expect(await snapshot(knex)).toEqual(before);
      },
    );

    it('rejects malformed requests that never reach validation of answers', async () => {
      const before = await snapshot(knex);
      const cases: Array<[request.Test, number, string]> = [
        [
          request(plugin.server)
            .put(CHURN)
            .set('Authorization', asOwner)
            .set('Content-Type', 'application/json')
            .send('{"baseRevision":'),
          400,
          'not valid JSON',
        ],
        [
          request(plugin.server)
            .put(CHURN)
            .set('Authorization', asOwner)
            .set('Content-Type', 'text/plain')
            .send('hello'),
          400,
          'Content-Type: application/json',
        ],
        [
          request(plugin.server)
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
          request(plugin.server)
            .put(`${API}/assessments/component/default/web-shop`)
            .set('Authorization', asOwner)
            .send({ baseRevision: null, answers: complete }),
          400,
          'is not an ML service',
        ],
        [
          request(plugin.server)
            .put(`${API}/assessments/component/default/ghost`)
            .set('Authorization', asOwner)
            .send({ baseRevision: null, answers: complete }),
          404,
          'not in the catalog',
        ],
        [
          request(plugin.server)
            .put(`${API}/assessments/component/default/bad%20name`)
            .set('Authorization', asOwner)
            .send({ baseRevision: null, answers: complete }),
          400,
          'path.name',
        ],
        [
          request(plugin.server)
            .put(`${API}/assessments/1component/default/x`)
            .set('Authorization', asOwner)
            .send({ baseRevision: null, answers: complete }),
          400,
          'path.kind',
        ],
        [
          request(plugin.server)
            .get(`${CHURN}/revisions/abc`)
            .set('Authorization', asOwner),
          400,
          'path.revision',
        ],
        [
          request(plugin.server)
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
      expect(await snapshot(knex)).toEqual(before);
    });

    it('keeps a draft per entity that may be incomplete but must be well-formed', async () => {
      const empty = await request(plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(empty.status).toBe(404);
      const saved = await request(plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', asOwner)
        .send({
          baseRevision: null,
          answers: { testing: { level: 3, note: 'canary soon' } },
        });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        baseRevision: null,
        author: OWNER,
        modelVersion: model.version,
      });
      const read = await request(plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(read.body.answers).toEqual({
        testing: { level: 3, note: 'canary soon' },
      });

      const bad = await request(plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', asOwner)
        .send({ baseRevision: null, answers: { testing: { level: 9 } } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.issues).toEqual([
        expect.objectContaining({
          field: 'answers.testing.level',
          questionId: 'testing',
        }),
      ]);
      expect(
        (
          await request(plugin.server)
            .get(`${CHURN}/draft`)
            .set('Authorization', asOwner)
        ).body.answers,
      ).toEqual({
        testing: { level: 3, note: 'canary soon' },
      });

      // A draft never counts: the scorecard still shows the service unassessed.
      await plugin.syncCatalog();
      const scorecard = await request(plugin.server)
        .get(`${API}/scorecard?q=churn`)
        .set('Authorization', asOther);
      expect(scorecard.body.items).toEqual([
        expect.objectContaining({ name: 'churn-model', assessed: false }),
      ]);

      expect(
        (
          await request(plugin.server)
            .delete(`${CHURN}/draft`)
            .set('Authorization', asOwner)
        ).status,
      ).toBe(204);
      expect(
        (
          await request(plugin.server)
            .get(`${CHURN}/draft`)
            .set('Authorization', asOwner)
        ).status,
      ).toBe(404);
    });

    it('serves the scorecard from the synced catalog, filtered, sorted and paged', async () => {
      await plugin.syncCatalog();
      await submit(null);
      await request(plugin.server)
        .put(`${API}/assessments/component/default/ranker`)
        .set('Authorization', asOwner)
        .send({ baseRevision: null, answers: answers(4) });

      const all = await request(plugin.server)
        .get(`${API}/scorecard`)
        .set('Authorization', asOther);
      expect(all.status).toBe(200);
      expect(all.body.items.map((r: any) => [r.name, r.level])).toEqual([
        ['ranker', 4],
        ['churn-model', 2],
        ['fraud-scorer', null],
      ]);
      expect(all.body.items[1]).toMatchObject({
        owner: 'group:default/team-a',
        system: 'system:default/growth',
        domain: 'domain:default/commerce',
      });
      expect(all.body).toMatchObject({ totalCount: 3, limit: 50, offset: 0 });

      const teamA = await request(plugin.server)
        .get(
          `${API}/scorecard?owner=team-a&orderBy=name&order=asc&limit=1&offset=1`,
        )
        .set('Authorization', asOther);
      expect(teamA.body.items.map((r: any) => r.name)).toEqual(['ranker']);
      expect(teamA.body.totalCount).toBe(2);

      const levels = await request(plugin.server)
        .get(`${API}/scorecard?level=2&level=4&orderBy=score&order=asc`)
        .set('Authorization', asOther);
      expect(levels.body.items.map((r: any) => r.name)).toEqual([
        'churn-model',
        'ranker',
      ]);

      const unassessed = await request(plugin.server)
        .get(`${API}/scorecard?assessed=false`)
        .set('Authorization', asOther);
      expect(unassessed.body.items.map((r: any) => r.name)).toEqual([
        'fraud-scorer',
      ]);

      const bad = await request(plugin.server)
        .get(
          `${API}/scorecard?orderBy=rank&level=7&stale=maybe&owner=x/y/z&x=1`,
        )
        .set('Authorization', asOther);
      expect(bad.status).toBe(400);
      expect(bad.body.error.issues.map((i: any) => i.field).sort()).toEqual(
        [
          'query.level.0',
          'query.orderBy',
          'query.owner.0',
          'query.stale',
          'query.x',
        ].sort(),
      );
    });

    it('exports the filtered scorecard as RFC 4180 CSV', async () => {
      await plugin.syncCatalog();
      await submit(null);
      const res = await request(plugin.server)
        .get(
          `${API}/scorecard/export?owner=group:default/team-a&orderBy=name&order=asc`,
        )
        .set('Authorization', asOther);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="mlops-maturity-scorecard.csv"',
      );
      const lines = res.text.split('\r\n');
      expect(lines[0]).toBe(
        'entity_ref,title,type,owner,system,domain,lifecycle,assessed,level,level_name,score,gated_level,weakest_dimension,updated_at,updated_by,stale',
      );
      expect(lines[1]).toMatch(
        /^component:default\/churn-model,churn model,ml-model,group:default\/team-a,system:default\/growth,domain:default\/commerce,production,true,2,Automated Training,2,2,People & Process,\d{4}-\d\d-\d\dT[\d:.]+Z,user:default\/olivia,false$/,
      );
      expect(lines[2]).toBe(
        'component:default/ranker,ranker,ml-service,group:default/team-a,system:default/growth,domain:default/commerce,production,false,,,,,,,,false',
      );
      expect(lines[3]).toBe('');
      expect(lines).toHaveLength(4);
    });
  });
});
