import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';

/** The scorecard table: one row per ML service, with a copy of its headline. */
export const ENTITIES = 'mlops_maturity_entities';
export const CURRENT = 'mlops_maturity_current';
export const SEARCH = 'mlops_maturity_entity_search';
export const REVISIONS = 'mlops_maturity_revisions';
const VERSION = 'mlops_maturity_scorecard_version';

/** The current-revision columns the scorecard copies from mlops_maturity_current. */
export const HEADLINE_COLUMNS = [
  'revision',
  'score',
  'level',
  'gated_level',
  'weakest_dimension',
  'raises_to_next',
  'updated_at',
  'updated_by',
] as const;

/** The evidence measurement of a service's current answers (see the evidence_share migration). */
export const EVIDENCE_COLUMNS = [
  'evidence_answered',
  'evidence_backed',
  'evidence_share',
  'evidence_higher',
  'evidence_revision',
  'evidence_measured_at',
  'evidence_fingerprint',
] as const;

/** The verified figures of a service's current answers (see the verified_level migration). */
export const VERIFIED_COLUMNS = [
  'verified_score',
  'verified_level',
  'verified_gaps',
  'verified_revision',
  'verified_until',
] as const;

/** A revision not measured yet: its previous revision's figures no longer apply. */
export const NOT_MEASURED = Object.fromEntries(
  EVIDENCE_COLUMNS.map(column => [column, null]),
);

/** A revision not verified yet: its previous revision's verified figures no longer apply. */
export const NOT_VERIFIED = Object.fromEntries(
  VERIFIED_COLUMNS.map(column => [column, null]),
);

/** The headline columns of an entity that has no assessment. */
export const NO_HEADLINE = Object.fromEntries([
  ['assessed', 0],
  ...HEADLINE_COLUMNS.map(column => [column, null]),
  ...EVIDENCE_COLUMNS.map(column => [column, null]),
  ...VERIFIED_COLUMNS.map(column => [column, null]),
]);

/**
 * Gives the table's data a new version, inside the transaction that
 * changes it: summaries computed from the previous data, on any instance,
 * are no longer used.
 */
export async function newDataVersion(tx: Knex) {
  await tx(VERSION)
    .insert({ id: 1, version: randomUUID() })
    .onConflict('id')
    .merge();
}

/** The version of the table's data ('' until the first write). */
export async function dataVersion(db: Knex): Promise<string> {
  const row = await db(VERSION).where('id', 1).first('version');
  return row?.version ?? '';
}
