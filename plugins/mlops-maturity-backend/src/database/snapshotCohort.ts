import { Knex } from 'knex';
import { SNAPSHOT_SERVICES, SNAPSHOTS } from './snapshotRows';

/**
 * The snapshot ids (`id`) of the services a scorecard query selects today:
 * `cohort` is a query of the scorecard table (see `filtered`), so the
 * filters and the caller's visibility are the scorecard's own.
 */
export function cohortIds(db: Knex, cohort: Knex.QueryBuilder) {
  return db(`${SNAPSHOT_SERVICES} as s`)
    .whereIn(
      ['s.entity_ref', 's.entity_uid'],
      cohort.clearSelect().select('entity_ref', 'entity_uid'),
    )
    .select('s.id');
}

/**
 * The snapshot rows (`n`) of the services a
 * scorecard query selects today (see cohortIds).
 */
export function snapshotsOf(db: Knex, cohort: Knex.QueryBuilder) {
  // The cohort's ids are found once; each snapshot row is then one probe.
  return db(`${SNAPSHOTS} as n`).whereIn('n.service_id', cohortIds(db, cohort));
}
