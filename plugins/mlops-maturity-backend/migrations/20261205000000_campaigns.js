// @ts-check

/**
 * Campaigns: a time-boxed push towards a goal (reach a level, or reassess)
 * for the ML services in a scope. Progress is never stored: it is counted
 * from the scorecard rows and, over time, from the revisions, so it cannot
 * drift from the assessments.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_maturity_campaigns', table => {
    table.comment(
      'Maturity campaigns; created, changed and closed by holders of mlops.maturity.campaign.manage',
    );
    table.string('id', 36).primary().comment('A UUID');
    table.string('title', 255).notNullable();
    table.text('description').notNullable();
    table
      .text('scope')
      .notNullable()
      .comment(
        'CampaignScope as JSON: lists of owner, system, domain, lifecycle, type, tag',
      );
    table
      .string('goal_kind', 16)
      .notNullable()
      .comment(
        'level: reach goal_level; reassess: a submission at or after starts_at',
      );
    table.integer('goal_level').nullable();
    table.timestamp('starts_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('deadline', { useTz: true, precision: 3 }).notNullable();
    table.string('state', 16).notNullable().comment('active or closed');
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('closed_at', { useTz: true, precision: 3 }).nullable();
    table.string('closed_by', 255).nullable();
    table.index(['state', 'deadline'], 'mlops_maturity_campaigns_state_idx');
  });
  // History reads the revisions of the services in scope from a date on.
  await knex.schema.alterTable('mlops_maturity_revisions', table => {
    table.index(['created_at'], 'mlops_maturity_revisions_created_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_maturity_revisions', table => {
    table.dropIndex([], 'mlops_maturity_revisions_created_idx');
  });
  await knex.schema.dropTable('mlops_maturity_campaigns');
};
