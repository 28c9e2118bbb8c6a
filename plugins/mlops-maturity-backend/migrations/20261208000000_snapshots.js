// @ts-check

/**
 * Daily snapshots: what the scorecard showed for each ML service at the end
 * of each UTC day, the one source of "how was it on day D" (trends, campaign
 * history). Kept compact, as there is a row per service per day:
 *
 * - `mlops_maturity_snapshot_services` gives each entity (ref and uid: a
 *   re-created entity starts a new history) a small integer id once.
 * - `mlops_maturity_snapshots` holds one row per service id and day. `day`
 *   counts UTC days since 1970-01-01; the primary key leads with it, so a
 *   trend or a campaign's history reads a range of days, and the retention
 *   deletes a range too. Levels and answer counts are small integers; the
 *   score is stored times 10,000 (4 decimals, as the scorecard rounds it);
 *   `level` null means not assessed that day. `verified_level` stays null
 *   until the verified level exists (issue 25).
 * - `changed` is 1 when a row differs from the service's row of the day
 *   before (or it has none), and an index holds those rows by service and
 *   day: a trend or a campaign's history sums its first day and then only
 *   each service's rows that changed, so its cost grows with the changes,
 *   not with services × days.
 * - `mlops_maturity_snapshot_days` lists the days written, so a reader
 *   knows where the series has a gap (and starts afresh after it).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_maturity_snapshot_services', table => {
    table.comment('A small id per entity (ref and uid) for the snapshots');
    table.increments('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('entity_uid', 255).notNullable();
    table.unique(['entity_ref', 'entity_uid'], {
      indexName: 'mlops_maturity_snapshot_services_entity_uq',
    });
  });
  const client = String(knex.client.config.client);
  if (client.includes('sqlite')) {
    // Rows kept in primary key order, as InnoDB keeps them: a range of days
    // is read in place, and the row of the day before is one lookup.
    await knex.raw(`create table mlops_maturity_snapshots (
      day integer not null,
      service_id integer not null,
      level tinyint null,
      score integer null,
      gated_level tinyint null,
      verified_level tinyint null,
      evidence_answered tinyint null,
      evidence_backed tinyint null,
      target_level tinyint null,
      stale tinyint not null default 0,
      assessed_day integer null,
      changed tinyint not null default 1,
      constraint mlops_maturity_snapshots_pk primary key (day, service_id)
    ) without rowid`);
  } else {
    await knex.schema.createTable('mlops_maturity_snapshots', table => {
      table.comment(
        'What the scorecard showed for each ML service at the end of each UTC day',
      );
      table.integer('day').notNullable().comment('UTC days since 1970-01-01');
      table
        .integer('service_id')
        .notNullable()
        .comment('mlops_maturity_snapshot_services.id');
      table.tinyint('level').nullable().comment('Null when not assessed');
      table.integer('score').nullable().comment('Score times 10,000');
      table.tinyint('gated_level').nullable();
      table
        .tinyint('verified_level')
        .nullable()
        .comment('The verified level, once it exists (issue 25)');
      table.tinyint('evidence_answered').nullable();
      table.tinyint('evidence_backed').nullable();
      table.tinyint('target_level').nullable();
      table.tinyint('stale').notNullable().defaultTo(0);
      table
        .integer('assessed_day')
        .nullable()
        .comment('The UTC day of the revision shown');
      table
        .tinyint('changed')
        .notNullable()
        .defaultTo(1)
        .comment(
          '1 when the row differs from the day before, or that has none',
        );
      table.primary(['day', 'service_id'], 'mlops_maturity_snapshots_pk');
    });
  }
  // Only the changed rows are indexed where the database can say so (a
  // partial index); MySQL indexes every row, the flag leading.
  if (client === 'mysql' || client === 'mysql2') {
    await knex.raw(
      'create index mlops_maturity_snapshots_changed_idx on mlops_maturity_snapshots (changed, service_id, day)',
    );
  } else {
    await knex.raw(
      'create index mlops_maturity_snapshots_changed_idx on mlops_maturity_snapshots (service_id, day) where changed = 1',
    );
  }
  await knex.schema.createTable('mlops_maturity_snapshot_days', table => {
    table.comment('The days mlops_maturity_snapshots holds');
    table.integer('day').primary().comment('UTC days since 1970-01-01');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_maturity_snapshot_days');
  await knex.schema.dropTable('mlops_maturity_snapshots');
  await knex.schema.dropTable('mlops_maturity_snapshot_services');
};
