// @ts-check

/**
 * The reminders' digests: one row per user, saying what the user's digest
 * notification shows now (its lines: service, reasons, due or done) and when
 * it was last sent. The reminders task compares each run's reminders with it
 * to decide whether the digest needs sending: something new, something
 * cleared, something the user may no longer see, or the repeat interval
 * passed. The per-scope ledger (`mlops_maturity_reminder_ledger`) only keeps
 * the reminders sent before digests, until each is retired once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_maturity_reminder_digests', table => {
    table.comment(
      'What the reminders digest of each user shows, written by the reminders task',
    );
    table.string('user_ref', 255).primary().comment('The recipient');
    table
      .timestamp('sent_at', { useTz: true, precision: 3 })
      .notNullable()
      .comment('When the digest was last sent (created or updated)');
    table
      .text('lines', 'longtext')
      .notNullable()
      .comment('JSON: the lines the digest shows (service, reasons, status)');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_maturity_reminder_digests');
};
