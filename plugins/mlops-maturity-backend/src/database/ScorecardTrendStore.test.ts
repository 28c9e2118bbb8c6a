import { whereSearchCriteria } from '../visibility/catalogConditions';
import { Visibility } from '../visibility/ScorecardVisibility';
import { createTestDatabases } from '../testUtils';
import {
  ALL,
  names,
  NOW,
  pageQuery,
  seededCampaignStores,
} from '../__testUtils__/campaignFixtures';
import { ScorecardFilters } from './scorecardTypes';
import { dayOf, SNAPSHOT_DAYS, SNAPSHOTS } from './snapshotRows';

jest.setTimeout(60_000);

describe('ScorecardTrendStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let stores: Awaited<ReturnType<typeof seededCampaignStores>> | undefined;

    /** Every day summed the slow way: each day's rows of the services the filters select. */
    async function slowly(
      knex: any,
      services: string[],
      days: number[],
    ): Promise<Array<[number, number, number[], number]>> {
      const rows = await knex(`${SNAPSHOTS} as n`)
        .join('mlops_maturity_snapshot_services as s', 's.id', 'n.service_id')
        .whereIn('n.day', days)
        .whereIn(
          's.entity_ref',
          services.map(n => `component:default/${n}`),
        )
        .select('n.day', 'n.level', 'n.score');
      return days.flatMap(day => {
        const own = rows.filter((r: any) => Number(r.day) === day);
        if (own.length === 0) return [];
        const levels = [0, 1, 2, 3, 4].map(
          l =>
            own.filter((r: any) => r.level !== null && Number(r.level) === l)
              .length,
        );
        const score = own.reduce(
          (s: number, r: any) => s + Number(r.score ?? 0),
          0,
        );
        return [[day, own.length, levels, score / 10_000]];
      });
    }

    /** The names the scorecard lists today for the filters and visibility. */
    async function listed(filters: ScorecardFilters, visibility: Visibility) {
      const page = await stores!.scorecard.queryScorecardPage(
        pageQuery(filters),
        new Date(0),
        visibility,
      );
      return names(page.items);
    }

    async function check(
      filters: ScorecardFilters,
      visibility: Visibility,
      expected: string[],
    ) {
      const { knex, trend } = stores!;
      expect(await listed(filters, visibility)).toEqual(expected);
      const today = dayOf(NOW);
      const days = Array.from({ length: 45 }, (_, i) => today - 44 + i);
      const fast = await trend.trendDays(
        filters,
        new Date(0),
        visibility,
        days,
      );
      expect(
        fast.map(d => [
          d.day,
          d.services,
          d.levels,
          Math.round(d.scoreSum * 1e4) / 1e4,
        ]),
      ).toEqual(await slowly(knex, expected, days));
      return fast;
    }

    it('sums each day as the rows of that day do, from the first day and the changes', async () => {
      stores = await seededCampaignStores(databases, databaseId);
      const { knex, snapshots } = stores;
      const today = dayOf(NOW);
      // Forty days back: bravo's first revision, alpha's, charlie's and
      // delta's arrive within them.
      await snapshots.fillFromRevisions(today - 44, today, 20);
      const every = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
      const all = await check({}, ALL, every);
      expect(all.length).toBe(45);
      // (MySQL compares the lifecycle without case, as its scorecard does.)
      const production = { lifecycle: ['production'] };
      await check(production, ALL, await listed(production, ALL));
      const teamB: Visibility = {
        kind: 'restricted',
        restrict: q =>
          whereSearchCriteria(q, knex, {
            key: 'relations.ownedBy',
            values: ['group:default/team-b'],
          }),
      };
      await check({}, teamB, ['charlie', 'delta']);

      // A day written again: the day after is marked against it.
      await knex('mlops_maturity_entities').update({ level: 4, score: 4 });
      await snapshots.writeDay(today - 30, new Date(0));
      await check({}, ALL, every);

      // A day missing from the series, and the day after it written with
      // nothing before it: the series starts afresh there.
      await knex(SNAPSHOTS)
        .where('day', today - 20)
        .delete();
      await knex(SNAPSHOT_DAYS)
        .where('day', today - 20)
        .delete();
      await snapshots.writeDay(today - 19, new Date(0));
      const gapped = await check({}, ALL, every);
      expect(gapped.map(d => d.day)).not.toContain(today - 20);
    });
  });
});
