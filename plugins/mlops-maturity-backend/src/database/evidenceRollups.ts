import { EvidenceMeasurement } from './scorecardTypes';
import { Group, GROUP_FIELDS, groupKey } from './summaryGroups';

/** The columns of a stored row that name its group and its evidence figures. */
export const EVIDENCE_GROUP_COLUMNS = [
  'owner',
  'level',
  'assessed',
  'verified_tier',
  'verified_level',
  'evidence_answered',
  'evidence_backed',
  'evidence_higher',
] as const;

const orNull = (value: unknown) =>
  value === null || value === undefined ? null : Number(value);

/** A row's evidence figures as the summary counts them (`groupAggregates`): an assessed service's only. */
function counted(
  assessed: boolean,
  answered: unknown,
  backed: unknown,
  higher: unknown,
) {
  return {
    evidence_answered: assessed ? Number(answered ?? 0) : 0,
    evidence_backed: assessed ? Number(backed ?? 0) : 0,
    evidence_higher_count: assessed && Number(higher ?? 0) > 0 ? 1 : 0,
  };
}

/**
 * Adds to `groups` what writing these measurements over these stored rows
 * (read under the roll-ups' lock, each at the measured revision) changes in
 * the summary's groups: the evidence sums only, as an evidence write changes no
 * service's group, count, stale or verified figures. Computed from the
 * rows already read, instead of reading their groups before and after:
 * that read cost 60% more for the write on SQLite (the drift test holds
 * the two to the grouped pass).
 */
export function addEvidenceDifferences(
  groups: Map<string, Group>,
  updates: EvidenceMeasurement[],
  stored: Map<string, Record<string, unknown>>,
): void {
  for (const m of updates) {
    const row = stored.get(m.entityRef)!;
    const identity = {
      owner: (row.owner ?? null) as string | null,
      level: orNull(row.level),
      verified_group_level:
        Number(row.verified_tier) === 0 ? orNull(row.verified_level) : null,
    };
    const key = groupKey(identity as Group);
    let group = groups.get(key);
    if (!group) {
      group = { ...identity } as Group;
      for (const field of GROUP_FIELDS) group[field] = 0;
      groups.set(key, group);
    }
    const assessed = Number(row.assessed) === 1;
    const before = counted(
      assessed,
      row.evidence_answered,
      row.evidence_backed,
      row.evidence_higher,
    );
    const after = counted(assessed, m.answered, m.backed, m.higher);
    for (const field of Object.keys(after) as Array<keyof typeof after>) {
      group[field] += after[field] - before[field];
    }
  }
}

/** The groups that changed. */
export const changedGroups = (groups: Map<string, Group>): Group[] =>
  [...groups.values()].filter(group =>
    GROUP_FIELDS.some(field => group[field] !== 0),
  );
