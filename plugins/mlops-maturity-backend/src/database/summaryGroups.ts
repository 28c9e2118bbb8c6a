import { Knex } from 'knex';
import { GroupRow } from './scorecardRollups';
import { ENTITIES } from './scorecardTable';

/** The summary's roll-ups: one row per (owner, level, verified level) group. */
export const SUMMARY_GROUPS = 'mlops_maturity_summary_groups';
/** The roll-ups' stale boundary (null: not built); the row their writers lock. */
export const SUMMARY_STATE = 'mlops_maturity_summary_state';

/** The verified level a group counts: an assessed service's (tier 0) only. */
export const VERIFIED_GROUP_LEVEL =
  'case when verified_tier = 0 then verified_level end';

/** The counts and sums of a group, as the roll-ups table names them. */
export const GROUP_FIELDS = [
  'service_count',
  'assessed_count',
  'score_sum',
  'stale_count',
  'with_target_count',
  'at_target_count',
  'evidence_answered',
  'evidence_backed',
  'evidence_higher_count',
  'verified_score_sum',
  'verified_count',
  'verified_below_count',
] as const;

/** A group's values, numbers only: what a roll-up row holds. */
export type GroupFigures = Record<(typeof GROUP_FIELDS)[number], number>;

/** A group's identity and figures. */
export type Group = {
  owner: string | null;
  level: number | null;
  verified_group_level: number | null;
} & GroupFigures;

/**
 * The aggregates of a group of scorecard rows, stale counted against
 * `staleBefore`: the one definition the grouped pass, the roll-ups' rebuild
 * and every writer's difference use, so that they cannot disagree.
 */
export function groupAggregates(db: Knex, staleBefore: Date): Knex.Raw[] {
  return [
    db.raw('count(*) as service_count'),
    db.raw('sum(assessed) as assessed_count'),
    db.raw('sum(score) as score_sum'),
    db.raw('sum(case when updated_at < ? then 1 else 0 end) as stale_count', [
      staleBefore,
    ]),
    db.raw('count(target_level) as with_target_count'),
    db.raw(
      'sum(case when level >= target_level then 1 else 0 end) as at_target_count',
    ),
    db.raw(
      'sum(case when assessed = 1 then evidence_answered else 0 end) as evidence_answered',
    ),
    db.raw(
      'sum(case when assessed = 1 then evidence_backed else 0 end) as evidence_backed',
    ),
    db.raw(
      'sum(case when assessed = 1 and evidence_higher > 0 then 1 else 0 end) as evidence_higher_count',
    ),
    db.raw(
      'sum(case when verified_tier = 0 then verified_score else 0 end) as verified_score_sum',
    ),
    db.raw(
      'sum(case when verified_tier = 0 then 1 else 0 end) as verified_count',
    ),
    db.raw(
      'sum(case when verified_tier = 0 and verified_level < level then 1 else 0 end) as verified_below_count',
    ),
  ];
}

const orNull = (value: unknown) => (value === null ? null : Number(value));

/** A database's group row as numbers (drivers return sums as strings). */
export function toGroup(row: GroupRow): Group {
  const group = {
    owner: row.owner,
    level: orNull(row.level),
    verified_group_level: orNull(row.verified_group_level),
  } as Group;
  for (const field of GROUP_FIELDS) {
    group[field] = Number((row as any)[field] ?? 0);
  }
  return group;
}

/** The name of a group in the roll-ups table: its three values, nulls included. */
export const groupKey = (group: Group) =>
  JSON.stringify([group.owner, group.level, group.verified_group_level]);

/**
 * The scorecard rows of `where`, grouped by (owner, level, verified level),
 * stale counted against `staleBefore`. On MySQL the read locks the rows
 * (a locking read sees the newest committed rows, whatever snapshot the
 * transaction holds); PostgreSQL reads them at the statement's start, and
 * SQLite has one writer at a time.
 */
export async function readGroups(
  db: Knex,
  staleBefore: Date,
  where: (q: Knex.QueryBuilder) => void,
  lock = false,
): Promise<Group[]> {
  const rows: GroupRow[] = await db(ENTITIES)
    .modify(where)
    .groupBy('owner', 'level')
    .groupByRaw(VERIFIED_GROUP_LEVEL)
    .select(
      'owner',
      'level',
      db.raw(`${VERIFIED_GROUP_LEVEL} as verified_group_level`),
      ...groupAggregates(db, staleBefore),
    )
    .modify(q => {
      if (lock && String(db.client.config.client).includes('mysql')) {
        q.forUpdate();
      }
    });
  return rows.map(toGroup);
}
