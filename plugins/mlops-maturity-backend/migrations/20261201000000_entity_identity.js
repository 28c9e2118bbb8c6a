// @ts-check

/**
 * An entity's assessment data belongs to the entity (its metadata.uid), not
 * to its name: a deleted and re-created component:default/x starts empty.
 * Rows written before this migration get the uid '' ("not recorded yet");
 * the catalog sync gives them to the entity that holds the ref when it first
 * sees it.
 *
 * Also: draft versions (a stale draft save is refused), the catalog search
 * rows of every ML service (so a CONDITIONAL catalog read decision becomes
 * SQL on the scorecard), entities that left the catalog (for retention) and
 * the briefly cached sets of entities a user may read, for decisions that
 * cannot become SQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_maturity_revisions', table => {
    table
      .string('entity_uid', 255)
      .notNullable()
      .defaultTo('')
      .comment(
        'The metadata.uid of the entity; empty for rows written before uids',
      );
  });
  await knex.schema.alterTable('mlops_maturity_revisions', table => {
    table.dropUnique(
      ['entity_ref', 'revision'],
      'mlops_maturity_revisions_entity_revision_uq',
    );
    table.unique(['entity_ref', 'entity_uid', 'revision'], {
      indexName: 'mlops_maturity_revisions_identity_revision_uq',
    });
  });

  // The primary keys of current and drafts gain the uid: rebuild both.
  await rebuild(knex, 'mlops_maturity_current', table => {
    table.comment('The latest revision of each assessed entity');
    table.string('entity_ref', 255).notNullable();
    table.string('entity_uid', 255).notNullable();
    table.integer('revision').notNullable();
    table.double('score').notNullable();
    table.integer('level').notNullable();
    table.integer('gated_level').notNullable();
    table.string('weakest_dimension', 255).notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(
      ['entity_ref', 'entity_uid'],
      'mlops_maturity_current_identity_pk',
    );
  });
  await rebuild(knex, 'mlops_maturity_drafts', table => {
    table.comment('Work in progress, one per entity; not in the scorecard');
    table.string('entity_ref', 255).notNullable();
    table.string('entity_uid', 255).notNullable();
    table
      .integer('version')
      .notNullable()
      .comment(
        '1 when created, +1 on every save; a save names the one it edits',
      );
    table.string('model_id', 255).notNullable();
    table.string('model_version', 255).notNullable();
    table.integer('base_revision').nullable();
    table.text('answers').notNullable();
    table.string('author', 255).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(
      ['entity_ref', 'entity_uid'],
      'mlops_maturity_drafts_identity_pk',
    );
  });

  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table
      .string('entity_uid', 255)
      .nullable()
      .comment('The metadata.uid of the catalog entity');
    table
      .string('search_hash', 64)
      .nullable()
      .comment(
        'sha256 of the search rows, to rewrite them only when they change',
      );
  });

  await knex.schema.createTable('mlops_maturity_entity_search', table => {
    table.comment(
      'The catalog search rows (key, lowercased value) of every ML service, as the ' +
        'catalog filters them, so a conditional read decision is SQL on the scorecard',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('search_key', 200).notNullable();
    table.string('search_value', 200).nullable();
    table.index(
      ['search_key', 'search_value', 'entity_ref'],
      'mlops_maturity_entity_search_key_idx',
    );
    table.index(['entity_ref'], 'mlops_maturity_entity_search_ref_idx');
  });

  await knex.schema.createTable('mlops_maturity_departed', table => {
    table.comment('Entities with stored assessment data that left the catalog');
    table.string('entity_ref', 255).notNullable();
    table.string('entity_uid', 255).notNullable();
    table.timestamp('departed_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(['entity_ref', 'entity_uid'], 'mlops_maturity_departed_pk');
  });

  await knex.schema.createTable('mlops_maturity_visibility_sets', table => {
    table.comment(
      'Cached answers of the catalog to "which ML services may this user read"',
    );
    table.string('set_key', 64).notNullable();
    table.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
    table.primary(['set_key'], 'mlops_maturity_visibility_sets_pk');
  });
  await knex.schema.createTable('mlops_maturity_visible_entities', table => {
    table.string('set_key', 64).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.primary(
      ['set_key', 'entity_ref'],
      'mlops_maturity_visible_entities_pk',
    );
  });
};

/**
 * Recreates `name` with a new shape and copies the rows over; a column the
 * old table lacks gets the SQL literal `fill` names for it.
 *
 * @param {import('knex').Knex} knex
 * @param {string} name
 * @param {(table: import('knex').Knex.CreateTableBuilder) => void} define
 * @param {Record<string, string>} [fill]
 */
async function rebuild(
  knex,
  name,
  define,
  fill = { entity_uid: "''", version: '1' },
) {
  const old = `${name}_old`;
  await knex.schema.renameTable(name, old);
  await knex.schema.createTable(name, define);
  const oldColumns = new Set(Object.keys(await knex(old).columnInfo()));
  const columns = Object.keys(await knex(name).columnInfo());
  const values = columns.map(column =>
    oldColumns.has(column) ? knex.ref(column) : knex.raw(fill[column]),
  );
  const select = knex(old).select(values).toSQL();
  await knex.raw(
    `insert into ?? (${columns.map(() => '??').join(', ')}) ${select.sql}`,
    [name, ...columns, ...select.bindings],
  );
  await knex.schema.dropTable(old);
}

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'mlops_maturity_visible_entities',
    'mlops_maturity_visibility_sets',
    'mlops_maturity_departed',
    'mlops_maturity_entity_search',
  ]) {
    await knex.schema.dropTable(table);
  }
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table.dropColumn('search_hash');
    table.dropColumn('entity_uid');
  });
  // Without uids one ref holds one history: keep the entity that wrote last.
  const revisions = await knex('mlops_maturity_revisions')
    .groupBy('entity_ref', 'entity_uid')
    .select('entity_ref', 'entity_uid', knex.raw('max(id) as last_id'));
  const kept = new Map();
  for (const row of revisions) {
    const seen = kept.get(row.entity_ref);
    if (!seen || Number(row.last_id) > Number(seen.last_id)) {
      kept.set(row.entity_ref, row);
    }
  }
  for (const row of revisions) {
    if (kept.get(row.entity_ref).entity_uid === row.entity_uid) continue;
    for (const table of [
      'mlops_maturity_revisions',
      'mlops_maturity_current',
    ]) {
      await knex(table)
        .where({ entity_ref: row.entity_ref, entity_uid: row.entity_uid })
        .delete();
    }
  }
  await knex('mlops_maturity_drafts').delete();
  await knex.schema.alterTable('mlops_maturity_revisions', table => {
    table.dropUnique(
      ['entity_ref', 'entity_uid', 'revision'],
      'mlops_maturity_revisions_identity_revision_uq',
    );
    table.unique(['entity_ref', 'revision'], {
      indexName: 'mlops_maturity_revisions_entity_revision_uq',
    });
  });
  await knex.schema.alterTable('mlops_maturity_revisions', table => {
    table.dropColumn('entity_uid');
  });
  await rebuild(
    knex,
    'mlops_maturity_current',
    table => {
      table.comment('The latest revision of each assessed entity');
      table.string('entity_ref', 255).primary();
      table.integer('revision').notNullable();
      table.double('score').notNullable();
      table.integer('level').notNullable();
      table.integer('gated_level').notNullable();
      table.string('weakest_dimension', 255).notNullable();
      table.string('updated_by', 255).notNullable();
      table
        .timestamp('updated_at', { useTz: true, precision: 3 })
        .notNullable();
    },
    {},
  );
  await rebuild(
    knex,
    'mlops_maturity_drafts',
    table => {
      table.comment('Work in progress, one per entity; not in the scorecard');
      table.string('entity_ref', 255).primary();
      table.string('model_id', 255).notNullable();
      table.string('model_version', 255).notNullable();
      table.integer('base_revision').nullable();
      table.text('answers').notNullable();
      table.string('author', 255).notNullable();
      table
        .timestamp('updated_at', { useTz: true, precision: 3 })
        .notNullable();
    },
    {},
  );
};
