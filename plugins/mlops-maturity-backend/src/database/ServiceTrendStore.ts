import { Knex } from 'knex';
import { EntityIdentity } from './EntityIdentity';
import { SNAPSHOT_SERVICES, SNAPSHOTS, SnapshotRow } from './snapshotRows';

/** One service's snapshot of one day, as a trend shows it. */
export interface ServiceDay {
  day: number;
  level: number | null;
  score: number | null;
  gatedLevel: number | null;
  evidenceAnswered: number | null;
  evidenceBacked: number | null;
  targetLevel: number | null;
  stale: boolean;
}

const orNull = (value: unknown) =>
  value === null || value === undefined ? null : Number(value);

/**
 * One ML service over time, from its daily snapshots (see the snapshots
 * migration). A re-created entity (a new uid) has a history of its own.
 */
export class ServiceTrendStore {
  constructor(private readonly db: Knex) {}

  /**
   * The service's rows of `days` that were written, oldest first: one probe
   * of the snapshots' key (day, service) per day, so the cost grows with
   * the days asked for, not with the services or the days stored.
   */
  async serviceDays(id: EntityIdentity, days: number[]): Promise<ServiceDay[]> {
    if (days.length === 0) return [];
    const rows: Array<Pick<SnapshotRow, keyof SnapshotRow>> = await this.db(
      `${SNAPSHOTS} as n`,
    )
      .where(
        'n.service_id',
        this.db(SNAPSHOT_SERVICES)
          .where({ entity_ref: id.entityRef, entity_uid: id.entityUid })
          .select('id'),
      )
      .whereIn('n.day', days)
      .orderBy('n.day')
      .select('n.*');
    return rows.map(row => ({
      day: Number(row.day),
      level: orNull(row.level),
      score: row.score === null ? null : Number(row.score) / 10_000,
      gatedLevel: orNull(row.gated_level),
      evidenceAnswered: orNull(row.evidence_answered),
      evidenceBacked: orNull(row.evidence_backed),
      targetLevel: orNull(row.target_level),
      stale: Number(row.stale) === 1,
    }));
  }
}
