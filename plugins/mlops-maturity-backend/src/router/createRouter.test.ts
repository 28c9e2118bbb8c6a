import { mockCredentials } from '@backstage/backend-test-utils';
import {
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import {
  asAdmin,
  asOther,
  asOwner,
  ENTITIES,
  OWNER,
  startPlugin,
} from '../__testUtils__/testBackend';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(60_000);

const API = '/api/mlops-maturity';
const CHURN = `${API}/assessments/component/default/churn-model`;

const answers = uniformAnswers;

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

    it('answers 204 for an entity without assessment and 404 for one not in the catalog', async () => {
      const none = await request(plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(none.status).toBe(204);
      expect(none.text).toBe('');
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
        .send({ draftVersion: null, baseRevision: null, answers: {} });
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
        ['assessment-draft-read', 'fail'],
        ['assessment-draft-delete', 'fail'],
      ]);
    });

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
      'rejects %s with a 4xx naming the field, and writes nothing',
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
      expect(empty.status).toBe(204);
      const saved = await request(plugin.server)
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
      const read = await request(plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(read.body.answers).toEqual({
        testing: { level: 3, note: 'canary soon' },
      });

      const bad = await request(plugin.server)
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
      ).toBe(204);
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

    it('serves a page and the summary of its filter separately, as /scorecard serves them together', async () => {
      await plugin.syncCatalog();
      await submit(null);
      const get = (path: string) =>
        request(plugin.server)
          .get(`${API}${path}`)
          .set('Authorization', asOther);

      for (const filter of ['', 'owner=team-a', 'assessed=true', 'level=2']) {
        const both = await get(`/scorecard?${filter}&orderBy=name&order=asc`);
        const summary = await get(`/scorecard/summary?${filter}`);
        expect(summary.status).toBe(200);
        const { items, limit, offset, ...wholeSet } = both.body;
        expect(summary.body).toEqual(wholeSet);

        // Page by page, one row at a time, the pages add up to the set.
        const paged: string[] = [];
        for (let at = 0; ; at++) {
          const page = await get(
            `/scorecard/page?${filter}&orderBy=name&order=asc&limit=1&offset=${at}`,
          );
          expect(page.status).toBe(200);
          expect(page.body).toMatchObject({ limit: 1, offset: at });
          expect(page.body).not.toHaveProperty('totalCount');
          paged.push(...page.body.items.map((r: any) => r.entityRef));
          expect(page.body.hasMore).toBe(at + 1 < wholeSet.totalCount);
          if (!page.body.hasMore) break;
        }
        expect(paged).toEqual(items.map((r: any) => r.entityRef));
      }

      const badSummary = await get(
        '/scorecard/summary?orderBy=score&limit=5&level=9',
      );
      expect(badSummary.status).toBe(400);
      expect(
        badSummary.body.error.issues.map((i: any) => i.field).sort(),
      ).toEqual(['query.level.0', 'query.limit', 'query.orderBy']);
      const badPage = await get('/scorecard/page?limit=0&order=up');
      expect(badPage.status).toBe(400);
      expect(badPage.body.error.issues.map((i: any) => i.field).sort()).toEqual(
        ['query.limit', 'query.order'],
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
        'entity_ref,title,type,owner,system,domain,lifecycle,assessed,level,level_name,score,gated_level,weakest_dimension,raises_to_next_level,updated_at,updated_by,stale,target_level,target_met,evidence_share,evidence_backed,evidence_answered,evidence_suggests_higher',
      );
      // Every answer at 2: no weakest dimension, five raises to Level 3; no
      // evidence provider, so no evidence figures.
      expect(lines[1]).toMatch(
        /^component:default\/churn-model,churn model,ml-model,group:default\/team-a,system:default\/growth,domain:default\/commerce,production,true,2,Automated Training,2,2,,5,\d{4}-\d\d-\d\dT[\d:.]+Z,user:default\/olivia,false,,,,,,$/,
      );
      expect(lines[2]).toBe(
        'component:default/ranker,ranker,ml-service,group:default/team-a,system:default/growth,domain:default/commerce,production,false,,,,,,,,,false,,,,,,',
      );
      expect(lines[3]).toBe('');
      expect(lines).toHaveLength(4);
    });

    const saveDraft = (draftVersion: number | null, auth = asOwner) =>
      request(plugin.server)
        .put(`${CHURN}/draft`)
        .set('Authorization', auth)
        .send({ draftVersion, baseRevision: null, answers: answers(1) });

    it("refuses a draft save based on an older version instead of overwriting a co-owner's draft", async () => {
      expect((await saveDraft(null)).body.version).toBe(1);
      expect((await saveDraft(1)).body.version).toBe(2);
      const before = await snapshot(knex);
      for (const stale of [1, null]) {
        const res = await saveDraft(stale);
        expect(res.status).toBe(409);
        expect(res.body.error.message).toContain(
          `version 2 was saved by ${OWNER}`,
        );
      }
      const discard = await request(plugin.server)
        .delete(`${CHURN}/draft?version=1`)
        .set('Authorization', asOwner);
      expect(discard.status).toBe(409);
      expect(await snapshot(knex)).toEqual(before);

      // The submission made from version 2 removes it with the revision.
      const submitted = await submit(null, {
        baseRevision: null,
        answers: answers(2),
        draftVersion: 2,
      });
      expect(submitted.status).toBe(200);
      const draft = await request(plugin.server)
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
      const draft = await request(plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(draft.body.version).toBe(2);
    });

    it('answers 429 with Retry-After once an entity had its submissions for the hour', async () => {
      await plugin.backend.stop();
      plugin = await startPlugin(knex, {
        mlopsMaturity: { limits: { submissionsPerEntityPerHour: 2 } },
      });
      expect((await submit(null)).status).toBe(200);
      expect((await submit(1)).status).toBe(200);
      const before = await snapshot(knex);
      const limited = await submit(2);
      expect(limited.status).toBe(429);
      expect(limited.body.error.message).toContain(
        'at most 2 submissions per hour',
      );
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(await snapshot(knex)).toEqual(before);
      // Another entity has its own allowance.
      const ranker = await request(plugin.server)
        .put(`${API}/assessments/component/default/ranker`)
        .set('Authorization', asOwner)
        .send({ baseRevision: null, answers: answers(1) });
      expect(ranker.status).toBe(200);
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
      const huge = await request(plugin.server)
        .put(CHURN)
        .set('Authorization', asOwner)
        .set('Content-Type', 'application/json')
        .send(`{"baseRevision":null,"answers":{"${key}":{"level":1}}}`);
      expect(huge.status).toBe(400);
      expect(huge.text.length).toBeLessThan(4 * 1024);
      const field: string = huge.body.error.issues[0].field;
      expect(field.startsWith('answers.\u0001')).toBe(true);
      expect(field.endsWith('… (80008 characters)')).toBe(true);
      expect(await snapshot(knex)).toEqual({
        mlops_maturity_revisions: [],
        mlops_maturity_current: [],
        mlops_maturity_drafts: [],
      });
    });

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
          request(plugin.server)
            .put(`${CHURN}/draft`)
            .set('Authorization', asOwner)
            .send({ draftVersion: 2 ** 31, baseRevision: null, answers: {} }),
          'body.draftVersion',
        ],
        [
          request(plugin.server)
            .get(`${CHURN}/revisions/99999999999`)
            .set('Authorization', asOwner),
          'path.revision',
        ],
        [
          request(plugin.server)
            .delete(`${CHURN}/draft?version=99999999999`)
            .set('Authorization', asOwner),
          'query.version',
        ],
        [
          request(plugin.server)
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

    it('lets only an admin purge an entity, audited', async () => {
      await submit(null);
      await saveDraft(null);
      const refused = await request(plugin.server)
        .delete(CHURN)
        .set('Authorization', asOwner);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('mlops.maturity.admin');
      expect((await snapshot(knex)).mlops_maturity_revisions).toHaveLength(1);

      const purged = await request(plugin.server)
        .delete(CHURN)
        .set('Authorization', asAdmin);
      expect(purged.status).toBe(200);
      expect(purged.body).toEqual({
        entityRef: 'component:default/churn-model',
        revisions: 1,
        drafts: 1,
      });
      expect(await snapshot(knex)).toEqual({
        mlops_maturity_revisions: [],
        mlops_maturity_current: [],
        mlops_maturity_drafts: [],
      });
      expect(
        plugin.auditEvents
          .filter(e => e.eventId === 'assessment-purge')
          .map(e => e.outcome),
      ).toEqual(['fail', 'success']);
    });

    it("shows a re-registered entity none of the deleted one's data", async () => {
      await submit(null);
      await saveDraft(null);
      await plugin.backend.stop();
      // component:default/churn-model was deleted and registered again: a new uid.
      plugin = await startPlugin(
        knex,
        {},
        ENTITIES.map(e =>
          e.metadata.name === 'churn-model'
            ? { ...e, metadata: { ...e.metadata, uid: 'uid-churn-model-2' } }
            : e,
        ),
      );
      const current = await request(plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      expect(current.status).toBe(204);
      const history = await request(plugin.server)
        .get(`${CHURN}/history`)
        .set('Authorization', asOther);
      expect(history.body.items).toEqual([]);
      const revision = await request(plugin.server)
        .get(`${CHURN}/revisions/1`)
        .set('Authorization', asOther);
      expect(revision.status).toBe(404);
      const draft = await request(plugin.server)
        .get(`${CHURN}/draft`)
        .set('Authorization', asOwner);
      expect(draft.status).toBe(204);
      await plugin.syncCatalog();
      const scorecard = await request(plugin.server)
        .get(`${API}/scorecard?q=churn`)
        .set('Authorization', asOther);
      expect(scorecard.body.items[0]).toMatchObject({ assessed: false });

      // Its own first assessment is revision 1; the old one is kept apart.
      expect((await submit(null)).body.revision).toBe(1);
      expect((await snapshot(knex)).mlops_maturity_revisions).toHaveLength(2);
    });

    it('records reads in the audit log at low severity', async () => {
      await submit(null);
      await request(plugin.server).get(CHURN).set('Authorization', asOther);
      await request(plugin.server)
        .get(`${API}/scorecard`)
        .set('Authorization', asOther);
      expect(
        plugin.auditEvents
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
