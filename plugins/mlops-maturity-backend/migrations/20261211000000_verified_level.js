// @ts-check

/**
 * Each ML service's verified level (issue 25), kept on its scorecard row so
 * the scorecard shows, sorts and filters by it without computing it per row:
 *
 * - `verified_score`, `verified_level`: `computeVerifiedScore` of the
 *   current answers, their reviews, exemptions and evidence.
 * - `verified_gaps`: how many answers count lower than claimed.
 * - `verified_revision`: the revision they were computed for; a write lands
 *   only while the row is still at that revision.
 * - `verified_until`: the first instant the figures may change with time
 *   alone (an exemption's expiry, an answer growing older than
 *   `answerTtlDays`); null when nothing expires. A task computes again the
 *   rows whose instant has passed.
 * - `verified_tier` (computed: 0 with a verified level, 1 assessed without
 *   one yet, 2 not assessed) leads the two sort indexes, so services without
 *   a verified level come last in either direction on every database.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table
      .double('verified_score')
      .nullable()
      .comment('The verified score; null until computed');
    table
      .tinyint('verified_level')
      .nullable()
      .comment('The verified level; null until computed');
    table
      .integer('verified_gaps')
      .nullable()
      .comment('Answers counted lower than claimed');
    table
      .integer('verified_revision')
      .nullable()
      .comment('The revision the verified figures were computed for');
    table
      .timestamp('verified_until', { useTz: true })
      .nullable()
      .comment('When the verified figures may change with time alone');
  });
  const tier =
    'case when assessed = 0 then 2 when verified_level is null then 1 else 0 end';
  const client = knex.client.config.client;
  if (client === 'pg') {
    await knex.raw(
      `alter table mlops_maturity_entities add column verified_tier integer generated always as (${tier}) stored`,
    );
  } else if (client === 'mysql' || client === 'mysql2') {
    await knex.raw(
      `alter table mlops_maturity_entities add column verified_tier integer as (${tier}) stored`,
    );
  } else {
    await knex.raw(
      `alter table mlops_maturity_entities add column verified_tier integer generated always as (${tier}) virtual`,
    );
  }
  await knex.raw(
    'create index mlops_maturity_entities_verified_asc_idx on mlops_maturity_entities (verified_tier asc, verified_level asc, verified_score asc, entity_ref asc)',
  );
  await knex.raw(
    'create index mlops_maturity_entities_verified_desc_idx on mlops_maturity_entities (verified_tier asc, verified_level desc, verified_score desc, entity_ref desc)',
  );
  await knex.raw(
    'create index mlops_maturity_entities_verified_until_idx on mlops_maturity_entities (verified_until)',
  );
};

/**
 * Plain `drop column`, as for the evidence share: knex would rebuild the
 * table on SQLite, which fails on its computed columns.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_maturity_entities', table => {
    table.dropIndex([], 'mlops_maturity_entities_verified_asc_idx');
    table.dropIndex([], 'mlops_maturity_entities_verified_desc_idx');
    table.dropIndex([], 'mlops_maturity_entities_verified_until_idx');
  });
  for (const column of [
    'verified_tier',
    'verified_until',
    'verified_revision',
    'verified_gaps',
    'verified_level',
    'verified_score',
  ]) {
    await knex.raw(`alter table mlops_maturity_entities drop column ${column}`);
  }
};
