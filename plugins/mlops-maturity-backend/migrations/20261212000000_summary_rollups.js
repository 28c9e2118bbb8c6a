// @ts-check

/**
 * The scorecard summary's roll-ups, kept by the writes (issue 30): one row
 * per (owner, level, verified level) group of `mlops_maturity_entities` with
 * the counts and sums the summary adds up, so that the summary of every
 * service is read from a few hundred rows instead of grouping the table.
 *
 * - `mlops_maturity_summary_groups`: the groups; `group_key` names the
 *   group (its three values, nulls included, as JSON). A group whose
 *   services all left keeps a row of zeros until the next re-basing.
 * - `mlops_maturity_summary_state` (one row, id 1): `stale_boundary`, the
 *   instant the groups' stale counts are counted against (rows updated
 *   before it), and the row every writer locks while it changes the groups.
 *   A null boundary means "not built": writers leave the groups alone and
 *   the first reader builds them from the table (one grouped pass, the cost
 *   of a cold summary before this migration), so the backfill is the
 *   store's own rebuild and no grouping SQL is copied here.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_maturity_summary_groups', table => {
    table.comment('Per (owner, level, verified level) sums of the scorecard');
    table.string('group_key', 320).primary();
    table.string('owner', 255).nullable();
    table.integer('level').nullable();
    table.integer('verified_group_level').nullable();
    for (const column of [
      'service_count',
      'assessed_count',
      'stale_count',
      'with_target_count',
      'at_target_count',
      'evidence_answered',
      'evidence_backed',
      'evidence_higher_count',
      'verified_count',
      'verified_below_count',
    ]) {
      table.bigInteger(column).notNullable().defaultTo(0);
    }
    table.double('score_sum').notNullable().defaultTo(0);
    table.double('verified_score_sum').notNullable().defaultTo(0);
  });
  await knex.schema.createTable('mlops_maturity_summary_state', table => {
    table.comment('The roll-ups stale boundary; the lock of their writers');
    table.integer('id').primary();
    table
      .timestamp('stale_boundary', { useTz: true, precision: 3 })
      .nullable()
      .comment('Stale counts count rows updated before it; null: not built');
  });
  await knex('mlops_maturity_summary_state').insert({
    id: 1,
    stale_boundary: null,
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_maturity_summary_state');
  await knex.schema.dropTable('mlops_maturity_summary_groups');
};
