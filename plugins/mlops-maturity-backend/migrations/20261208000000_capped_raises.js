// @ts-check

/**
 * The raises to the next level are now counted with no answer raised above
 * the level aimed for (the plan every view shows), which can take more
 * raises than the count stored so far. Forgets the stored counts, so that
 * the backend counts them again when it starts (`fillRaisesToNextLevel`,
 * which also writes the scorecard's copy).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex('mlops_maturity_current')
    .whereNotNull('raises_to_next')
    .update({ raises_to_next: null });
};

/**
 * The old counts are not kept; a backend of the release before counts them
 * again the same way (its fill runs where they are missing).
 *
 * @param {import('knex').Knex} _knex
 */
exports.down = async function down(_knex) {};
