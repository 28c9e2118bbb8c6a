import { Knex } from 'knex';
import {
  Group,
  GROUP_FIELDS,
  groupKey,
  readGroups,
  SUMMARY_GROUPS,
  SUMMARY_STATE,
} from './summaryGroups';

/** Refs per read of their groups. */
const READ_BATCH = 500;
/** Groups per upsert: SQLite's multi-row insert is a compound select of at most 500 terms. */
const WRITE_BATCH = 200;

const isMysql = (db: Knex) => String(db.client.config.client).includes('mysql');

/**
 * Locks the roll-ups' state row until the transaction ends and returns the
 * stale boundary (null: roll-ups not built). Every writer of the scorecard
 * table takes this lock before its first write to the table, and the
 * rebuild takes it too: writers of the scorecard table follow one another
 * across instances (SQLite has one writer anyway), so a writer's
 * "before" and "after" reads of its rows see no other writer's change in
 * between, and no two writers' differences can be lost or counted twice.
 * Row locks and increments alone would not do: on PostgreSQL a writer's
 * "before" read and its update may see different versions of a row another
 * writer changed in between, and an upsert racing another instance's insert
 * of the same service counts it twice (the drift test sees both without
 * this lock; MariaDB deadlocks instead). The price: a submission waits while
 * a sync's transaction holds the lock; readers never take it, except to
 * re-base.
 */
export async function lockSummaryState(tx: Knex): Promise<Date | null> {
  const row = await tx(SUMMARY_STATE)
    .where('id', 1)
    .modify(q => {
      if (!String(tx.client.config.client).includes('sqlite')) q.forUpdate();
    })
    .first('stale_boundary');
  const boundary = row?.stale_boundary;
  return boundary === null || boundary === undefined
    ? null
    : new Date(boundary);
}

/**
 * Forgets the roll-ups inside the caller's transaction (which holds their
 * lock): the next reader builds them anew, writers leave them alone until
 * then.
 */
export async function forgetRollupsInTransaction(tx: Knex): Promise<void> {
  await tx(SUMMARY_GROUPS).delete();
  await tx(SUMMARY_STATE).where('id', 1).update({ stale_boundary: null });
}

/**
 * Adds `groups` to the roll-ups (signed: a negative count takes services
 * out), one upsert per few hundred groups in group-key order, so that two
 * writers lock the same rows in the same order.
 */
export async function addToGroups(tx: Knex, groups: Group[]): Promise<void> {
  const sorted = groups
    .map(group => ({ group_key: groupKey(group), ...group }))
    .sort((a, b) => (a.group_key < b.group_key ? -1 : 1));
  const mysql = isMysql(tx);
  const increments = Object.fromEntries(
    GROUP_FIELDS.map(field => [
      field,
      tx.raw(
        mysql ? '?? + values(??)' : '?? + excluded.??',
        mysql ? [field, field] : [`${SUMMARY_GROUPS}.${field}`, field],
      ),
    ]),
  );
  for (let i = 0; i < sorted.length; i += WRITE_BATCH) {
    await tx(SUMMARY_GROUPS)
      .insert(sorted.slice(i, i + WRITE_BATCH))
      .onConflict('group_key')
      .merge(increments);
  }
}

/**
 * The roll-ups' side of one writing transaction: `track` reads the groups of
 * the rows a write may change before and after it, and `apply` adds the
 * difference (old rows out, new rows in) to the roll-ups, in the same
 * transaction. See `withSummaryRollups`.
 */
export class SummaryRollupWriter {
  private readonly differences = new Map<string, Group>();

  constructor(
    private readonly tx: Knex,
    private readonly boundary: Date | null,
  ) {}

  private async groupsOf(refs: string[]): Promise<Group[]> {
    const groups: Group[] = [];
    for (let i = 0; i < refs.length; i += READ_BATCH) {
      const batch = refs.slice(i, i + READ_BATCH);
      groups.push(
        ...(await readGroups(
          this.tx,
          this.boundary!,
          q => q.whereIn('entity_ref', batch),
          true,
        )),
      );
    }
    return groups;
  }

  private count(groups: Group[], sign: 1 | -1) {
    for (const group of groups) {
      const key = groupKey(group);
      let held = this.differences.get(key);
      if (!held) {
        held = { ...group };
        for (const field of GROUP_FIELDS) held[field] = 0;
        this.differences.set(key, held);
      }
      for (const field of GROUP_FIELDS) held[field] += sign * group[field];
    }
  }

  /**
   * Runs `write`, which changes (inserts, updates or deletes) scorecard rows
   * of these refs only, and counts its difference to the groups.
   */
  async track<T>(refs: string[], write: () => Promise<T>): Promise<T> {
    if (this.boundary === null || refs.length === 0) return write();
    const unique = [...new Set(refs)];
    this.count(await this.groupsOf(unique), -1);
    const result = await write();
    this.count(await this.groupsOf(unique), 1);
    return result;
  }

  /** Adds the tracked differences to the roll-ups (groups that did not change are left alone). */
  async apply(): Promise<void> {
    const changed = [...this.differences.values()].filter(group =>
      GROUP_FIELDS.some(field => group[field] !== 0),
    );
    this.differences.clear();
    if (changed.length > 0) await addToGroups(this.tx, changed);
  }
}

/**
 * Runs a writer of the scorecard table with the roll-ups kept in its
 * transaction: takes the roll-ups' lock first, lets the writer `track` each
 * write, then adds the difference. The writer must pass every write of
 * summary columns through `track`.
 */
export async function withSummaryRollups<T>(
  tx: Knex.Transaction,
  write: (rollups: SummaryRollupWriter) => Promise<T>,
): Promise<T> {
  const rollups = new SummaryRollupWriter(tx, await lockSummaryState(tx));
  const result = await write(rollups);
  await rollups.apply();
  return result;
}
