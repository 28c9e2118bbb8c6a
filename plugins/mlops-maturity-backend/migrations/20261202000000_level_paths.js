// @ts-check

/**
 * Two things the Maturity tab and the scorecard now show:
 *
 * - No weakest dimension when every dimension has the same average: the
 *   column becomes nullable where a revision's numbers are kept.
 * - How many one-level answer raises the next level is away
 *   (`raises_to_next`), with the current revision and on the scorecard
 *   copy. Null at Level 4 and for unassessed services; rows written before
 *   this migration are filled by the backend on start (the computation
 *   lives in the plugin's TypeScript, not here). Sorting by it is not served
 *   by an index: Level 4 sorts after every count in both directions, which
 *   no index all three databases support expresses.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const name of ['mlops_maturity_revisions', 'mlops_maturity_current']) {
    await knex.schema.alterTable(name, table => {
      table.string('weakest_dimension', 255).nullable().alter();
    });
  }
  await knex.schema.alterTable('mlops_maturity_current', table => {
    table
      .integer('raises_to_next')
      .nullable()
      .comment('One-level answer raises to the next level; null at Level 4');
  });
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table.integer('raises_to_next').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table.dropColumn('raises_to_next');
  });
  await knex.schema.alterTable('mlops_maturity_current', table => {
    table.dropColumn('raises_to_next');
  });
  for (const name of ['mlops_maturity_revisions', 'mlops_maturity_current']) {
    // The older schema requires a value: a revision whose dimensions are
    // all level keeps an empty one.
    await knex(name).whereNull('weakest_dimension').update({
      weakest_dimension: '',
    });
    await knex.schema.alterTable(name, table => {
      table.string('weakest_dimension', 255).notNullable().alter();
    });
  }
};
