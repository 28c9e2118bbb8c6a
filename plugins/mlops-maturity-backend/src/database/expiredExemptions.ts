import { Knex } from 'knex';
import { REVIEWS } from './reviewRows';
import { ENTITIES } from './scorecardTable';

/** The approved exemptions of one ML service that have expired. */
export interface ExpiredExemptions {
  /** The N/A answers' question ids, in order. */
  questionIds: string[];
  /** When the first of them expired (ISO 8601). */
  firstExpiredAt: string;
}

/**
 * The ML services on the scorecard whose approved "not applicable" answers
 * have an expiry at or before `now`, by entity ref. Only reviews of the
 * entity the scorecard lists (same uid): a re-created entity's old reviews
 * are not its own.
 */
export async function expiredExemptionsOf(
  db: Knex,
  now: Date,
): Promise<Map<string, ExpiredExemptions>> {
  const rows: Array<{
    entity_ref: string;
    question_id: string;
    expires_at: string | Date;
  }> = await db(`${REVIEWS} as r`)
    .join(`${ENTITIES} as e`, join =>
      join
        .on('e.entity_ref', 'r.entity_ref')
        .andOn('e.entity_uid', 'r.entity_uid'),
    )
    .where('r.kind', 'not-applicable')
    .where('r.status', 'approved')
    .whereNotNull('r.expires_at')
    .where('r.expires_at', '<=', now)
    .orderBy([
      { column: 'r.entity_ref' },
      { column: 'r.expires_at' },
      { column: 'r.question_id' },
    ])
    .select('r.entity_ref', 'r.question_id', 'r.expires_at');
  const found = new Map<string, ExpiredExemptions>();
  for (const row of rows) {
    const known = found.get(row.entity_ref);
    if (known) known.questionIds.push(row.question_id);
    else {
      found.set(row.entity_ref, {
        questionIds: [row.question_id],
        firstExpiredAt: new Date(row.expires_at).toISOString(),
      });
    }
  }
  for (const value of found.values()) value.questionIds.sort();
  return found;
}
