// @ts-check

/**
 * The target of each ML service (`mlopsMaturity.targets`): the catalog sync
 * writes the level and title of the highest target whose filter matches the
 * service, so the scorecard filters "below target" and counts the services
 * at their target in the same pass as the rest of its summary.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table
      .integer('target_level')
      .nullable()
      .comment('Level of the target that applies; null when none does');
    table
      .string('target_title', 255)
      .nullable()
      .comment('Title of that target in app-config');
  });
};

/**
 * Plain `drop column`: knex would rebuild the table on SQLite, which fails on
 * its computed raises_tier column; every supported database has the statement.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw(
    'alter table mlops_maturity_entities drop column target_title',
  );
  await knex.raw(
    'alter table mlops_maturity_entities drop column target_level',
  );
};
