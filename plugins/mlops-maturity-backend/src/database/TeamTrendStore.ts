import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { filtered } from './scorecardFilters';
import { ScorecardFilters } from './scorecardTypes';
import { SNAPSHOT_SERVICES, SNAPSHOTS } from './snapshotRows';

/** One owner's services on one day, as summed by the database. */
export interface TeamDay {
  owner: string | null;
  day: number;
  services: number;
  assessed: number;
  /** Sum of the assessed services' scores. */
  scoreSum: number;
}

/**
 * The scorecard's owner roll-ups over time, from the daily snapshots: for
 * some days, the services a scorecard query selects today (its filters, the
 * caller's visibility) summed per owner (as the scorecard groups them
 * today) as they stood on each day.
 */
export class TeamTrendStore {
  constructor(private readonly db: Knex) {}

  /**
   * One grouped read of the rows of `days` (a point's day each): it costs
   * services × days asked for, whatever the history holds, which for a
   * sparkline of a few points is less than a pass per owner.
   */
  async teamDays(
    filters: ScorecardFilters,
    staleBefore: Date,
    visibility: RowRestriction,
    days: number[],
  ): Promise<TeamDay[]> {
    if (visibility.kind === 'none' || days.length === 0) return [];
    const { db } = this;
    const cohort = filtered(db, filters, staleBefore, visibility)
      .clearSelect()
      .select('entity_ref', 'entity_uid', 'owner')
      .as('e');
    const rows = await db(`${SNAPSHOTS} as n`)
      .join(`${SNAPSHOT_SERVICES} as s`, 's.id', 'n.service_id')
      .join(cohort, join =>
        join
          .on('e.entity_ref', 's.entity_ref')
          .andOn('e.entity_uid', 's.entity_uid'),
      )
      .whereIn('n.day', days)
      .groupBy('e.owner', 'n.day')
      .select(
        'e.owner',
        'n.day',
        db.raw('count(*) as services'),
        db.raw(
          'sum(case when n.level is not null then 1 else 0 end) as assessed',
        ),
        db.raw('sum(coalesce(n.score, 0)) as score_sum'),
      );
    return rows.map((r: any) => ({
      owner: r.owner ?? null,
      day: Number(r.day),
      services: Number(r.services),
      assessed: Number(r.assessed),
      scoreSum: Number(r.score_sum) / 10_000,
    }));
  }
}
