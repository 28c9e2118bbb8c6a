import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { filtered } from './scorecardFilters';
import { ScorecardFilters } from './scorecardTypes';
import { snapshotSeries } from './snapshotSeries';
import { readTotals, TREND_COLUMNS, TrendSums } from './snapshotTotals';

/** The figures of one day of a trend, as summed by the database. */
export interface TrendDay {
  day: number;
  services: number;
  assessed: number;
  stale: number;
  levels: [number, number, number, number, number];
  /** Sum of the assessed services' scores. */
  scoreSum: number;
  withTarget: number;
  atTarget: number;
  evidenceAnswered: number;
  evidenceBacked: number;
}

const LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * The scorecard over time, from the daily snapshots: for some days, the
 * services a scorecard query selects today (its filters, the caller's
 * visibility) summed as they stood on each day (see snapshotSeries).
 */
export class ScorecardTrendStore {
  constructor(private readonly db: Knex) {}

  async trendDays(
    filters: ScorecardFilters,
    staleBefore: Date,
    visibility: RowRestriction,
    days: number[],
  ): Promise<TrendDay[]> {
    if (visibility.kind === 'none' || days.length === 0) return [];
    const cohort = () => filtered(this.db, filters, staleBefore, visibility);
    // Every listed service (no filter narrows the query, the caller may
    // read all): the kept per-day totals, when they are current.
    const everyService = !/\swhere\s/i.test(cohort().toSQL().sql);
    const series: Map<number, TrendSums> =
      (everyService ? await readTotals(this.db, days) : undefined) ??
      (await snapshotSeries(
        this.db,
        cohort,
        days[0],
        days[days.length - 1],
        TREND_COLUMNS,
      ));
    return days.flatMap(day => {
      const sums = series.get(day);
      if (!sums || sums.services === 0) return [];
      return [
        {
          day,
          services: sums.services,
          assessed: sums.assessed,
          stale: sums.stale,
          levels: LEVELS.map(
            level => sums[`level_${level}`],
          ) as TrendDay['levels'],
          scoreSum: sums.score_sum / 10_000,
          withTarget: sums.with_target,
          atTarget: sums.at_target,
          evidenceAnswered: sums.evidence_answered,
          evidenceBacked: sums.evidence_backed,
        },
      ];
    });
  }
}
