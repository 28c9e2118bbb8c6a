// @ts-check

/**
 * `entity_etag`: the catalog's metadata.etag of each ML service as the copy
 * holds it, written by the catalog sync and the visibility refresh. The
 * refresh reads only the etags from the catalog every 30 s and rewrites the
 * rows (and search rows) of the services whose etag differs, so that a
 * service made confidential or given to another owner leaves the scorecard
 * of those who may no longer read it within a minute, not a sync later.
 * Rows written before are null: the first refresh rewrites them once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table
      .string('entity_etag', 255)
      .nullable()
      .comment(
        'The metadata.etag of the catalog entity the row was copied from',
      );
  });
};

/**
 * Plain `drop column`: knex would rebuild the table on SQLite, which fails
 * on its computed columns.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('alter table mlops_maturity_entities drop column entity_etag');
};
