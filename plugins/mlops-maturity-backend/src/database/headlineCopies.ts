import { Knex } from 'knex';
import {
  CURRENT,
  ENTITIES,
  EVIDENCE_COLUMNS,
  HEADLINE_COLUMNS,
  VERIFIED_COLUMNS,
} from './scorecardTable';
import { SummaryRollupWriter } from './SummaryRollupWriter';

/** Whether a row lags behind its entity's current revision (SQL, on the scorecard table). */
const LAGGING = `exists (select 1 from ${CURRENT} c where c.entity_ref = ${ENTITIES}.entity_ref and c.entity_uid = ${ENTITIES}.entity_uid and c.revision > coalesce(${ENTITIES}.revision, 0))`;

/** The refs of the rows that lag behind their entity's current revision (of these refs, when given). */
async function laggingRefs(db: Knex, refs?: string[]): Promise<string[]> {
  const rows = await db(ENTITIES)
    .whereRaw(LAGGING)
    .modify(q => {
      if (refs) q.whereIn('entity_ref', refs);
    })
    .select('entity_ref');
  return rows.map((row: { entity_ref: string }) => row.entity_ref);
}

/**
 * Copies the current revision's numbers onto these rows where they lag
 * behind their entity's current revision, e.g. rows the sync has just
 * added. Forward only: a newer revision written meanwhile by a submission
 * is never overwritten. Correlated subqueries, so that it runs on every
 * database.
 */
export async function copyHeadlines(db: Knex, refs: string[]) {
  const current = (columns: string) =>
    `select ${columns} from ${CURRENT} c where c.entity_ref = ${ENTITIES}.entity_ref and c.entity_uid = ${ENTITIES}.entity_uid`;
  const assignments = HEADLINE_COLUMNS.map(
    column => `${column} = (${current(`c.${column}`)})`,
  );
  // The copied revision is not measured nor verified yet: the sync
  // measures it next, the verification task verifies it.
  const unmeasured = [...EVIDENCE_COLUMNS, ...VERIFIED_COLUMNS].map(
    column => `${column} = null`,
  );
  await db.raw(
    `update ${ENTITIES} set assessed = 1, ${[
      ...assignments,
      ...unmeasured,
    ].join(', ')}
     where ${LAGGING} and ${ENTITIES}.entity_ref in (${refs
      .map(() => '?')
      .join(', ')})`,
    refs,
  );
}

/**
 * Copies the current headlines onto the lagging rows (of these refs, when
 * given), a batch at a time, each batch's difference counted to the
 * summary's roll-ups.
 */
export async function copyLaggingHeadlines(
  tx: Knex,
  rollups: SummaryRollupWriter,
  refs?: string[],
) {
  const lagging = await laggingRefs(tx, refs);
  for (let i = 0; i < lagging.length; i += 500) {
    const batch = lagging.slice(i, i + 500);
    await rollups.track(batch, () => copyHeadlines(tx, batch));
  }
}
