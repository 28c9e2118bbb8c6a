import { dateToDay, dayToDate } from '../database/snapshotRows';
import { trendBuckets, trendPoints } from './trendPoints';

const day = dateToDay;
const dates = (buckets: Array<{ start: number; asOf: number }>) =>
  buckets.map(b => [dayToDate(b.start), dayToDate(b.asOf)]);

describe('trendBuckets', () => {
  const today = day('2026-12-07');

  it('gives a point per day up to today', () => {
    expect(
      dates(trendBuckets(day('2026-12-05'), day('2026-12-09'), 'day', today)),
    ).toEqual([
      ['2026-12-05', '2026-12-05'],
      ['2026-12-06', '2026-12-06'],
      ['2026-12-07', '2026-12-07'],
    ]);
  });

  it('gives ISO weeks, Monday to Sunday, each as of its Sunday', () => {
    // 2026-11-18 is a Wednesday; 2026-12-07 a Monday.
    expect(
      dates(trendBuckets(day('2026-11-18'), day('2026-12-31'), 'week', today)),
    ).toEqual([
      ['2026-11-16', '2026-11-22'],
      ['2026-11-23', '2026-11-29'],
      ['2026-11-30', '2026-12-06'],
      ['2026-12-07', '2026-12-07'],
    ]);
  });

  it('gives calendar months, across a year end, as of their last day or `to`', () => {
    expect(
      dates(trendBuckets(day('2025-11-15'), day('2026-02-10'), 'month', today)),
    ).toEqual([
      ['2025-11-01', '2025-11-30'],
      ['2025-12-01', '2025-12-31'],
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-02-10'],
    ]);
  });
});

describe('trendPoints', () => {
  it('sums a day into a point, and leaves out periods without figures', () => {
    const points = trendPoints(
      [
        { start: 10, asOf: 10 },
        { start: 11, asOf: 11 },
      ],
      [
        {
          day: 11,
          services: 4,
          assessed: 3,
          stale: 1,
          levels: [1, 0, 2, 0, 0],
          scoreSum: 0.25 + 2 + 2.25,
          withTarget: 2,
          atTarget: 1,
          evidenceAnswered: 30,
          evidenceBacked: 10,
        },
      ],
    );
    expect(points).toEqual([
      {
        date: dayToDate(11),
        asOf: dayToDate(11),
        serviceCount: 4,
        assessedCount: 3,
        staleCount: 1,
        levelDistribution: {
          levels: { '0': 1, '1': 0, '2': 2, '3': 0, '4': 0 },
          notAssessed: 1,
        },
        meanScore: 1.5,
        withTargetCount: 2,
        atTargetCount: 1,
        atTargetShare: 0.5,
        evidenceShare: 0.3333,
      },
    ]);
  });
});
