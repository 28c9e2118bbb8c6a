import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { filtered } from './scorecardFilters';
import { ScorecardFilters } from './scorecardTypes';
import { onDays, snapshotsOf } from './snapshotCohort';

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
 * visibility) summed as they stood on each day, one grouped pass.
 */
export class ScorecardTrendStore {
  constructor(private readonly db: Knex) {}

  async trendDays(
    filters: ScorecardFilters,
    staleBefore: Date,
    visibility: RowRestriction,
    days: number[],
  ): Promise<TrendDay[]> {
    if (visibility.kind === 'none') return [];
    const cohort = filtered(this.db, filters, staleBefore, visibility);
    const raw = (sql: string) => this.db.raw(sql);
    const rows = await onDays(snapshotsOf(this.db, cohort), days)
      .groupBy('n.day')
      .orderBy('n.day')
      .select(
        'n.day',
        raw('count(*) as services'),
        raw('count(n.level) as assessed'),
        raw('sum(n.stale) as stale'),
        ...LEVELS.map(level =>
          raw(
            `sum(case when n.level = ${level} then 1 else 0 end) as level_${level}`,
          ),
        ),
        raw('sum(n.score) as score_sum'),
        raw(
          'sum(case when n.target_level is null then 0 else 1 end) as with_target',
        ),
        raw(
          'sum(case when n.level >= n.target_level then 1 else 0 end) as at_target',
        ),
        raw('sum(n.evidence_answered) as evidence_answered'),
        raw('sum(n.evidence_backed) as evidence_backed'),
      );
    return rows.map((row: any) => ({
      day: Number(row.day),
      services: Number(row.services),
      assessed: Number(row.assessed),
      stale: Number(row.stale ?? 0),
      levels: LEVELS.map(level => Number(row[`level_${level}`] ?? 0)) as [
        number,
        number,
        number,
        number,
        number,
      ],
      scoreSum: Number(row.score_sum ?? 0) / 10_000,
      withTarget: Number(row.with_target ?? 0),
      atTarget: Number(row.at_target ?? 0),
      evidenceAnswered: Number(row.evidence_answered ?? 0),
      evidenceBacked: Number(row.evidence_backed ?? 0),
    }));
  }
}
