import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  asAdmin,
  asDeniedReader,
  asOther,
  startPlugin,
} from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

const API = '/api/mlops-maturity';
const DAY = 24 * 60 * 60 * 1000;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Words only the campaign's own content holds: none may reach the denied user. */
const SECRET = {
  title: 'Operation Kestrel',
  description: 'Move the kestrel-fleet to Level 3 before the audit',
};

describe('campaigns and a user denied the read permission', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let plugin: Awaited<ReturnType<typeof startPlugin>>;
    let id: string;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      plugin = await startPlugin(knex);
      await plugin.syncCatalog();
      const created = await request(plugin.server)
        .post(`${API}/campaigns`)
        .set('Authorization', asAdmin)
        .send({
          ...SECRET,
          scope: { owner: ['team-a'] },
          goal: { kind: 'level', level: 3 },
          deadline: new Date(Date.now() + 30 * DAY).toISOString(),
        });
      if (created.status !== 201) {
        throw new Error(`could not create the campaign: ${created.text}`);
      }
      id = created.body.campaign.id;
    });

    afterEach(async () => {
      await plugin.backend.stop();
    });

    const call = (
      method: 'get' | 'patch' | 'post',
      path: string,
      auth = asDeniedReader,
    ) =>
      request(plugin.server)
        [method](`${API}${path}`)
        .set('Authorization', auth);

    /** What a response lets its reader learn, with the campaign id it was about made neutral. */
    const seen = (res: request.Response, campaignId: string) => ({
      status: res.status,
      body: res.text.split(campaignId).join('<id>'),
    });

    const expectNothingOfTheCampaign = (res: request.Response) => {
      for (const word of [
        SECRET.title,
        'kestrel',
        'team-a',
        'user:default/adele',
        '"inScope"',
      ]) {
        expect(res.text.toLowerCase()).not.toContain(word.toLowerCase());
      }
    };

    it('lists no campaigns and answers a known id exactly as an unknown one', async () => {
      // The allowed user sees it, so there is something to hide.
      expect((await call('get', `/campaigns/${id}`, asOther)).status).toBe(200);

      const list = await call('get', '/campaigns');
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ items: [] });
      expect((await call('get', '/campaigns?state=active')).body).toEqual({
        items: [],
      });

      for (const suffix of ['', '/history']) {
        const known = await call('get', `/campaigns/${id}${suffix}`);
        const unknown = await call('get', `/campaigns/${UNKNOWN}${suffix}`);
        expect(known.status).toBe(404);
        expect(known.body.error.message).toBe(`No campaign ${id}`);
        expect(seen(known, id)).toEqual(seen(unknown, UNKNOWN));
        expectNothingOfTheCampaign(known);
      }
      // The same words an allowed user gets for an unknown id.
      const allowedUnknown = await call(
        'get',
        `/campaigns/${UNKNOWN}`,
        asOther,
      );
      expect(seen(allowedUnknown, UNKNOWN)).toEqual(
        seen(await call('get', `/campaigns/${UNKNOWN}`), UNKNOWN),
      );

      // Campaign managers too: the campaign's content is read access.
      for (const [method, suffix] of [
        ['patch', ''],
        ['post', '/close'],
      ] as const) {
        const known = await call(method, `/campaigns/${id}${suffix}`).send({
          title: 'Renamed',
        });
        const unknown = await call(
          method,
          `/campaigns/${UNKNOWN}${suffix}`,
        ).send({ title: 'Renamed' });
        expect(known.status).toBe(403);
        expect(seen(known, id)).toEqual(seen(unknown, UNKNOWN));
        expectNothingOfTheCampaign(known);
      }
      const create = await call('post', '/campaigns').send({
        title: 'Mine',
        goal: { kind: 'reassess' },
        deadline: new Date(Date.now() + DAY).toISOString(),
      });
      expect(create.status).toBe(403);
      expect(
        (await knex('mlops_maturity_campaigns').select('title')).map(
          r => r.title,
        ),
      ).toEqual([SECRET.title]);

      const entity = await call(
        'get',
        '/assessments/component/default/churn-model/campaigns',
      );
      expect(entity.status).toBe(403);
      expectNothingOfTheCampaign(entity);
    });

    it('gives the scorecard the same empty answer for a known and an unknown campaign', async () => {
      for (const path of [
        '/scorecard/page',
        '/scorecard/summary',
        '/scorecard',
        '/scorecard/export',
      ]) {
        const known = await call('get', `${path}?campaign=${id}`);
        const unknown = await call('get', `${path}?campaign=${UNKNOWN}`);
        expect([path, known.status]).toEqual([path, 200]);
        expect(seen(known, id)).toEqual(seen(unknown, UNKNOWN));
      }
    });

    it('looks no campaign up for the denied user', async () => {
      const before = await Promise.all(
        [
          '/campaigns',
          `/campaigns/${id}`,
          `/campaigns/${id}/history`,
          `/scorecard/page?campaign=${id}`,
        ].map(async path => seen(await call('get', path), id)),
      );
      // Without the table, any lookup would be a 500.
      await knex.schema.renameTable(
        'mlops_maturity_campaigns',
        'mlops_maturity_campaigns_away',
      );
      try {
        const after = await Promise.all(
          [
            '/campaigns',
            `/campaigns/${id}`,
            `/campaigns/${id}/history`,
            `/scorecard/page?campaign=${id}`,
          ].map(async path => seen(await call('get', path), id)),
        );
        expect(after).toEqual(before);
        const patch = await call('patch', `/campaigns/${id}`).send({
          title: 'Renamed',
        });
        expect(patch.status).toBe(403);
      } finally {
        await knex.schema.renameTable(
          'mlops_maturity_campaigns_away',
          'mlops_maturity_campaigns',
        );
      }
    });
  });
});
