import { randomUUID } from 'node:crypto';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import {
  RealCatalogBackend,
  startRealCatalogBackend,
} from '../__testUtils__/realCatalogBackend';
import {
  ENTITIES,
  MEMBERSHIPS,
  policy,
  user,
  VISIBLE,
} from '../__testUtils__/visibilityFixtures';
import { createTestDatabases } from '../testUtils';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(120_000);

const API = '/api/mlops-maturity';

const answersAt = uniformAnswers;

describe('visibility through the real catalog and permission backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    let campaignId: string;
    const as = (name: string) => mockCredentials.user.header(user(name));
    const get = (path: string, name: string) =>
      request(app.server).get(path).set('Authorization', as(name));

    beforeAll(async () => {
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        policy,
        memberships: MEMBERSHIPS,
      });
      // Each owner assesses their services; levels differ so the figures do.
      const assess = async (
        name: string,
        owner: string,
        level: 0 | 1 | 2 | 3 | 4,
      ) => {
        const res = await request(app.server)
          .put(`${API}/assessments/component/default/${name}`)
          .set('Authorization', as(owner))
          .send({ baseRevision: null, answers: answersAt(level) });
        expect([name, res.status, res.body.error?.message]).toEqual([
          name,
          200,
          undefined,
        ]);
      };
      await assess('ranker', 'olivia', 3);
      await assess('churn-model', 'olivia', 1);
      await assess('secret-ranker', 'oscar', 4);
      await assess('hidden-maturity', 'oscar', 2);
      const campaign = await request(app.server)
        .post(`${API}/campaigns`)
        .set('Authorization', as('allie'))
        .send({
          title: 'Level 2 everywhere',
          goal: { kind: 'level', level: 2 },
          deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        });
      if (campaign.status !== 201) {
        throw new Error(`POST /campaigns: ${campaign.status} ${campaign.text}`);
      }
      campaignId = campaign.body.campaign.id;
    });

    afterAll(async () => {
      await app?.backend.stop();
    });

    const names = (items: Array<{ name: string }>) =>
      items.map(i => i.name).sort();

    it.each(Object.entries(VISIBLE))(
      'shows %s only what they may read, in every figure',
      async (name, visible) => {
        const res = await get(`${API}/scorecard?limit=500`, name);
        expect(res.status).toBe(200);
        expect(names(res.body.items)).toEqual(visible);
        expect(res.body.totalCount).toBe(visible.length);
        expect(res.body.summary.serviceCount).toBe(visible.length);
        const levels = Object.values(
          res.body.levelDistribution.levels as Record<string, number>,
        ).reduce((a, b) => a + b, 0);
        expect(levels + res.body.levelDistribution.notAssessed).toBe(
          visible.length,
        );
        expect(
          res.body.owners.reduce((n: number, o: any) => n + o.serviceCount, 0),
        ).toBe(visible.length);
        const assessed = visible.filter(n => n !== 'fraud-scorer');
        expect(res.body.summary.assessedCount).toBe(assessed.length);

        const { items: _, limit: __, offset: ___, ...wholeSet } = res.body;
        const summary = await get(`${API}/scorecard/summary`, name);
        expect(summary.status).toBe(200);
        expect(summary.body).toEqual(wholeSet);
        const page = await get(`${API}/scorecard/page?limit=500`, name);
        expect(page.status).toBe(200);
        expect(names(page.body.items)).toEqual(visible);
        expect(page.body.hasMore).toBe(false);

        const csv = await get(`${API}/scorecard/export`, name);
        expect(csv.status).toBe(200);
        const exported = csv.text
          .split('\r\n')
          .slice(1)
          .filter(Boolean)
          .map(line => line.split(',')[0].split('/')[1])
          .sort();
        expect(exported).toEqual(visible);
      },
    );

    it.each(Object.entries(VISIBLE).filter(([name]) => name !== 'denny'))(
      'counts for %s only the visible services in a campaign',
      async (name, visible) => {
        // A campaign over every ML service counts only the visible ones:
        // those at Level 2 or above are done.
        const done = visible.filter(n =>
          ['ranker', 'secret-ranker', 'hidden-maturity'].includes(n),
        ).length;
        const campaign = await get(`${API}/campaigns/${campaignId}`, name);
        expect(campaign.status).toBe(200);
        expect(campaign.body.progress).toMatchObject({
          inScope: visible.length,
          done,
        });
        expect(
          campaign.body.progress.teams.reduce(
            (n: number, t: any) => n + t.inScope,
            0,
          ),
        ).toBe(visible.length);
        const list = await get(`${API}/campaigns`, name);
        expect(list.body.items[0].progress).toMatchObject({
          inScope: visible.length,
          done,
        });
        const history = await get(
          `${API}/campaigns/${campaignId}/history`,
          name,
        );
        expect(history.body.inScope).toBe(visible.length);
        const remaining = await get(
          `${API}/scorecard/page?campaign=${campaignId}&campaignDone=false&limit=500`,
          name,
        );
        expect(remaining.body.items).toHaveLength(visible.length - done);
      },
    );

    it('tells denny, denied the catalog read, nothing of any campaign', async () => {
      // No campaign exists for denny: this one answers as an unknown id
      // does, and the list is empty.
      const campaign = await get(`${API}/campaigns/${campaignId}`, 'denny');
      const unknownId = randomUUID();
      const unknown = await get(`${API}/campaigns/${unknownId}`, 'denny');
      expect([campaign.status, unknown.status]).toEqual([404, 404]);
      expect(campaign.body.error).toEqual({
        ...unknown.body.error,
        message: unknown.body.error.message.replace(unknownId, campaignId),
      });
      expect((await get(`${API}/campaigns`, 'denny')).body.items).toEqual([]);
    });

    it.each(['olivia', 'oscar', 'owen', 'denny', 'una', 'allie'])(
      'lists for %s exactly the ML services the catalog lists them',
      async name => {
        const catalog = await get(
          '/api/catalog/entities/by-query?filter=kind=component,spec.type=ml-service&limit=100',
          name,
        );
        expect(catalog.status).toBe(200);
        const scorecard = await get(`${API}/scorecard?limit=500`, name);
        expect(names(scorecard.body.items)).toEqual(
          names(catalog.body.items.map((e: Entity) => e.metadata)),
        );
      },
    );

    it('keeps totals and pages right under a restriction', async () => {
      const first = await get(
        `${API}/scorecard?limit=1&orderBy=name&order=asc`,
        'owen',
      );
      const second = await get(
        `${API}/scorecard?limit=1&offset=1&orderBy=name&order=asc`,
        'owen',
      );
      expect([first.body.totalCount, second.body.totalCount]).toEqual([2, 2]);
      expect([...names(first.body.items), ...names(second.body.items)]).toEqual(
        ['churn-model', 'ranker'],
      );
      // The roll-up card of team-b's page, seen by someone of team-a.
      const teamB = await get(
        `${API}/scorecard?owner=group:default/team-b`,
        'olivia',
      );
      expect(names(teamB.body.items)).toEqual([
        'fraud-scorer',
        'hidden-maturity',
      ]);
      expect(teamB.body.owners).toEqual([
        expect.objectContaining({
          owner: 'group:default/team-b',
          serviceCount: 2,
          assessedCount: 1,
          meanScore: 2,
        }),
      ]);
    });

    it('answers for one entity as the catalog and the read permission allow', async () => {
      const secret = '/assessments/component/default/secret-ranker';
      expect((await get(`${API}${secret}`, 'oscar')).status).toBe(200);
      const hidden = await get(`${API}${secret}`, 'olivia');
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message).toBe(
        'Entity component:default/secret-ranker is not in the catalog',
      );
      expect((await get(`${API}${secret}/history`, 'olivia')).status).toBe(404);
      expect((await get(`${API}${secret}/revisions/1`, 'denny')).status).toBe(
        404,
      );
      expect((await get(`${API}${secret}/campaigns`, 'olivia')).status).toBe(
        404,
      );
      expect(
        (await get(`${API}${secret}/campaigns`, 'oscar')).body.items,
      ).toHaveLength(1);

      const privateOne = '/assessments/component/default/hidden-maturity';
      const refused = await get(`${API}${privateOne}`, 'petra');
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'You may not read the maturity assessment of component:default/hidden-maturity',
      );
      expect((await get(`${API}${privateOne}`, 'olivia')).status).toBe(200);
    });

    it('asks the catalog about a rule it cannot translate, and reuses the answer briefly', async () => {
      const sets = () => app.knex('mlops_maturity_visibility_sets').select();
      await app.knex('mlops_maturity_visible_entities').delete();
      await app.knex('mlops_maturity_visibility_sets').delete();
      const first = await get(`${API}/scorecard`, 'una');
      expect(names(first.body.items)).toEqual(VISIBLE.una);
      const after = await sets();
      expect(after).toHaveLength(1);
      const members = await app
        .knex('mlops_maturity_visible_entities')
        .orderBy('entity_ref')
        .pluck('entity_ref');
      expect(members).toEqual([
        'component:default/churn-model',
        'component:default/ranker',
      ]);
      await get(`${API}/scorecard`, 'una');
      await get(`${API}/scorecard/export`, 'una');
      expect(await sets()).toEqual(after);
      // The owners-only and annotation rules never needed the catalog.
      await get(`${API}/scorecard`, 'owen');
      await get(`${API}/scorecard`, 'olivia');
      expect(await sets()).toEqual(after);
    });
  });
});
