import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ResolvedScorecardQuery } from './scorecardTypes';
import {
  ALL,
  query,
  seededStores,
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
    it("keeps each service's target, flags whether it is met, filters and counts by it", async () => {
      const { mlServices, scorecard } = await seeded(databaseId);
      // alpha is at Level 3, bravo and delta at 1, charlie at 2, echo unassessed.
      const targets: Record<string, number | null> = {
        alpha: 2,
        bravo: 2,
        charlie: null,
        delta: 1,
        echo: 1,
      };
      const withTargets = SERVICES.map(s => ({
        ...s,
        targetLevel: targets[s.name] as MaturityLevelNumber | null,
        targetTitle: targets[s.name] === null ? null : `L${targets[s.name]}`,
      }));
      // A changed target is a change of the row.
      expect((await mlServices.replaceAll(withTargets)).updated).toBe(4);

      const byName = async (filter: Partial<ResolvedScorecardQuery> = {}) => {
        const result = await scorecard.queryScorecard(
          query({ ...filter, orderBy: 'name', order: 'asc' }),
          STALE_BEFORE,
          ALL,
        );
        return {
          rows: Object.fromEntries(
            result.items.map(r => [
              r.name,
              [r.targetLevel, r.targetTitle, r.targetMet],
            ]),
          ),
          summary: result.summary,
          owners: result.owners.map(o => [
            o.owner,
            o.withTargetCount,
            o.atTargetCount,
            o.atTargetShare,
          ]),
        };
      };
      const all = await byName();
      expect(all.rows).toEqual({
        alpha: [2, 'L2', true],
        bravo: [2, 'L2', false],
        charlie: [null, null, null],
        delta: [1, 'L1', true],
        echo: [1, 'L1', false],
      });
      expect(all.summary).toMatchObject({
        withTargetCount: 4,
        atTargetCount: 2,
      });
      expect(all.owners).toEqual([
        ['group:default/team-a', 2, 1, 0.5],
        ['group:default/team-b', 1, 1, 1],
        ['group:default/team-c', 1, 0, 0],
      ]);
      expect(Object.keys((await byName({ belowTarget: true })).rows)).toEqual([
        'bravo',
        'echo',
      ]);
      // (in name order: delta's title is "50%_off model")
      expect(Object.keys((await byName({ belowTarget: false })).rows)).toEqual([
        'delta',
        'alpha',
        'charlie',
      ]);
      const below = await byName({ belowTarget: true });
      expect(below.summary).toMatchObject({
        serviceCount: 2,
        withTargetCount: 2,
        atTargetCount: 0,
      });
    });
  });
});
