import { whereSearchCriteria } from '../visibility/catalogConditions';
import { Visibility } from '../visibility/ScorecardVisibility';
import { createTestDatabases } from '../testUtils';
import {
  ALL,
  NOW,
  seededCampaignStores,
  SERVICES,
} from '../__testUtils__/campaignFixtures';
import { ScorecardFilters } from './scorecardTypes';
import { dayOf } from './snapshotRows';
import { TeamTrendStore } from './TeamTrendStore';

jest.setTimeout(60_000);

describe('TeamTrendStore', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'sums each owner’s services per day as the whole trend does for that owner, on %p',
    async databaseId => {
      const stores = await seededCampaignStores(databases, databaseId);
      const { knex, snapshots, trend } = stores;
      const store = new TeamTrendStore(knex);
      const today = dayOf(NOW);
      await snapshots.fillFromRevisions(today - 44, today, 180);
      const days = [today - 40, today - 20, today - 7, today];

      /** Per owner and day, what the scorecard trend filtered to that owner sums. */
      async function perOwnerTrend(
        filters: ScorecardFilters,
        visibility: Visibility,
      ) {
        const owners = [...new Set(SERVICES.map(s => s.owner!))].sort();
        const rows = [];
        for (const owner of owners) {
          const sums = await trend.trendDays(
            { ...filters, owner: [owner] },
            new Date(0),
            visibility,
            days,
          );
          for (const d of sums) {
            rows.push([owner, d.day, d.services, d.assessed, d.scoreSum]);
          }
        }
        return rows;
      }

      async function check(filters: ScorecardFilters, visibility: Visibility) {
        const found = await store.teamDays(
          filters,
          new Date(0),
          visibility,
          days,
        );
        const sorted = found
          .map(d => [d.owner, d.day, d.services, d.assessed, d.scoreSum])
          .sort((a, b) => (`${a[0]}|${a[1]}` < `${b[0]}|${b[1]}` ? -1 : 1));
        expect(sorted).toEqual(await perOwnerTrend(filters, visibility));
        return found;
      }

      const all = await check({}, ALL);
      expect(new Set(all.map(d => d.owner)).size).toBe(3);
      await check({ lifecycle: ['production'] }, ALL);

      // A service hidden from the caller moves no team's line.
      const teamB: Visibility = {
        kind: 'restricted',
        restrict: q =>
          whereSearchCriteria(q, knex, {
            key: 'relations.ownedBy',
            values: ['group:default/team-b'],
          }),
      };
      const onlyB = await check({}, teamB);
      expect([...new Set(onlyB.map(d => d.owner))]).toEqual([
        'group:default/team-b',
      ]);
      expect(
        await store.teamDays({}, new Date(0), { kind: 'none' }, days),
      ).toEqual([]);
    },
  );
});
