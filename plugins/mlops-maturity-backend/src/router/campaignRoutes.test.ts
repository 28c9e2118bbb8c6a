import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { createTestDatabases } from '../testUtils';
import {
  ADMIN,
  asAdmin,
  asOther,
  asOwner,
  startPlugin,
} from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

const API = '/api/mlops-maturity';
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY).toISOString();

const LEVEL_2 = {
  title: 'Level 2 for team A',
  description: 'Every service of team A at Level 2',
  scope: { owner: ['team-a'] },
  goal: { kind: 'level', level: 2 },
  deadline: inDays(30),
};

describe('campaign routes', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let plugin: Awaited<ReturnType<typeof startPlugin>>;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      plugin = await startPlugin(knex);
      await plugin.syncCatalog();
    });

    afterEach(async () => {
      await plugin.backend.stop();
    });

    const create = (body: unknown, auth = asAdmin) =>
      request(plugin.server)
        .post(`${API}/campaigns`)
        .set('Authorization', auth)
        .send(body as object);
    const get = (path: string, auth = asOther) =>
      request(plugin.server).get(`${API}${path}`).set('Authorization', auth);
    const campaignRows = () => knex('mlops_maturity_campaigns').select();

    it('lets a holder of the manage permission create a campaign and anyone follow its progress', async () => {
      await request(plugin.server)
        .put(`${API}/assessments/component/default/churn-model`)
        .set('Authorization', asOwner)
        .send({ baseRevision: null, answers: uniformAnswers(2) });

      const created = await create(LEVEL_2);
      expect(created.status).toBe(201);
      const id = created.body.campaign.id;
      expect(created.body.campaign).toMatchObject({
        title: LEVEL_2.title,
        scope: { owner: ['group:default/team-a'] },
        goal: { kind: 'level', level: 2 },
        state: 'active',
        createdBy: ADMIN,
      });
      // team A: churn-model (Level 2, done) and ranker (not assessed); the
      // website is not an ML service.
      expect(created.body.progress).toMatchObject({
        inScope: 2,
        done: 1,
        remaining: 1,
        overdue: 0,
        doneShare: 0.5,
        teams: [{ owner: 'group:default/team-a', inScope: 2, done: 1 }],
      });

      const read = await get(`/campaigns/${id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(created.body);

      const list = await get('/campaigns');
      expect(list.body.items).toEqual([
        {
          campaign: created.body.campaign,
          progress: {
            inScope: 2,
            done: 1,
            remaining: 1,
            overdue: 0,
            doneShare: 0.5,
          },
        },
      ]);

      const history = await get(`/campaigns/${id}/history`);
      expect(history.status).toBe(200);
      expect(history.body).toEqual({
        inScope: 2,
        points: [{ date: new Date().toISOString().slice(0, 10), done: 1 }],
      });

      // The scorecard pages through the campaign's remaining services.
      const remaining = await get(
        `/scorecard/page?campaign=${id}&campaignDone=false`,
      );
      expect(remaining.body.items.map((r: any) => r.name)).toEqual(['ranker']);
      const summary = await get(`/scorecard/summary?campaign=${id}`);
      expect(summary.body.totalCount).toBe(2);

      const entity = await get(
        '/assessments/component/default/churn-model/campaigns',
      );
      expect(entity.body).toEqual({
        items: [
          { campaign: created.body.campaign, done: true, overdue: false },
        ],
      });
      const outside = await get(
        '/assessments/component/default/fraud-scorer/campaigns',
      );
      expect(outside.body).toEqual({ items: [] });

      expect(
        plugin.auditEvents.filter(e => e.eventId === 'campaign-create'),
      ).toEqual([expect.objectContaining({ outcome: 'success' })]);
    });

    it('refuses to create, change or close without the manage permission, and writes nothing', async () => {
      const refused = await create(LEVEL_2, asOwner);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'You may not create maturity campaigns: that needs the mlops.maturity.campaign.manage permission',
      );
      expect(await campaignRows()).toEqual([]);

      const { id } = (await create(LEVEL_2)).body.campaign;
      const before = await campaignRows();
      const patch = await request(plugin.server)
        .patch(`${API}/campaigns/${id}`)
        .set('Authorization', asOther)
        .send({ title: 'Mine now' });
      expect(patch.status).toBe(403);
      const close = await request(plugin.server)
        .post(`${API}/campaigns/${id}/close`)
        .set('Authorization', asOther);
      expect(close.status).toBe(403);
      expect(await campaignRows()).toEqual(before);

      const anonymous = await request(plugin.server)
        .post(`${API}/campaigns`)
        .send(LEVEL_2);
      expect(anonymous.status).toBe(401);
      const invalidToken = await request(plugin.server)
        .get(`${API}/campaigns`)
        .set('Authorization', mockCredentials.user.invalidHeader());
      expect(invalidToken.status).toBe(401);
      expect(
        plugin.auditEvents.filter(
          e => e.eventId === 'campaign-create' && e.outcome === 'fail',
        ),
      ).toHaveLength(1);
    });

    it('answers 400 naming the field for a campaign that does not make sense, and stores nothing', async () => {
      const cases: Array<[unknown, string]> = [
        [{ ...LEVEL_2, title: '  ' }, 'body.title'],
        [{ ...LEVEL_2, goal: { kind: 'level', level: 7 } }, 'body.goal.level'],
        [{ ...LEVEL_2, goal: { kind: 'perfect' } }, 'body.goal.kind'],
        [{ ...LEVEL_2, goal: undefined }, 'body.goal'],
        [{ ...LEVEL_2, deadline: 'next june' }, 'body.deadline'],
        [{ ...LEVEL_2, deadline: undefined }, 'body.deadline'],
        [{ ...LEVEL_2, deadline: inDays(-1) }, 'body.deadline'],
        [
          { ...LEVEL_2, startsAt: inDays(40), deadline: inDays(30) },
          'body.deadline',
        ],
        [{ ...LEVEL_2, deadline: inDays(800) }, 'body.deadline'],
        [{ ...LEVEL_2, scope: { owner: ['x/y/z'] } }, 'body.scope.owner.0'],
        [{ ...LEVEL_2, scope: { team: ['a'] } }, 'body.scope.team'],
        [{ ...LEVEL_2, scope: { tag: 'nlp' } }, 'body.scope.tag'],
        [{ ...LEVEL_2, colour: 'red' }, 'body.colour'],
        [[], 'body'],
      ];
      for (const [body, field] of cases) {
        const res = await create(body);
        expect([field, res.status]).toEqual([field, 400]);
        expect(res.body.error.issues.map((i: any) => i.field)).toContain(field);
        expect(res.body.error.message).toContain(field);
      }
      expect(await campaignRows()).toEqual([]);
    });

    it('changes an active campaign, refuses to change a closed one, and 404s an unknown one', async () => {
      const { id } = (await create(LEVEL_2)).body.campaign;
      const changed = await request(plugin.server)
        .patch(`${API}/campaigns/${id}`)
        .set('Authorization', asAdmin)
        .send({
          title: 'Reassess everything',
          goal: { kind: 'reassess' },
          scope: {},
        });
      expect(changed.status).toBe(200);
      expect(changed.body.campaign).toMatchObject({
        title: 'Reassess everything',
        goal: { kind: 'reassess' },
        scope: {},
      });
      // Every ML service is in scope now, and none was reassessed since.
      expect(changed.body.progress).toMatchObject({ inScope: 3, done: 0 });

      const badDates = await request(plugin.server)
        .patch(`${API}/campaigns/${id}`)
        .set('Authorization', asAdmin)
        .send({ startsAt: inDays(60) });
      expect(badDates.status).toBe(400);
      expect(badDates.body.error.issues[0].field).toBe('body.deadline');
      expect((await get(`/campaigns/${id}`)).body.campaign.title).toBe(
        'Reassess everything',
      );

      const closed = await request(plugin.server)
        .post(`${API}/campaigns/${id}/close`)
        .set('Authorization', asAdmin);
      expect(closed.status).toBe(200);
      expect(closed.body.campaign).toMatchObject({
        state: 'closed',
        closedBy: ADMIN,
      });
      const again = await request(plugin.server)
        .post(`${API}/campaigns/${id}/close`)
        .set('Authorization', asAdmin);
      expect(again.status).toBe(409);
      const late = await request(plugin.server)
        .patch(`${API}/campaigns/${id}`)
        .set('Authorization', asAdmin)
        .send({ title: 'Too late' });
      expect(late.status).toBe(409);
      expect((await get('/campaigns?state=active')).body.items).toEqual([]);
      expect(
        (await get('/campaigns?state=closed')).body.items.map(
          (i: any) => i.campaign.id,
        ),
      ).toEqual([id]);
      // A closed campaign's services are no longer asked of on their tab.
      expect(
        (await get('/assessments/component/default/ranker/campaigns')).body,
      ).toEqual({ items: [] });

      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await get(`/campaigns/${unknown}`)).status).toBe(404);
      expect((await get(`/campaigns/${unknown}/history`)).status).toBe(404);
      expect((await get('/campaigns/not-a-uuid')).status).toBe(400);
      expect((await get('/campaigns?state=open')).status).toBe(400);
    });

    it('answers 400 to a scorecard filter naming no campaign', async () => {
      const unknown = await get(
        '/scorecard/page?campaign=00000000-0000-4000-8000-000000000000',
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.issues[0].field).toBe('query.campaign');
      const malformed = await get('/scorecard/summary?campaign=abc');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.issues[0].field).toBe('query.campaign');
      const alone = await get('/scorecard/export?campaignDone=true');
      expect(alone.status).toBe(400);
      expect(alone.body.error.issues[0].field).toBe('query.campaignDone');
    });
  });
});
