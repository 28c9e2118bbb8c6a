import { Knex } from 'knex';
import { EntityIdentity } from './EntityIdentity';
import {
  ENTITIES,
  HEADLINE_COLUMNS,
  NO_HEADLINE,
  NOT_MEASURED,
  NOT_VERIFIED,
  newDataVersion,
} from './scorecardTable';
import { EvidenceMeasurement } from './scorecardTypes';
import {
  addEvidenceDifferences,
  changedGroups,
  EVIDENCE_GROUP_COLUMNS,
} from './evidenceRollups';
import { Group } from './summaryGroups';
import {
  addToGroups,
  forgetRollupsInTransaction,
  lockSummaryState,
  withSummaryRollups,
} from './SummaryRollupWriter';

/**
 * Evidence measurements per statement, per database. PostgreSQL takes them
 * as eight arrays (`unnest`), so a statement costs the same to plan at any
 * size; a values list of 4,000 rows took 84 ms to plan, and 171 µs a row
 * to run against 76 µs at 500. SQLite and MySQL bind a values list (MySQL a
 * union of one select per row), 500 rows a statement.
 */
function evidenceBatchSize(db: Knex): number {
  return String(db.client.config.client) === 'pg' ? 2000 : 500;
}

/** The PostgreSQL statement: the measurements as arrays, one per column. */
async function writeEvidenceArrays(
  tx: Knex,
  updates: EvidenceMeasurement[],
  measuredAt: Date,
  set: string,
  match: string,
): Promise<number> {
  const result = await tx.raw(
    `update ${ENTITIES} as e set ${set}
     from unnest(?::varchar[], ?::varchar[], ?::integer[], ?::integer[], ?::integer[], ?::double precision[], ?::integer[], ?::varchar[])
       as v (entity_ref, entity_uid, revision, answered, backed, share, higher, fingerprint)
     where ${match}`,
    // Arrays bind as PostgreSQL arrays (knex's types know no array bindings).
    [
      measuredAt, // evidence_measured_at, in `set`
      updates.map(m => m.entityRef),
      updates.map(m => m.entityUid),
      updates.map(m => m.revision),
      updates.map(m => m.answered),
      updates.map(m => m.backed),
      updates.map(m => (m.answered > 0 ? m.backed / m.answered : null)),
      updates.map(m => m.higher),
      updates.map(m => m.fingerprint),
    ] as unknown as Knex.RawBinding[],
  );
  return Number(result?.rowCount ?? 0);
}

/**
 * Writes evidence measurements in one statement, each row only while it is
 * still at the measured revision: an update joined to the measurements as a
 * derived table (one statement per row cost 5.5 s for 8,000 rows on
 * PostgreSQL). Returns how many rows it wrote.
 */
async function writeEvidence(
  tx: Knex,
  updates: EvidenceMeasurement[],
  measuredAt: Date,
): Promise<number> {
  const client = String(tx.client.config.client);
  const mysql = client.includes('mysql');
  const row = mysql
    ? 'select ? as entity_ref, ? as entity_uid, ? as revision, ? as answered, ? as backed, ? as share, ? as higher, ? as fingerprint'
    : '(cast(? as varchar(255)), cast(? as varchar(255)), cast(? as integer), cast(? as integer), cast(? as integer), cast(? as double precision), cast(? as integer), cast(? as varchar(64)))';
  const bindings = updates.flatMap(m => [
    m.entityRef,
    m.entityUid,
    m.revision,
    m.answered,
    m.backed,
    m.answered > 0 ? m.backed / m.answered : null,
    m.higher,
    m.fingerprint,
  ]);
  const rows = updates.map(() => row);
  const match =
    'e.entity_ref = v.entity_ref and e.entity_uid = v.entity_uid and e.revision = v.revision';
  const set = (target: string) =>
    [
      `${target}evidence_answered = v.answered`,
      `${target}evidence_backed = v.backed`,
      `${target}evidence_share = v.share`,
      `${target}evidence_higher = v.higher`,
      `${target}evidence_revision = v.revision`,
      `${target}evidence_fingerprint = v.fingerprint`,
      `${target}evidence_measured_at = ?`,
    ].join(', ');
  if (client === 'pg') {
    return writeEvidenceArrays(tx, updates, measuredAt, set(''), match);
  }
  if (mysql) {
    const [result] = await tx.raw(
      `update ${ENTITIES} e join (${rows.join(
        ' union all ',
      )}) v on ${match} set ${set('e.')}`,
      [...bindings, measuredAt],
    );
    return Number(result?.affectedRows ?? 0);
  }
  // SQLite from 3.33: update ... from a named values list.
  const result = await tx.raw(
    `with v (entity_ref, entity_uid, revision, answered, backed, share, higher, fingerprint) as (values ${rows.join(
      ', ',
    )})
     update ${ENTITIES} as e set ${set('')} from v where ${match}`,
    [...bindings, measuredAt],
  );
  return Number(result?.rowCount ?? result?.changes ?? 0);
}

/** What a write compares of a stored row with a measurement. */
const STORED_COLUMNS = [
  'entity_ref',
  'entity_uid',
  'revision',
  'evidence_answered',
  'evidence_backed',
  'evidence_higher',
  'evidence_revision',
  'evidence_fingerprint',
];

/** The stored rows of these measurements' services, by ref (locked on MySQL when `lock`). */
async function storedEvidence(
  db: Knex,
  measurements: EvidenceMeasurement[],
  columns: string[],
  lock = false,
): Promise<Map<string, Record<string, unknown>>> {
  const rows = await db(ENTITIES)
    .whereIn(
      'entity_ref',
      measurements.map(m => m.entityRef),
    )
    .select(columns)
    .modify(q => {
      if (lock && String(db.client.config.client).includes('mysql')) {
        q.forUpdate();
      }
    });
  return new Map(rows.map((row: any) => [row.entity_ref, row]));
}

/** Whether the measurement is for the stored row's revision and changes a figure. */
function needsWrite(
  row: Record<string, unknown> | undefined,
  m: EvidenceMeasurement,
): boolean {
  return (
    row !== undefined &&
    row.entity_uid === m.entityUid &&
    Number(row.revision) === m.revision &&
    !(
      Number(row.evidence_revision) === m.revision &&
      row.evidence_answered !== null &&
      Number(row.evidence_answered) === m.answered &&
      Number(row.evidence_backed) === m.backed &&
      Number(row.evidence_higher) === m.higher &&
      row.evidence_fingerprint === m.fingerprint
    )
  );
}

/**
 * Writes the measurements that still change their row, read again under
 * the summary roll-ups' lock, a batch a statement, in one transaction, and
 * adds their difference to the roll-ups once (`addEvidenceDifferences`;
 * once per batch cost 150 ms for 9,000 rows on SQLite, a batch touching
 * most groups). Should a statement write other rows than those (it cannot
 * while the lock is held), the roll-ups are forgotten and rebuilt by the
 * next reader rather than left wrong.
 */
async function writeChangedEvidence(
  tx: Knex.Transaction,
  candidates: EvidenceMeasurement[],
  measuredAt: Date,
  size: number,
): Promise<number> {
  const boundary = await lockSummaryState(tx);
  const differences = new Map<string, Group>();
  let written = 0;
  let unexpected = false;
  for (let i = 0; i < candidates.length; i += size) {
    const batch = candidates.slice(i, i + size);
    const stored = await storedEvidence(
      tx,
      batch,
      [...new Set([...STORED_COLUMNS, ...EVIDENCE_GROUP_COLUMNS])],
      true,
    );
    const updates = batch.filter(m => needsWrite(stored.get(m.entityRef), m));
    if (updates.length === 0) continue;
    const count = await writeEvidence(tx, updates, measuredAt);
    unexpected ||= count !== updates.length;
    addEvidenceDifferences(differences, updates, stored);
    written += count;
  }
  if (written === 0 && !unexpected) return 0;
  if (boundary !== null) {
    if (unexpected) await forgetRollupsInTransaction(tx);
    else await addToGroups(tx, changedGroups(differences));
  }
  await newDataVersion(tx);
  return written;
}

/**
 * The copy of each service's current assessment on its scorecard row (its
 * headline) and the evidence figures measured for it: what submissions,
 * deletions and evidence measurements write. Every write gives the table's
 * data a new version, which retires the cached summaries and progress.
 */
export class ScorecardHeadlineStore {
  constructor(private readonly db: Knex) {}

  /**
   * Sets the headline of the entity's row (if the sync has listed the entity
   * yet; otherwise the sync copies it), inside the caller's transaction.
   */
  async setHeadline(
    tx: Knex.Transaction,
    id: EntityIdentity,
    headline: Record<(typeof HEADLINE_COLUMNS)[number], unknown>,
  ): Promise<void> {
    await withSummaryRollups(tx, rollups =>
      rollups.track([id.entityRef], () =>
        tx(ENTITIES)
          .where({ entity_ref: id.entityRef, entity_uid: id.entityUid })
          .update({
            assessed: 1,
            ...headline,
            ...NOT_MEASURED,
            ...NOT_VERIFIED,
          }),
      ),
    );
    await newDataVersion(tx);
  }

  /**
   * Stores evidence measurements, each only while its service's row is still
   * at the revision measured (a submission meanwhile measures its own), and
   * only where a figure changed: the stored figures are read first (outside
   * any transaction: the steady state, where nothing changed, writes
   * nothing and locks nothing), and the changed ones written in one
   * transaction, a statement per batch, that keeps the summary's roll-ups.
   * Returns how many rows changed.
   */
  async setEvidence(
    measurements: EvidenceMeasurement[],
    measuredAt: Date,
  ): Promise<number> {
    const size = evidenceBatchSize(this.db);
    const candidates: EvidenceMeasurement[] = [];
    for (let i = 0; i < measurements.length; i += size) {
      const batch = measurements.slice(i, i + size);
      const stored = await storedEvidence(this.db, batch, STORED_COLUMNS);
      candidates.push(
        ...batch.filter(m => needsWrite(stored.get(m.entityRef), m)),
      );
    }
    if (candidates.length === 0) return 0;
    return this.db.transaction(tx =>
      writeChangedEvidence(tx, candidates, measuredAt, size),
    );
  }

  /** The stored evidence fingerprint of each of these services that has one, by entity ref. */
  async evidenceFingerprints(
    ids: EntityIdentity[],
  ): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500);
      const uidOf = new Map(batch.map(id => [id.entityRef, id.entityUid]));
      const rows = await this.db(ENTITIES)
        .whereIn('entity_ref', [...uidOf.keys()])
        .whereNotNull('evidence_fingerprint')
        .select('entity_ref', 'entity_uid', 'evidence_fingerprint');
      for (const row of rows) {
        if (uidOf.get(row.entity_ref) === row.entity_uid) {
          found.set(row.entity_ref, row.evidence_fingerprint);
        }
      }
    }
    return found;
  }

  /**
   * Sets the raises to the next level of a row still at that revision,
   * inside the caller's transaction. The summary does not count raises, so
   * its roll-ups are left alone.
   */
  async setRaisesToNextLevel(
    tx: Knex.Transaction,
    id: EntityIdentity,
    revision: number,
    raises: number,
  ): Promise<void> {
    await tx(ENTITIES)
      .where({
        entity_ref: id.entityRef,
        entity_uid: id.entityUid,
        revision,
      })
      .update({ raises_to_next: raises });
    await newDataVersion(tx);
  }

  /** Shows the ref (with that uid, when given) as not assessed, inside the caller's transaction. */
  async clearHeadline(
    tx: Knex.Transaction,
    entityRef: string,
    entityUid?: string,
  ): Promise<void> {
    await withSummaryRollups(tx, rollups =>
      rollups.track([entityRef], () =>
        tx(ENTITIES)
          .where('entity_ref', entityRef)
          .modify(q => {
            if (entityUid !== undefined) q.where('entity_uid', entityUid);
          })
          .update(NO_HEADLINE),
      ),
    );
    await newDataVersion(tx);
  }
}
