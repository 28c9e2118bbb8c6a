// @ts-check

/**
 * Each ML service's evidence-backed share, measured by the catalog sync (and
 * again when an assessment is submitted), so the scorecard shows, sorts and
 * filters by it without asking evidence providers per row:
 *
 * - `evidence_answered`, `evidence_backed`: the current answers with a level
 *   (N/A left out) and those of them that evidence backs;
 *   `evidence_share` = backed / answered, null when nothing is answered.
 * - `evidence_higher`: answered questions where evidence shows a higher level.
 * - `evidence_revision`: the revision measured; a write only lands while the
 *   row is still at that revision, so a sync that read older answers never
 *   overwrites what a submission measured.
 * - `evidence_fingerprint`: a hash of what the figures follow from (the
 *   model, the revision and the signals), so a sync that finds it unchanged
 *   reads no answers and writes nothing.
 * - `evidence_tier` (computed: 0 with a share, 1 assessed without one, 2 not
 *   assessed) leads the two sort indexes, so services without a share come
 *   last in either direction on every database, as for `raises_tier`.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table
      .integer('evidence_answered')
      .nullable()
      .comment('Current answers with a level; null until measured');
    table
      .integer('evidence_backed')
      .nullable()
      .comment('Of those, the evidence-backed ones');
    table
      .double('evidence_share')
      .nullable()
      .comment('evidence_backed / evidence_answered; null when none answered');
    table
      .integer('evidence_higher')
      .nullable()
      .comment('Answered questions where evidence shows a higher level');
    table
      .integer('evidence_revision')
      .nullable()
      .comment('The revision these figures were measured on');
    table
      .timestamp('evidence_measured_at', { useTz: true })
      .nullable()
      .comment('When they were measured');
    table
      .string('evidence_fingerprint', 64)
      .nullable()
      .comment('Hash of the model, revision and signals they follow from');
  });
  const tier =
    'case when assessed = 0 then 2 when evidence_share is null then 1 else 0 end';
  const client = knex.client.config.client;
  if (client === 'pg') {
    await knex.raw(
      `alter table mlops_maturity_entities add column evidence_tier integer generated always as (${tier}) stored`,
    );
  } else if (client === 'mysql' || client === 'mysql2') {
    await knex.raw(
      `alter table mlops_maturity_entities add column evidence_tier integer as (${tier}) stored`,
    );
  } else {
    await knex.raw(
      `alter table mlops_maturity_entities add column evidence_tier integer generated always as (${tier}) virtual`,
    );
  }
  await knex.raw(
    'create index mlops_maturity_entities_evidence_asc_idx on mlops_maturity_entities (evidence_tier asc, evidence_share asc, entity_ref asc)',
  );
  await knex.raw(
    'create index mlops_maturity_entities_evidence_desc_idx on mlops_maturity_entities (evidence_tier asc, evidence_share desc, entity_ref desc)',
  );
};

/**
 * Plain `drop column`, as for the targets: knex would rebuild the table on
 * SQLite, which fails on its computed columns.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table.dropIndex([], 'mlops_maturity_entities_evidence_asc_idx');
    table.dropIndex([], 'mlops_maturity_entities_evidence_desc_idx');
  });
  for (const column of [
    'evidence_tier',
    'evidence_fingerprint',
    'evidence_measured_at',
    'evidence_revision',
    'evidence_higher',
    'evidence_share',
    'evidence_backed',
    'evidence_answered',
  ]) {
    await knex.raw(`alter table mlops_maturity_entities drop column ${column}`);
  }
};
