import { Knex } from 'knex';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ENTITIES } from './scorecardTable';
import { TargetMiss } from './scorecardTypes';

/** What of a scorecard row says whether it misses its target. */
export interface TargetStanding {
  entity_ref: string;
  assessed: number | boolean | string | null;
  level: number | string | null;
  target_level: number | string | null;
  target_title: string | null;
}

/** The columns a standing is read from, to select with the rows a write compares. */
export const STANDING_COLUMNS = [
  'assessed',
  'level',
  'target_level',
  'target_title',
] as const;

/**
 * Whether a row misses its target: assessed, with a target, below it. An
 * unassessed service is below its target on the scorecard too, but it is
 * not said to miss it here: nothing about it changed.
 */
export function misses(row: TargetStanding | undefined): boolean {
  return (
    row !== undefined &&
    Number(row.assessed) === 1 &&
    row.level !== null &&
    row.target_level !== null &&
    Number(row.level) < Number(row.target_level)
  );
}

/**
 * The rows among `refs` that miss their target now and did not in
 * `before` (a ref absent from it had no row): read in the write's
 * transaction, after it.
 */
export async function newTargetMisses(
  tx: Knex,
  refs: string[],
  before: Map<string, TargetStanding>,
): Promise<TargetMiss[]> {
  const found: TargetMiss[] = [];
  for (let i = 0; i < refs.length; i += 500) {
    const rows: TargetStanding[] = await tx(ENTITIES)
      .whereIn('entity_ref', refs.slice(i, i + 500))
      .whereNotNull('target_level')
      .whereRaw('level < target_level')
      .select(['entity_ref', ...STANDING_COLUMNS]);
    for (const row of rows) {
      if (!misses(row) || misses(before.get(row.entity_ref))) continue;
      found.push({
        entityRef: row.entity_ref,
        level: Number(row.level) as MaturityLevelNumber,
        targetLevel: Number(row.target_level) as MaturityLevelNumber,
        targetTitle: row.target_title,
      });
    }
  }
  return found;
}
