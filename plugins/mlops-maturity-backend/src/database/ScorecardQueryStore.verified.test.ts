import {
  ALL,
  names,
  query,
  seededStores,
  seedVerified,
  STALE_BEFORE,
} from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';
import { ResolvedScorecardQuery } from './scorecardTypes';

jest.setTimeout(60_000);

/*
 * The verified level on the scorecard, seeded straight into the table (see
 * VERIFIED): alpha L3 verified L2 (2.4), bravo L1 verified L1 (1.0), delta L1
 * verified L1 (1.2), charlie L2 not computed, echo not assessed.
 */
describe('ScorecardQueryStore: the verified level', () => {
  const databases = createTestDatabases();

  const seeded = async (databaseId: Parameters<typeof databases.init>[0]) => {
    const stores = await seededStores(await databases.init(databaseId));
    await seedVerified(stores.knex);
    return stores;
  };

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('shows each row its verified figures, none where not computed or not assessed', async () => {
      const { scorecard } = await seeded(databaseId);
      const { items } = await scorecard.queryScorecard(
        query({ orderBy: 'name', order: 'asc' }),
        STALE_BEFORE,
        ALL,
      );
      const row = (name: string) => {
        const r = items.find(i => i.name === name)!;
        return [
          r.level,
          r.verifiedLevel,
          r.verifiedScore,
          r.verificationGapCount,
        ];
      };
      expect(row('alpha')).toEqual([3, 2, 2.4, 3]);
      expect(row('bravo')).toEqual([1, 1, 1, 0]);
      expect(row('delta')).toEqual([1, 1, 1.2, 1]);
      expect(row('charlie')).toEqual([2, null, null, null]);
      expect(row('echo')).toEqual([null, null, null, null]);
    });

    it('sorts by verified level then score, the uncomputed and then the unassessed last either way', async () => {
      const { scorecard } = await seeded(databaseId);
      const sorted = async (order: 'asc' | 'desc', limit = 50, offset = 0) =>
        names(
          (
            await scorecard.queryScorecardPage(
              query({ orderBy: 'verifiedLevel', order, limit, offset }),
              STALE_BEFORE,
              ALL,
            )
          ).items,
        );
      expect(await sorted('desc')).toEqual([
        'alpha',
        'delta',
        'bravo',
        'charlie',
        'echo',
      ]);
      expect(await sorted('asc')).toEqual([
        'bravo',
        'delta',
        'alpha',
        'charlie',
        'echo',
      ]);
      expect(await sorted('asc', 2, 2)).toEqual(['alpha', 'charlie']);
    });

    it('streams the export in the verified order', async () => {
      const { scorecard } = await seeded(databaseId);
      const chunks: string[][] = [];
      for await (const chunk of scorecard.streamScorecard(
        { orderBy: 'verifiedLevel', order: 'desc' },
        STALE_BEFORE,
        ALL,
        2,
      )) {
        chunks.push(chunk.map(r => `${r.name}:${r.verifiedLevel}`));
      }
      expect(chunks).toEqual([
        ['alpha:2', 'delta:1'],
        ['bravo:1', 'charlie:null'],
        ['echo:null'],
      ]);
    });

    it('filters by verified level and by a verified level below the claim', async () => {
      const { scorecard } = await seeded(databaseId);
      const check = async (
        filter: Partial<ResolvedScorecardQuery>,
        expected: string[],
      ) => {
        const result = await scorecard.queryScorecard(
          query({ ...filter, orderBy: 'name', order: 'asc' }),
          STALE_BEFORE,
          ALL,
        );
        expect(names(result.items)).toEqual(expected);
        expect(result.totalCount).toBe(expected.length);
      };
      // By name: delta's title, "50%_off model", comes first.
      await check({ verifiedLevel: [1] }, ['delta', 'bravo']);
      await check({ verifiedLevel: [2, 4] }, ['alpha']);
      // echo's left-behind L4 is not a verified level: it is not assessed.
      await check({ verifiedLevel: [4] }, []);
      await check({ verifiedBelowClaimed: true }, ['alpha']);
      await check({ verifiedBelowClaimed: false }, ['delta', 'bravo']);
      await check(
        { verifiedBelowClaimed: false, owner: ['group:default/team-b'] },
        ['delta'],
      );
    });

    it('sums the verified levels up overall and per owner', async () => {
      const { scorecard } = await seeded(databaseId);
      const all = await scorecard.queryScorecardSummary({}, STALE_BEFORE, ALL);
      expect(all.verifiedLevelDistribution).toEqual({
        levels: { '0': 0, '1': 2, '2': 1, '3': 0, '4': 0 },
        notComputed: 1,
        notAssessed: 1,
      });
      expect(all.summary.meanVerifiedScore).toBeCloseTo(4.6 / 3, 10);
      expect(all.summary.verifiedBelowClaimedCount).toBe(1);
      expect(
        all.owners.map(o => [
          o.owner,
          o.lowestVerifiedLevel,
          o.meanVerifiedScore === null
            ? null
            : Number(o.meanVerifiedScore.toFixed(6)),
          o.verifiedBelowClaimedCount,
        ]),
      ).toEqual([
        ['group:default/team-a', 1, 1.7, 1],
        ['group:default/team-b', 1, 1.2, 0],
        ['group:default/team-c', null, null, 0],
      ]);
      // The claimed distribution is as it was.
      expect(all.levelDistribution.levels).toEqual({
        '0': 0,
        '1': 2,
        '2': 1,
        '3': 1,
        '4': 0,
      });

      const below = await scorecard.queryScorecardSummary(
        { verifiedBelowClaimed: true },
        STALE_BEFORE,
        ALL,
      );
      expect(below.totalCount).toBe(1);
      expect(below.verifiedLevelDistribution.levels['2']).toBe(1);
    });
  });
});
