import { createTestDatabases } from '../testUtils';
import {
  ALL,
  NOW,
  SERVICES,
  seededCampaignStores,
} from '../__testUtils__/campaignFixtures';
import { ENTITIES } from './scorecardTable';
import { dayOf } from './snapshotRows';
import { snapshotSeries } from './snapshotSeries';
import { readTotals, SNAPSHOT_TOTALS, TREND_COLUMNS } from './snapshotTotals';

jest.setTimeout(60_000);

describe('snapshot totals', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const today = dayOf(NOW);

    async function setup() {
      const stores = await seededCampaignStores(databases, databaseId);
      const first = (await stores.snapshots.firstDay())!;
      const days = Array.from(
        { length: today - first + 1 },
        (_, i) => first + i,
      );
      /** Every day summed from the rows of the services listed now. */
      const recount = async () =>
        snapshotSeries(
          stores.knex,
          () => stores.knex(ENTITIES),
          first,
          today,
          TREND_COLUMNS,
        );
      return { ...stores, first, days, recount };
    }

    it('are not used until summed, then equal a full recount', async () => {
      const { snapshots, knex, first, days, recount } = await setup();
      expect(await readTotals(knex, days)).toBeUndefined();
      await snapshots.sumTotals(first, today, { today, members: true });
      const totals = await readTotals(knex, days);
      expect(totals?.size).toBe(days.length);
      expect(totals).toEqual(await recount());
    });

    it('follow each write of a day, for every service or some', async () => {
      const { snapshots, knex, first, days, recount } = await setup();
      await snapshots.sumTotals(first, today, { today, members: true });
      await knex(ENTITIES).update({ level: 4, score: 4 });
      await snapshots.writeDay(today, new Date(0));
      expect(await readTotals(knex, days)).toEqual(await recount());
      await knex(ENTITIES)
        .where('entity_ref', 'component:default/alpha')
        .update({ level: 0, score: 0.5, target_level: 3 });
      await snapshots.writeDay(today, new Date(NOW.getTime() + 1), [
        'component:default/alpha',
      ]);
      const after = await readTotals(knex, days);
      expect(after).toEqual(await recount());
      expect(after!.get(today)!.at_target).toBe(
        (await recount()).get(today)!.at_target,
      );
    });

    it('are set aside when a service leaves the scorecard, until summed again', async () => {
      const { snapshots, mlServices, trend, knex, first, days, recount } =
        await setup();
      await snapshots.sumTotals(first, today, { today, members: true });
      await mlServices.replaceAll(SERVICES.slice(1));
      expect(await readTotals(knex, days)).toBeUndefined();
      // Meanwhile a trend sums the rows of the services listed now.
      const [point] = await trend.trendDays({}, new Date(0), ALL, [today]);
      expect(point.services).toBe(SERVICES.length - 1);
      await snapshots.sumTotals(first, today, { today, members: true });
      const totals = await readTotals(knex, days);
      expect(totals).toEqual(await recount());
      expect(totals!.get(today)!.services).toBe(SERVICES.length - 1);
    });

    it('answer a trend of every service, and only that', async () => {
      const { snapshots, trend, knex, first } = await setup();
      await snapshots.sumTotals(first, today, { today, members: true });
      // Marked, to see which path answered.
      await knex(SNAPSHOT_TOTALS).where('day', today).update({ services: 99 });
      const every = await trend.trendDays({}, new Date(0), ALL, [today]);
      expect(every.map(d => d.services)).toEqual([99]);
      const some = await trend.trendDays(
        { lifecycle: ['experimental'] },
        new Date(0),
        ALL,
        [today],
      );
      expect(some.map(d => d.services)).not.toEqual([99]);
    });
  });
});
