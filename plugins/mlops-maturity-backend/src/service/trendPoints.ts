import {
  ScorecardTrendInterval,
  ScorecardTrendPoint,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { TrendDay } from '../database/ScorecardTrendStore';
import { dateToDay, dayToDate } from '../database/snapshotRows';

/** One period of a trend: its first day and the day its figures are of. */
export interface TrendBucket {
  start: number;
  asOf: number;
}

/** The first day of the period that holds `day`. */
function periodStart(day: number, interval: ScorecardTrendInterval): number {
  if (interval === 'day') return day;
  // 1970-01-01 was a Thursday: ISO weeks start on the Monday 3 days before.
  if (interval === 'week') return day - ((((day + 3) % 7) + 7) % 7);
  return dateToDay(`${dayToDate(day).slice(0, 7)}-01`);
}

/**
 * The periods from `fromDay` to `toDay`, oldest first: each one's figures
 * are of its last day, or of `toDay` or `today` when that comes first.
 */
export function trendBuckets(
  fromDay: number,
  toDay: number,
  interval: ScorecardTrendInterval,
  today: number,
): TrendBucket[] {
  const last = Math.min(toDay, today);
  const buckets: TrendBucket[] = [];
  let start = periodStart(fromDay, interval);
  while (start <= last) {
    let next = start + 1;
    if (interval === 'week') next = start + 7;
    if (interval === 'month') {
      const [y, m] = dayToDate(start).split('-').map(Number);
      next = dateToDay(
        `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`,
      );
    }
    buckets.push({ start, asOf: Math.min(next - 1, last) });
    start = next;
  }
  return buckets;
}

const share = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

/** The points of the periods that have figures. */
export function trendPoints(
  buckets: TrendBucket[],
  days: TrendDay[],
): ScorecardTrendPoint[] {
  const byDay = new Map(days.map(d => [d.day, d]));
  return buckets.flatMap(({ start, asOf }) => {
    const d = byDay.get(asOf);
    if (!d) return [];
    const [l0, l1, l2, l3, l4] = d.levels;
    return [
      {
        date: dayToDate(start),
        asOf: dayToDate(asOf),
        serviceCount: d.services,
        assessedCount: d.assessed,
        staleCount: d.stale,
        levelDistribution: {
          levels: { '0': l0, '1': l1, '2': l2, '3': l3, '4': l4 },
          notAssessed: d.services - d.assessed,
        },
        meanScore:
          d.assessed > 0
            ? Math.round((d.scoreSum / d.assessed) * 10_000) / 10_000
            : null,
        withTargetCount: d.withTarget,
        atTargetCount: d.atTarget,
        atTargetShare: share(d.atTarget, d.withTarget),
        evidenceShare: share(d.evidenceBacked, d.evidenceAnswered),
      },
    ];
  });
}
