// @ts-check

/**
 * The plugin's tables. Revisions are immutable; `current` holds one row per
 * entity with the latest revision's headline numbers so the scorecard reads
 * one row per entity; `entities` mirrors the catalog's ML services so the
 * scorecard is a single indexed query.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_maturity_models', table => {
    table.comment(
      'Every maturity model version assessments were answered against',
    );
    table.string('model_id', 255).notNullable();
    table.string('version', 255).notNullable();
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment('sha256 of the definition');
    table.text('definition').notNullable().comment('The model as JSON');
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(['model_id', 'version']);
  });

  await knex.schema.createTable('mlops_maturity_revisions', table => {
    table.comment('Submitted assessments; never updated or deleted by the API');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.integer('revision').notNullable();
    table.string('model_id', 255).notNullable();
    table.string('model_version', 255).notNullable();
    table.text('answers').notNullable().comment('AssessmentAnswers as JSON');
    table
      .text('result')
      .notNullable()
      .comment('MaturityResult as JSON, computed at submission');
    table.double('score').notNullable();
    table.integer('level').notNullable();
    table.integer('gated_level').notNullable();
    table.string('weakest_dimension', 255).notNullable();
    table.string('author', 255).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.unique(['entity_ref', 'revision'], {
      indexName: 'mlops_maturity_revisions_entity_revision_uq',
    });
  });

  await knex.schema.createTable('mlops_maturity_current', table => {
    table.comment('The latest revision of each assessed entity');
    table.string('entity_ref', 255).primary();
    table.integer('revision').notNullable();
    table.double('score').notNullable();
    table.integer('level').notNullable();
    table.integer('gated_level').notNullable();
    table.string('weakest_dimension', 255).notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['score'], 'mlops_maturity_current_score_idx');
    table.index(['level', 'score'], 'mlops_maturity_current_level_idx');
    table.index(['updated_at'], 'mlops_maturity_current_updated_at_idx');
  });

  await knex.schema.createTable('mlops_maturity_drafts', table => {
    table.comment('Work in progress, one per entity; not in the scorecard');
    table.string('entity_ref', 255).primary();
    table.string('model_id', 255).notNullable();
    table.string('model_version', 255).notNullable();
    table.integer('base_revision').nullable();
    table.text('answers').notNullable();
    table.string('author', 255).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
  });

  await knex.schema.createTable('mlops_maturity_entities', table => {
    table.comment(
      'The ML services of the catalog, refreshed by a scheduled task',
    );
    table.string('entity_ref', 255).primary();
    table.string('kind', 255).notNullable();
    table.string('namespace', 255).notNullable();
    table.string('name', 255).notNullable();
    table.string('title', 255).nullable();
    table
      .string('sort_name', 255)
      .notNullable()
      .comment('lower(title or name)');
    table.string('type', 255).nullable();
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table.string('domain', 255).nullable();
    table.string('lifecycle', 255).nullable();
    table
      .text('search_text')
      .notNullable()
      .comment('lowercased name, title and owner');
    table.index(['sort_name'], 'mlops_maturity_entities_sort_name_idx');
    table.index(['owner', 'sort_name'], 'mlops_maturity_entities_owner_idx');
    table.index(['system'], 'mlops_maturity_entities_system_idx');
    table.index(['domain'], 'mlops_maturity_entities_domain_idx');
    table.index(['lifecycle'], 'mlops_maturity_entities_lifecycle_idx');
  });

  await knex.schema.createTable('mlops_maturity_meta', table => {
    table.comment('Plugin housekeeping flags, e.g. that demo data was loaded');
    table.string('key', 255).primary();
    table.text('value').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'mlops_maturity_meta',
    'mlops_maturity_entities',
    'mlops_maturity_drafts',
    'mlops_maturity_current',
    'mlops_maturity_revisions',
    'mlops_maturity_models',
  ]) {
    await knex.schema.dropTable(table);
  }
};
