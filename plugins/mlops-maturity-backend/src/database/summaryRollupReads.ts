import { Knex } from 'knex';
import { GroupRow } from './scorecardRollups';
import { ENTITIES } from './scorecardTable';
import { ScorecardFilters } from './scorecardTypes';
import {
  GROUP_FIELDS,
  readGroups,
  SUMMARY_GROUPS,
  SUMMARY_STATE,
  VERIFIED_GROUP_LEVEL,
} from './summaryGroups';
import {
  addToGroups,
  forgetRollupsInTransaction,
  lockSummaryState,
} from './SummaryRollupWriter';

/**
 * How far the readers' stale instant may move from the roll-ups' boundary
 * before a reader re-bases them. The rows between the two are counted at
 * each read (see `readSummaryRollups`); an hour of them is a handful of
 * rows at any scale, and a re-basing (a grouped pass, 100 ms at 100,000
 * services) at most once an hour.
 */
export const REBASE_AFTER_MS = 60 * 60 * 1000;

/** The filters the roll-ups can serve: the groups' own columns. */
const GROUP_FILTERS = new Set(['owner', 'level']);

/** Whether the summary of this query and visibility can be read from the roll-ups. */
export function servedByRollups(
  filters: ScorecardFilters,
  visibility: { kind: string },
): boolean {
  if (visibility.kind !== 'all') return false;
  return Object.entries(filters).every(
    ([field, value]) =>
      value === undefined ||
      (Array.isArray(value) &&
        (value.length === 0 || GROUP_FILTERS.has(field))),
  );
}

/**
 * Builds the roll-ups from scratch with stale counted against `boundary`:
 * one grouped pass over the scorecard table, under the writers' lock. What
 * the first reader after the migration runs, every re-basing, and a repair.
 * `needed` is asked again under the lock, so that of readers re-basing at
 * once only the first does.
 */
export async function rebuildSummaryRollups(
  db: Knex,
  boundary: Date,
  needed: (current: Date | null) => boolean = () => true,
): Promise<void> {
  await db.transaction(async tx => {
    if (!needed(await lockSummaryState(tx))) return;
    const groups = await readGroups(tx, boundary, () => {});
    await tx(SUMMARY_GROUPS).delete();
    await addToGroups(tx, groups);
    await tx(SUMMARY_STATE).where('id', 1).update({ stale_boundary: boundary });
  });
}

const far = (boundary: Date | null, staleBefore: Date) =>
  boundary === null ||
  Math.abs(boundary.getTime() - staleBefore.getTime()) > REBASE_AFTER_MS;

/**
 * The groups of the whole scorecard (or of some owners or levels) with stale
 * counted against `staleBefore`, from the roll-ups, in one statement (one
 * snapshot on every database):
 *
 * Stale counts depend on time, and time moves without a write. The groups
 * hold them against the stored boundary B (rows updated before B); the
 * statement adds the rows updated in [B, staleBefore), or takes out those
 * in [staleBefore, B) when the instant is earlier than B (a shorter
 * `staleAfterDays`), by a range of the (assessed, updated_at) index: an
 * unassessed row has no updated_at. When B is more than REBASE_AFTER_MS
 * away (or not built), the reader re-bases first, B becoming its instant.
 */
export async function readSummaryRollups(
  db: Knex,
  staleBefore: Date,
  filters: ScorecardFilters,
): Promise<GroupRow[]> {
  const state = await db(SUMMARY_STATE).where('id', 1).first('stale_boundary');
  const boundary =
    state?.stale_boundary === null || state?.stale_boundary === undefined
      ? null
      : new Date(state.stale_boundary);
  if (far(boundary, staleBefore)) {
    await rebuildSummaryRollups(db, staleBefore, current =>
      far(current, staleBefore),
    );
  }
  const where = (q: Knex.QueryBuilder) => {
    if (filters.owner?.length) q.whereIn('owner', filters.owner);
    if (filters.level?.length) q.whereIn('level', filters.level);
  };
  const boundarySql = db(SUMMARY_STATE).where('id', 1).select('stale_boundary');
  const crossed = (from: unknown, to: unknown, sign: string) =>
    db(ENTITIES)
      .modify(where)
      .where('assessed', 1)
      .where('updated_at', '>=', from as any)
      .where('updated_at', '<', to as any)
      .groupBy('owner', 'level')
      .groupByRaw(VERIFIED_GROUP_LEVEL)
      .select(
        'owner',
        'level',
        db.raw(`${VERIFIED_GROUP_LEVEL} as verified_group_level`),
        ...GROUP_FIELDS.map(field =>
          field === 'stale_count'
            ? db.raw(`${sign}count(*) as stale_count`)
            : db.raw(`0 as ${field}`),
        ),
      );
  return db(SUMMARY_GROUPS)
    .modify(where)
    .where('service_count', '>', 0)
    .select('owner', 'level', 'verified_group_level', ...GROUP_FIELDS)
    .unionAll(
      [
        crossed(boundarySql, staleBefore, ''),
        crossed(staleBefore, boundarySql, '-'),
      ],
      // Unwrapped: SQLite takes no parenthesised members.
      false,
    );
}

/**
 * Forgets the roll-ups (the repair after a write that went around the
 * stores, e.g. by hand): the next reader builds them anew, and writers leave
 * them alone until then.
 */
export async function forgetSummaryRollups(db: Knex): Promise<void> {
  await db.transaction(async tx => {
    await lockSummaryState(tx);
    await forgetRollupsInTransaction(tx);
  });
}
