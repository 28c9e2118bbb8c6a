import {
  ServiceTrendPoint,
  TeamTrendPoint,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ServiceDay } from '../database/ServiceTrendStore';
import { dayToDate } from '../database/snapshotRows';
import { TeamDay } from '../database/TeamTrendStore';
import { TrendBucket } from './trendPoints';

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** One service's points: the periods whose last day has its snapshot. */
export function servicePoints(
  buckets: TrendBucket[],
  days: ServiceDay[],
): ServiceTrendPoint[] {
  const byDay = new Map(days.map(d => [d.day, d]));
  return buckets.flatMap(({ start, asOf }) => {
    const d = byDay.get(asOf);
    if (!d) return [];
    return [
      {
        date: dayToDate(start),
        asOf: dayToDate(asOf),
        level: d.level,
        score: d.score === null ? null : round4(d.score),
        gatedLevel: d.gatedLevel,
        evidenceShare:
          d.evidenceAnswered && d.evidenceBacked !== null
            ? round4(d.evidenceBacked / d.evidenceAnswered)
            : null,
        targetLevel: d.targetLevel,
        atTarget:
          d.targetLevel === null
            ? null
            : d.level !== null && d.level >= d.targetLevel,
        stale: d.stale,
      },
    ];
  });
}

/**
 * Each owner's points (owners in ref order, those without one last): the
 * periods whose last day has snapshots of its services.
 */
export function teamPoints(
  buckets: TrendBucket[],
  days: TeamDay[],
): Array<{ owner: string | null; points: TeamTrendPoint[] }> {
  const byOwner = new Map<string | null, Map<number, TeamDay>>();
  for (const d of days) {
    const own = byOwner.get(d.owner) ?? new Map<number, TeamDay>();
    own.set(d.day, d);
    byOwner.set(d.owner, own);
  }
  const owners = [...byOwner.keys()].sort((a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : 1;
  });
  return owners.map(owner => ({
    owner,
    points: buckets.flatMap(({ start, asOf }) => {
      const d = byOwner.get(owner)!.get(asOf);
      if (!d) return [];
      return [
        {
          date: dayToDate(start),
          asOf: dayToDate(asOf),
          serviceCount: d.services,
          assessedCount: d.assessed,
          meanScore: d.assessed > 0 ? round4(d.scoreSum / d.assessed) : null,
        },
      ];
    }),
  }));
}
