// @ts-check

/**
 * Per-day totals of the daily snapshots: for each written day, the sums a
 * trend of every listed service shows (services, assessed, stale, services
 * per level, the score sum times 10,000, with and at target, evidence
 * answered and backed). A trend of all services under an unconditional
 * ALLOW reads one row per point instead of summing a year of changes.
 * Kept by the snapshot writes of a day (each adds its difference) and summed
 * anew by the snapshot task after it fills past days, or after a service
 * left the scorecard (until then readers sum the snapshots themselves).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_maturity_snapshot_totals', table => {
    table.comment('Per-day sums of every listed service snapshot');
    table.integer('day').primary().comment('UTC days since 1970-01-01');
    for (const column of [
      'services',
      'assessed',
      'stale',
      'level_0',
      'level_1',
      'level_2',
      'level_3',
      'level_4',
      'with_target',
      'at_target',
      'evidence_answered',
      'evidence_backed',
    ]) {
      table.integer(column).notNullable().defaultTo(0);
    }
    table
      .bigInteger('score_sum')
      .notNullable()
      .defaultTo(0)
      .comment('Sum of the assessed scores times 10,000');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_maturity_snapshot_totals');
};
