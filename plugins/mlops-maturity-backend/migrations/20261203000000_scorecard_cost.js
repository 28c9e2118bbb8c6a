// @ts-check

/**
 * What keeps a scorecard page and its summary cheap at any size:
 *
 * - The sort by answers to the next level is served by an index, like every
 *   other sort: a computed column `raises_tier` (0 with a count, 1 at Level
 *   4, 2 not assessed) leads two indexes, one per direction, so Level 4 and
 *   then the unassessed sort after every count either way. The database
 *   computes the column from `assessed` and `raises_to_next`, so no write
 *   path has to keep it.
 * - `mlops_maturity_scorecard_version` holds one row whose version every
 *   write to the scorecard table changes in its own transaction; summaries
 *   are cached per version, so a write on any instance retires them on all.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const tier =
    'case when assessed = 0 then 2 when raises_to_next is null then 1 else 0 end';
  const client = knex.client.config.client;
  if (client === 'pg') {
    await knex.raw(
      `alter table mlops_maturity_entities add column raises_tier integer generated always as (${tier}) stored`,
    );
  } else if (client === 'mysql' || client === 'mysql2') {
    await knex.raw(
      `alter table mlops_maturity_entities add column raises_tier integer as (${tier}) stored`,
    );
  } else {
    // SQLite adds computed columns as virtual only; an index stores them.
    await knex.raw(
      `alter table mlops_maturity_entities add column raises_tier integer generated always as (${tier}) virtual`,
    );
  }
  await knex.raw(
    'create index mlops_maturity_entities_raises_asc_idx on mlops_maturity_entities (raises_tier asc, raises_to_next asc, entity_ref asc)',
  );
  await knex.raw(
    'create index mlops_maturity_entities_raises_desc_idx on mlops_maturity_entities (raises_tier asc, raises_to_next desc, entity_ref desc)',
  );
  await knex.schema.createTable('mlops_maturity_scorecard_version', table => {
    table.comment(
      'One row: the version of the scorecard table, changed by every write to it',
    );
    table.integer('id').primary();
    table.string('version', 64).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_maturity_scorecard_version');
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table.dropIndex([], 'mlops_maturity_entities_raises_asc_idx');
    table.dropIndex([], 'mlops_maturity_entities_raises_desc_idx');
  });
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table.dropColumn('raises_tier');
  });
};
