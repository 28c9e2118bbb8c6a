import { LoggerService } from '@backstage/backend-plugin-api';
import { PluginMetaStore } from '../database/PluginMetaStore';
import { SnapshotStore } from '../database/SnapshotStore';
import { dayOf, dayToDate } from '../database/snapshotRows';
import { staleBefore } from './staleness';

/** The meta flag set once the snapshots were backfilled from the revisions. */
export const SNAPSHOTS_BACKFILLED = 'snapshots-backfilled';

/**
 * Keeps the daily snapshots (`mlops-maturity-snapshots`, one instance at a
 * time): once, the days before the first run are backfilled from the stored
 * revisions; then each run fills the days missed since the last one (that
 * day included, which may have been written before its end) from the
 * revisions, writes today from the scorecard table, and deletes the days
 * older than `mlopsMaturity.snapshots.retentionDays`. Every step replaces
 * what it writes, so a run repeated or cut short does no harm.
 */
export class SnapshotTask {
  constructor(
    private readonly options: {
      snapshots: SnapshotStore;
      meta: PluginMetaStore;
      logger: LoggerService;
      staleAfterDays: number;
      retentionDays: number;
    },
  ) {}

  async run(now = new Date()): Promise<void> {
    const { snapshots, meta, staleAfterDays, retentionDays } = this.options;
    const today = dayOf(now);
    const oldest = today - retentionDays + 1;
    let filledFrom: number | undefined;
    if (!(await meta.has(SNAPSHOTS_BACKFILLED))) {
      filledFrom = await this.backfill(today, oldest);
    } else {
      const last = await snapshots.lastDay();
      if (last !== undefined && last < today) {
        filledFrom = Math.max(last, oldest);
        await snapshots.fillFromRevisions(
          filledFrom,
          today - 1,
          staleAfterDays,
        );
      }
    }
    await snapshots.writeDay(today, staleBefore(now, staleAfterDays));
    await snapshots.pruneBefore(oldest);
    await this.sumTotals(today, filledFrom);
  }

  /**
   * The per-day totals: all of them summed anew when a service left the
   * scorecard since they were (or they never were), else those of the days
   * just filled from the revisions.
   */
  private async sumTotals(today: number, filledFrom?: number) {
    const { snapshots } = this.options;
    if (!(await snapshots.totalsCurrent())) {
      const first = (await snapshots.firstDay()) ?? today;
      await snapshots.sumTotals(first, today, { today, members: true });
    } else if (filledFrom !== undefined && filledFrom < today) {
      await snapshots.sumTotals(filledFrom, today - 1);
    }
  }

  /**
   * After a submission: today's snapshot of the service, so that a trend
   * shows it at once rather than after the next run.
   */
  async writeToday(entityRef: string, now = new Date()): Promise<void> {
    await this.options.snapshots.writeDay(
      dayOf(now),
      staleBefore(now, this.options.staleAfterDays),
      [entityRef],
    );
  }

  /**
   * The days before today, from the first stored revision (within the
   * retention); returns the first day filled.
   */
  private async backfill(today: number, oldest: number): Promise<number> {
    const { snapshots, meta, logger, staleAfterDays } = this.options;
    const started = Date.now();
    const first = await snapshots.firstRevisionDay();
    const from = Math.max(first ?? today, oldest);
    const rows = await snapshots.fillFromRevisions(
      from,
      today - 1,
      staleAfterDays,
    );
    await meta.setOnce(SNAPSHOTS_BACKFILLED, new Date().toISOString());
    logger.info(
      `Backfilled ${rows} daily maturity snapshots${
        rows > 0 ? ` (${dayToDate(from)} to ${dayToDate(today - 1)})` : ''
      } from the stored revisions in ${Date.now() - started} ms`,
    );
    return from;
  }
}
