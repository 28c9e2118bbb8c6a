import { whereSearchCriteria } from '../visibility/catalogConditions';
import { Visibility } from '../visibility/ScorecardVisibility';
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

describe('ScorecardQueryStore', () => {
  const databases = createTestDatabases();

  const seeded = async (databaseId: Parameters<typeof databases.init>[0]) =>
    seededStores(await databases.init(databaseId));

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('shows only what the visibility lets through, in every figure', async () => {
      const { knex, scorecard } = await seeded(databaseId);
      const teamB: Visibility = {
        kind: 'restricted',
        restrict: q =>
          whereSearchCriteria(q, knex, {
            key: 'relations.ownedBy',
            values: ['group:default/team-b'],
          }),
      };
      const page = await scorecard.queryScorecard(
        query({ limit: 1 }),
        STALE_BEFORE,
        teamB,
      );
      expect(names(page.items)).toEqual(['charlie']);
      expect(page.totalCount).toBe(2);
      expect(page.summary).toEqual({
        serviceCount: 2,
        assessedCount: 2,
        staleCount: 0,
        meanScore: 1.5,
        withTargetCount: 0,
        atTargetCount: 0,
        evidenceShare: null,
        evidenceSuggestsHigherCount: 0,
        meanVerifiedScore: null,
        verifiedBelowClaimedCount: 0,
      });
      expect(page.levelDistribution.levels).toEqual({
        '0': 0,
        '1': 1,
        '2': 1,
        '3': 0,
        '4': 0,
      });
      expect(page.owners.map(o => o.owner)).toEqual(['group:default/team-b']);
      // Combined with a filter that selects none of them.
      const none = await scorecard.queryScorecard(
        query({ owner: ['group:default/team-a'] }),
        STALE_BEFORE,
        teamB,
      );
      expect(none.totalCount).toBe(0);

      const denied = await scorecard.queryScorecard(query(), STALE_BEFORE, {
        kind: 'none',
      });
      expect(denied).toMatchObject({
        items: [],
        totalCount: 0,
        owners: [],
        summary: { serviceCount: 0, meanScore: null },
      });
      const exported = [];
      for await (const chunk of scorecard.streamScorecard(
        { orderBy: 'name', order: 'asc' },
        STALE_BEFORE,
        teamB,
      )) {
        exported.push(...names(chunk));
      }
      expect(exported).toEqual(['delta', 'charlie']);
    });

    it('frees the connection when a reader stops streaming early', async () => {
      const { scorecard } = await seeded(databaseId);
      // More early stops than any pool has connections.
      for (let i = 0; i < 12; i++) {
        for await (const chunk of scorecard.streamScorecard(
          { orderBy: 'score', order: 'desc' },
          STALE_BEFORE,
          ALL,
          1,
        )) {
          expect(chunk).toHaveLength(1);
          break;
        }
      }
      const after = await scorecard.queryScorecard(query(), STALE_BEFORE, ALL);
      expect(after.totalCount).toBe(5);
    });

    it('holds no database connection while the consumer of a stream waits', async () => {
      const { knex, scorecard } = await seeded(databaseId);
      // More suspended streams than the pool has connections, each waiting
      // between two chunks, as a stalled export reader makes it wait.
      const pool = (knex.client as any).pool;
      const streams = Array.from({ length: pool.max + 1 }, () =>
        scorecard.streamScorecard(
          { orderBy: 'name', order: 'asc' },
          STALE_BEFORE,
          ALL,
          2,
        ),
      );
      for (const stream of streams) {
        expect((await stream.next()).value).toHaveLength(2);
      }
      const page = scorecard.queryScorecard(query(), STALE_BEFORE, ALL);
      const waited = await Promise.race([
        page.then(p => p.totalCount),
        new Promise(resolve =>
          setTimeout(() => resolve('no connection'), 5000),
        ),
      ]);
      expect(waited).toBe(5);
      // What a stream yields after the wait reflects writes made meanwhile
      // and leaves out services that left; none comes twice.
      await knex('mlops_maturity_entities')
        .where('name', 'charlie')
        .update({ title: 'Charlie, renamed' });
      await knex('mlops_maturity_entities').where('name', 'echo').delete();
      const rest = [];
      for await (const chunk of streams[0]) rest.push(...chunk);
      expect(rest.map(r => [r.name, r.title])).toEqual([
        ['bravo', null],
        ['charlie', 'Charlie, renamed'],
      ]);
      await Promise.all(streams.map(stream => stream.return(undefined)));
    });

    it('streams the whole filtered set in the same order', async () => {
      const { scorecard } = await seeded(databaseId);
      const chunks = [];
      for await (const chunk of scorecard.streamScorecard(
        {
          orderBy: 'score',
          order: 'desc',
          owner: ['group:default/team-a', 'group:default/team-b'],
        },
        STALE_BEFORE,
        ALL,
        3,
      )) {
        chunks.push(names(chunk));
      }
      expect(chunks).toEqual([['alpha', 'charlie', 'delta'], ['bravo']]);
    });

    it('reads each chunk after the key of the one before, not from refs listed at the start', async () => {
      const { scorecard, mlServices } = await seeded(databaseId);
      const stream = scorecard.streamScorecard(
        { orderBy: 'name', order: 'asc' },
        STALE_BEFORE,
        ALL,
        2,
      );
      const chunks = [names((await stream.next()).value!)];
      // A service that joins past the reader's place is read in its turn;
      // one that leaves past it is not.
      await mlServices.replaceAll([
        ...SERVICES.filter(s => s.name !== 'echo'),
        service('foxtrot', 'team-c'),
      ]);
      for await (const chunk of stream) chunks.push(names(chunk));
      expect(chunks).toEqual([
        ['delta', 'alpha'],
        ['bravo', 'charlie'],
        ['foxtrot'],
      ]);
    });
  });
});
