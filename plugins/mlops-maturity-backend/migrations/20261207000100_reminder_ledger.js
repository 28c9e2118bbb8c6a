// @ts-check

/**
 * Who was sent which reminder: one row per notification scope and user, so
 * that a user who stops being one of a service's reminder recipients (the
 * service changed owner, the user left the owner group, the service left the
 * scorecard) can have that notification replaced by one that names nothing.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_maturity_reminder_ledger', table => {
    table.comment(
      'The reminders sent, one row per notification scope and user; written by the reminders task',
    );
    table.bigIncrements('id').primary();
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The ML service the notification names');
    table
      .string('scope', 255)
      .notNullable()
      .comment('The notification scope (see reminderScope)');
    table.string('user_ref', 255).notNullable().comment('The recipient');
    table
      .timestamp('sent_at', { useTz: true, precision: 3 })
      .notNullable()
      .comment('When the user was first sent a notification in this scope');
    table.unique(['scope', 'user_ref'], {
      indexName: 'mlops_maturity_reminder_ledger_scope_user_uq',
    });
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_maturity_reminder_ledger');
};
