import {
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers as uniform } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import {
  ALL,
  names,
  query,
  seededStores,
  service,
  SERVICES,
  STALE_BEFORE,
} from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(60_000);

describe('MlServiceCatalogStore', () => {
  const databases = createTestDatabases();

  const seeded = async (databaseId: Parameters<typeof databases.init>[0]) =>
    seededStores(await databases.init(databaseId));

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('mirrors the catalog, writing only what changed', async () => {
      const { mlServices } = await seeded(databaseId);
      expect(await mlServices.replaceAll(SERVICES)).toEqual({
        added: 0,
        updated: 0,
        removed: 0,
        missedTargets: [],
      });
      const next = [
        ...SERVICES.filter(s => s.name !== 'echo'),
        service('foxtrot', 'team-c'),
      ].map(s =>
        s.name === 'alpha' ? { ...s, owner: 'group:default/team-b' } : s,
      );
      expect(await mlServices.replaceAll(next)).toEqual({
        added: 1,
        updated: 1,
        removed: 1,
        missedTargets: [],
      });
      expect(
        names(
          await mlServices
            .listServices()
            .then(l => l.map(s => ({ name: s.entityRef.split('/')[1] }))),
        ),
      ).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'foxtrot']);
    });

    // Only SQLite needs it: the others gather statistics themselves.
    if (databaseId.startsWith('SQLITE')) {
      it('gives SQLite statistics on the scorecard table when the sync adds or removes services', async () => {
        const { knex, mlServices } = await seeded(databaseId);
        const statistics = async () =>
          knex('sqlite_stat1')
            .where('tbl', 'mlops_maturity_entities')
            .count({ n: '*' })
            .then(([{ n }]) => Number(n));
        expect(await statistics()).toBeGreaterThan(0);
        await knex.raw('delete from sqlite_stat1');
        await mlServices.replaceAll(SERVICES); // nothing changed: no new statistics
        expect(await statistics()).toBe(0);
        await mlServices.replaceAll([
          ...SERVICES,
          service('foxtrot', 'team-c'),
        ]);
        expect(await statistics()).toBeGreaterThan(0);
      });
    }

    it('shows an assessment made before the catalog sync listed the service', async () => {
      const { mlServices, scorecard, assessments } = await seeded(databaseId);
      const late = service('golf', 'team-c');
      await assessments.submit({
        entityRef: late.entityRef,
        entityUid: late.entityUid,
        baseRevision: null,
        model,
        answers: uniform(4),
        result: computeScore(model, uniform(4)),
        author: 'user:default/someone',
      });
      await mlServices.replaceAll([...SERVICES, late]);
      const { items } = await scorecard.queryScorecard(
        query({ limit: 1 }),
        STALE_BEFORE,
        ALL,
      );
      expect(items[0]).toMatchObject({
        name: 'golf',
        assessed: true,
        revision: 1,
        score: 4,
      });

      // A later revision moves the scorecard at once, and a sync never moves it back.
      await assessments.submit({
        entityRef: late.entityRef,
        entityUid: late.entityUid,
        baseRevision: 1,
        model,
        answers: uniform(0),
        result: computeScore(model, uniform(0)),
        author: 'user:default/someone',
      });
      await mlServices.replaceAll([...SERVICES, late]);
      const again = await scorecard.queryScorecard(
        query({ q: 'golf' }),
        STALE_BEFORE,
        ALL,
      );
      expect(again.items[0]).toMatchObject({ revision: 2, score: 0, level: 0 });
    });

    it("starts a re-created entity unassessed and keeps its search rows with the catalog's", async () => {
      const { knex, mlServices, scorecard, assessments } = await seeded(
        databaseId,
      );
      const searchOf = async (ref: string) =>
        (
          await knex('mlops_maturity_entity_search')
            .where('entity_ref', ref)
            .orderBy(['search_key', 'search_value'])
            .select('search_key', 'search_value')
        ).map(r => `${r.search_key}=${r.search_value}`);
      expect(await searchOf('component:default/alpha')).toEqual([
        'kind=component',
        'relations.ownedby=group:default/team-a',
      ]);

      // alpha is deleted and registered again by team-b: a new uid.
      const reborn = service('alpha', 'team-b', { entityUid: 'uid-alpha-2' });
      await mlServices.replaceAll(
        SERVICES.map(s => (s.name === 'alpha' ? reborn : s)),
      );
      const all = await scorecard.queryScorecard(
        query({ q: 'alpha' }),
        STALE_BEFORE,
        ALL,
      );
      expect(all.items[0]).toMatchObject({
        name: 'alpha',
        owner: 'group:default/team-b',
        assessed: false,
        revision: null,
      });
      expect(await searchOf('component:default/alpha')).toEqual([
        'kind=component',
        'relations.ownedby=group:default/team-b',
      ]);

      // Its own first assessment shows; the earlier entity's never comes back.
      await assessments.submit({
        entityRef: reborn.entityRef,
        entityUid: reborn.entityUid,
        baseRevision: null,
        model,
        answers: uniform(0),
        result: computeScore(model, uniform(0)),
        author: 'user:default/bea',
      });
      await mlServices.replaceAll(
        SERVICES.map(s => (s.name === 'alpha' ? reborn : s)),
      );
      const again = await scorecard.queryScorecard(
        query({ q: 'alpha' }),
        STALE_BEFORE,
        ALL,
      );
      expect(again.items[0]).toMatchObject({ revision: 1, score: 0 });

      // A service that leaves the catalog takes its search rows along.
      await mlServices.replaceAll(SERVICES.filter(s => s.name !== 'alpha'));
      expect(await searchOf('component:default/alpha')).toEqual([]);
    });
  });
});
