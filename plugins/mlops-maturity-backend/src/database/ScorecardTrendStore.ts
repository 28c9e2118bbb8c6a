import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { filtered } from './scorecardFilters';
import { ScorecardFilters } from './scorecardTypes';
import { ColumnOf, SeriesColumn, snapshotSeries } from './snapshotSeries';

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

/** 1 where the row is and `test` holds, else 0. */
const present = (test: (c: ColumnOf) => string) => (c: ColumnOf) =>
  `case when ${c('day')} is not null and ${test(c)} then 1 else 0 end`;
const value =
  (column: 'stale' | 'score' | 'evidence_answered' | 'evidence_backed') =>
  (c: ColumnOf) =>
    `coalesce(${c(column)}, 0)`;

/** What a trend sums per day. */
const COLUMNS: SeriesColumn[] = [
  { name: 'services', sql: present(() => '1 = 1') },
  { name: 'assessed', sql: present(c => `${c('level')} is not null`) },
  { name: 'stale', sql: value('stale') },
  ...LEVELS.map(level => ({
    name: `level_${level}`,
    sql: present(c => `${c('level')} = ${level}`),
  })),
  { name: 'score_sum', sql: value('score') },
  {
    name: 'with_target',
    sql: present(c => `${c('target_level')} is not null`),
  },
  {
    name: 'at_target',
    sql: present(c => `${c('level')} >= ${c('target_level')}`),
  },
  { name: 'evidence_answered', sql: value('evidence_answered') },
  { name: 'evidence_backed', sql: value('evidence_backed') },
];

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
    const series = await snapshotSeries(
      this.db,
      () => filtered(this.db, filters, staleBefore, visibility),
      days[0],
      days[days.length - 1],
      COLUMNS,
    );
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
