// @ts-check

/**
 * The plugin's tables. Revisions are immutable; `current` points at each
 * assessed entity's latest revision; `entities` mirrors the catalog's ML
 * services with a copy of their current numbers, so the scorecard is one
 * indexed query on one table.
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
      'The ML services of the catalog with their current headline numbers: the scorecard',
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
    // A copy of the entity's row in mlops_maturity_current, written in the
    // same transaction as a revision, so the scorecard reads one table.
    table.smallint('assessed').notNullable().defaultTo(0);
    table.integer('revision').nullable();
    table.double('score').nullable();
    table.integer('level').nullable();
    table.integer('gated_level').nullable();
    table.string('weakest_dimension', 255).nullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).nullable();
    table.string('updated_by', 255).nullable();
    table.index(['system'], 'mlops_maturity_entities_system_idx');
    table.index(['domain'], 'mlops_maturity_entities_domain_idx');
    table.index(['lifecycle'], 'mlops_maturity_entities_lifecycle_idx');
  });
  // One index per sort order and direction, so a page is an index range scan
  // (assessed first: unassessed services sort last either way).
  const sortIndexes = {
    score_desc: 'assessed desc, score desc, entity_ref desc',
    score_asc: 'assessed desc, score asc, entity_ref asc',
    level_desc: 'assessed desc, level desc, score desc, entity_ref desc',
    level_asc: 'assessed desc, level asc, score asc, entity_ref asc',
    updated_desc: 'assessed desc, updated_at desc, entity_ref desc',
    updated_asc: 'assessed desc, updated_at asc, entity_ref asc',
    name: 'sort_name, entity_ref',
    owner: 'owner, sort_name, entity_ref',
    // Covers the grouped pass behind the summary and roll-ups.
    rollup: 'owner, level, assessed, score, updated_at',
  };
  for (const [name, columns] of Object.entries(sortIndexes)) {
    await knex.raw(
      `create index mlops_maturity_entities_${name}_idx on mlops_maturity_entities (${columns})`,
    );
  }

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
