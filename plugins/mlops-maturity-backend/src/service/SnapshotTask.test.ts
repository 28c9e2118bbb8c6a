import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../testUtils';
import {
  DAY,
  NOW,
  SERVICES,
  seededCampaignStores,
} from '../__testUtils__/campaignFixtures';
import { ENTITIES } from '../database/scorecardTable';
import { snapshotSeries } from '../database/snapshotSeries';
import { readTotals, TREND_COLUMNS } from '../database/snapshotTotals';
import { dayOf, SNAPSHOTS } from '../database/snapshotRows';
import { SNAPSHOTS_BACKFILLED, SnapshotTask } from './SnapshotTask';

jest.setTimeout(60_000);

describe('SnapshotTask', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function setup(retentionDays = 730) {
      const stores = await seededCampaignStores(databases, databaseId);
      await stores.knex(SNAPSHOTS).delete();
      const logger = mockServices.logger.mock();
      const task = new SnapshotTask({
        snapshots: stores.snapshots,
        meta: stores.meta,
        logger,
        staleAfterDays: 90,
        retentionDays,
      });
      return { ...stores, task, logger };
    }

    it('backfills once from the revisions, with one log line', async () => {
      const { task, snapshots, meta, logger } = await setup();
      await task.run(NOW);
      const first = (await snapshots.firstRevisionDay())!;
      const today = dayOf(NOW);
      // Five services, every day from bravo's first revision to today.
      expect(await snapshots.count()).toBe(5 * (today - first + 1));
      expect(await meta.has(SNAPSHOTS_BACKFILLED)).toBe(true);
      expect(logger.info).toHaveBeenCalledTimes(1);
      expect(logger.info).toHaveBeenCalledWith(
        expect.stringMatching(
          new RegExp(
            `^Backfilled ${
              5 * (today - first)
            } daily maturity snapshots .* in \\d+ ms$`,
          ),
        ),
      );
      // Again: nothing backfilled twice, nothing written twice.
      await task.run(NOW);
      expect(logger.info).toHaveBeenCalledTimes(1);
      expect(await snapshots.count()).toBe(5 * (today - first + 1));
    });

    it('fills the days missed since the last run', async () => {
      const { task, snapshots, knex } = await setup();
      await task.run(new Date(NOW.getTime() - 5 * DAY));
      const before = await snapshots.count();
      await task.run(NOW);
      expect(await snapshots.count()).toBe(before + 5 * 5);
      const days = await knex(SNAPSHOTS).distinct('day').orderBy('day');
      const today = dayOf(NOW);
      expect(days.slice(-6).map((d: any) => Number(d.day))).toEqual([
        today - 5,
        today - 4,
        today - 3,
        today - 2,
        today - 1,
        today,
      ]);
    });

    it('keeps the retention days only', async () => {
      const { task, snapshots, meta, logger } = await setup();
      await task.run(NOW);
      const shorter = new SnapshotTask({
        snapshots,
        meta,
        logger,
        staleAfterDays: 90,
        retentionDays: 40,
      });
      await shorter.run(NOW);
      expect(await snapshots.count()).toBe(5 * 40);
      expect(await snapshots.lastDay()).toBe(dayOf(NOW));
    });

    it('keeps the per-day totals equal to a recount, days filled and services gone', async () => {
      const { task, snapshots, mlServices, knex } = await setup();
      const today = dayOf(NOW);
      const recount = async () => {
        const first = (await snapshots.firstDay())!;
        const days = Array.from(
          { length: today - first + 1 },
          (_, i) => first + i,
        );
        return {
          kept: await readTotals(knex, days),
          counted: await snapshotSeries(
            knex,
            () => knex(ENTITIES),
            first,
            today,
            TREND_COLUMNS,
          ),
        };
      };
      // Five days missed, then filled by the next run.
      await task.run(new Date(NOW.getTime() - 5 * DAY));
      await task.run(NOW);
      const filled = await recount();
      expect(filled.kept?.size).toBeGreaterThan(40);
      expect(filled.kept).toEqual(filled.counted);
      // A service leaves: the totals wait for the next run.
      await mlServices.replaceAll(SERVICES.slice(0, 3));
      expect((await recount()).kept).toBeUndefined();
      await task.run(NOW);
      const left = await recount();
      expect(left.kept?.get(today)?.services).toBe(3);
      expect(left.kept).toEqual(left.counted);
    });

    it("writes a submitted service's day at once", async () => {
      const { task, knex } = await setup();
      await task.writeToday('component:default/alpha', NOW);
      const rows = await knex(SNAPSHOTS).select('day');
      expect(rows.map((r: any) => Number(r.day))).toEqual([dayOf(NOW)]);
    });
  });
});
