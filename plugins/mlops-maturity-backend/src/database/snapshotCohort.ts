import { Knex } from 'knex';
import { SNAPSHOT_SERVICES, SNAPSHOTS } from './snapshotRows';

/**
 * The snapshot rows (`n`, with their service as `s`) of the services a
 * scorecard query selects today: `cohort` is a query of the scorecard table
 * (see `filtered`), so the filters and the caller's visibility are the
 * scorecard's own.
 */
export function snapshotsOf(db: Knex, cohort: Knex.QueryBuilder) {
  return db(`${SNAPSHOTS} as n`)
    .join(`${SNAPSHOT_SERVICES} as s`, 's.id', 'n.service_id')
    .whereIn(
      ['s.entity_ref', 's.entity_uid'],
      cohort.clearSelect().select('entity_ref', 'entity_uid'),
    );
}

/** Narrows snapshot rows to some days: a range when they follow each other. */
export function onDays(q: Knex.QueryBuilder, days: number[]) {
  if (days.length === 0) return q.whereRaw('1 = 0');
  const contiguous = days.every((day, i) => i === 0 || day === days[i - 1] + 1);
  return contiguous
    ? q.whereBetween('n.day', [days[0], days[days.length - 1]])
    : q.whereIn('n.day', days);
}
