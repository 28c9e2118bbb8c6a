import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
  mlServiceEntity,
  RealCatalogBackend,
  startRealCatalogBackend,
  TEAM_MEMBERSHIPS,
  TestEntityProvider,
  testUser,
} from '../__testUtils__/realCatalogBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

const API = '/api/mlops-maturity';
const ENTITIES = 'mlops_maturity_entities';
const SECRET = { [CONFIDENTIAL_ANNOTATION]: 'true' };
const ENABLED = 'mlops.maturity/enabled';

/** One ML service that opts out and one other component that opts in: the refresh selects as the sync does. */
const FLAGGED: Entity[] = [
  mlServiceEntity('opted-out-model', 'team-a', { [ENABLED]: 'false' }),
  {
    ...mlServiceEntity('opted-in-site', 'team-a', { [ENABLED]: 'true' }),
    spec: { type: 'website', owner: 'team-a', lifecycle: 'production' },
  },
];

/** olivia is in team-a, oscar in team-b; the catalog hides confidential services from all but their owners. */
const BEFORE: Entity[] = [
  mlServiceEntity('ranker', 'team-a'),
  mlServiceEntity('moving-model', 'team-a', SECRET),
  mlServiceEntity('soon-secret', 'team-b'),
  mlServiceEntity('retired-model', 'team-b'),
  mlServiceEntity('quitting-model', 'team-b'),
  ...FLAGGED,
];

/**
 * moving-model goes to team-b, soon-secret becomes confidential,
 * retired-model is no longer an ML service and quitting-model opts out.
 */
const AFTER: Entity[] = [
  mlServiceEntity('ranker', 'team-a'),
  mlServiceEntity('moving-model', 'team-b', SECRET),
  mlServiceEntity('soon-secret', 'team-b', SECRET),
  {
    ...mlServiceEntity('retired-model', 'team-b'),
    spec: { type: 'website', owner: 'team-b', lifecycle: 'production' },
  },
  mlServiceEntity('quitting-model', 'team-b', { [ENABLED]: 'false' }),
  ...FLAGGED,
];

describe('the visibility refresh', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    let campaignId: string;
    const provider = new TestEntityProvider(BEFORE);
    const get = (path: string, name: string) =>
      request(app.server)
        .get(path)
        .set('Authorization', mockCredentials.user.header(testUser(name)));
    const names = (items: Array<{ name: string }>) =>
      items.map(i => i.name).sort();

    /** What a user sees of the ML services in the scorecard, its page, summary and a campaign over all of them. */
    async function seenBy(name: string) {
      const scorecard = await get(`${API}/scorecard?limit=100`, name);
      const page = await get(`${API}/scorecard/page?limit=100`, name);
      const summary = await get(`${API}/scorecard/summary`, name);
      const campaign = await get(`${API}/campaigns/${campaignId}`, name);
      expect([scorecard, page, summary, campaign].map(r => r.status)).toEqual([
        200, 200, 200, 200,
      ]);
      return {
        scorecard: names(scorecard.body.items),
        page: names(page.body.items),
        count: summary.body.summary.serviceCount,
        inScope: campaign.body.progress.inScope,
      };
    }
    const seen = (visible: string[]) => ({
      scorecard: visible,
      page: visible,
      count: visible.length,
      inScope: visible.length,
    });

    const version = async () =>
      (await app.knex('mlops_maturity_scorecard_version').first('version'))
        ?.version;
    const copied = async (name: string) =>
      app
        .knex(ENTITIES)
        .where('name', name)
        .first('owner', 'title', 'entity_etag');

    beforeAll(async () => {
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: BEFORE,
        provider,
        policy: confidentialPolicy,
        memberships: TEAM_MEMBERSHIPS,
      });
      const campaign = await request(app.server)
        .post(`${API}/campaigns`)
        .set('Authorization', mockCredentials.user.header(testUser('olivia')))
        .send({
          title: 'Everyone at Level 2',
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

    it('rewrites nothing while the catalog is unchanged', async () => {
      // The sync stored every service's etag with its copy.
      const etags = await app.knex(ENTITIES).pluck('entity_etag');
      expect(etags).toHaveLength(BEFORE.length - 1);
      expect(etags.every(etag => typeof etag === 'string' && etag)).toBe(true);
      // A title no catalog entity has: a refresh that rewrote the row would
      // put the catalog's (none) back.
      await app.knex(ENTITIES).where('name', 'ranker').update({
        title: 'left as it was',
      });
      const before = await version();

      await app.triggerRefresh();

      expect(await copied('ranker')).toMatchObject({
        title: 'left as it was',
      });
      // No write, so the cached summaries stay valid.
      expect(await version()).toBe(before);
    });

    it('takes a service made confidential or given to another team out of what non-owners see, without a sync', async () => {
      expect(await seenBy('olivia')).toEqual(
        seen([
          'moving-model',
          'opted-in-site',
          'quitting-model',
          'ranker',
          'retired-model',
          'soon-secret',
        ]),
      );
      expect(await seenBy('oscar')).toEqual(
        seen([
          'opted-in-site',
          'quitting-model',
          'ranker',
          'retired-model',
          'soon-secret',
        ]),
      );

      await provider.replace(AFTER);
      // Wait until the catalog has processed every change.
      const inCatalog = async (name: string) =>
        (
          await request(app.server)
            .get(`/api/catalog/entities/by-name/component/default/${name}`)
            .set('Authorization', mockCredentials.service.header())
        ).body as Entity;
      const changed = async () => {
        const moving = await inCatalog('moving-model');
        const secret = await inCatalog('soon-secret');
        const quitting = await inCatalog('quitting-model');
        const retired = await inCatalog('retired-model');
        return (
          (moving.relations ?? []).some(
            r => r.targetRef === 'group:default/team-b',
          ) &&
          secret.metadata?.annotations?.[CONFIDENTIAL_ANNOTATION] === 'true' &&
          quitting.metadata?.annotations?.[ENABLED] === 'false' &&
          retired.spec?.type === 'website'
        );
      };
      const deadline = Date.now() + 60_000;
      while (!(await changed())) {
        if (Date.now() > deadline) throw new Error('the catalog never changed');
        await new Promise(r => setTimeout(r, 200));
      }
      // The premise: without a refresh the copy (and so the scorecard) lags.
      expect(await seenBy('olivia')).toEqual(
        seen([
          'moving-model',
          'opted-in-site',
          'quitting-model',
          'ranker',
          'retired-model',
          'soon-secret',
        ]),
      );

      await app.triggerRefresh();

      expect(await seenBy('olivia')).toEqual(seen(['opted-in-site', 'ranker']));
      expect(await seenBy('oscar')).toEqual(
        seen(['moving-model', 'opted-in-site', 'ranker', 'soon-secret']),
      );
      expect(await copied('moving-model')).toMatchObject({
        owner: 'group:default/team-b',
      });
      // Only the changed services were rewritten.
      expect(await copied('ranker')).toMatchObject({
        title: 'left as it was',
      });
    });
  });
});
