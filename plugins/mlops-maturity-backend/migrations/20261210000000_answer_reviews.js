// @ts-check

/**
 * Reviews of answers (the verified level, issue 25): where the review of each
 * answer that needs one stands, and every decision ever taken.
 *
 * A submission opens a review request for each answer at or above
 * `mlopsMaturity.review.requiredFromLevel` (and each N/A when exemptions need
 * approval) that is new or changed, in the transaction of its revision; an
 * unchanged answer keeps its row as it is. A decision updates the row and
 * appends to the decisions, in one transaction. Rows belong to the entity
 * (ref and uid), as the revisions do.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_maturity_answer_reviews', table => {
    table.comment(
      'Where the review of each answer that needs one stands; kept by submissions and decisions',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('entity_uid', 255).notNullable();
    // Model ids are at most 63 characters: a short key keeps the primary key
    // within MySQL's 3072 bytes.
    table.string('question_id', 64).notNullable();
    table
      .string('kind', 16)
      .notNullable()
      .comment('level: a claimed level; not-applicable: an exemption');
    table
      .integer('level')
      .nullable()
      .comment('The level under review; null for an exemption');
    table
      .string('status', 16)
      .notNullable()
      .comment('pending, approved or rejected');
    table
      .integer('requested_revision')
      .notNullable()
      .comment('The revision that set the answer under review');
    table
      .timestamp('requested_at', { useTz: true, precision: 3 })
      .notNullable();
    table.string('requested_by', 255).notNullable();
    table
      .integer('decided_revision')
      .nullable()
      .comment('The revision whose answer was decided');
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true, precision: 3 }).nullable();
    table.text('comment').nullable().comment("The reviewer's comment");
    table
      .timestamp('expires_at', { useTz: true, precision: 3 })
      .nullable()
      .comment('Until when an approved exemption holds');
    table.primary(
      ['entity_ref', 'entity_uid', 'question_id'],
      'mlops_maturity_answer_reviews_pk',
    );
    // The reviewers' queue: pending requests oldest first, a page an index
    // range scan from its cursor.
    table.index(
      ['status', 'requested_at', 'entity_ref', 'question_id'],
      'mlops_maturity_answer_reviews_queue_idx',
    );
  });

  await knex.schema.createTable('mlops_maturity_review_decisions', table => {
    table.comment(
      'Every review decision, appended in the transaction that takes it; never updated',
    );
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('entity_uid', 255).notNullable();
    table.string('question_id', 64).notNullable();
    table
      .integer('revision')
      .notNullable()
      .comment('The revision whose answer was decided');
    table.string('kind', 16).notNullable().comment('level or not-applicable');
    table.integer('level').nullable().comment('The level decided on');
    table.string('decision', 16).notNullable().comment('approved or rejected');
    table.text('comment').nullable();
    table.string('decided_by', 255).notNullable();
    table.timestamp('decided_at', { useTz: true, precision: 3 }).notNullable();
    table
      .timestamp('expires_at', { useTz: true, precision: 3 })
      .nullable()
      .comment('Until when an approved exemption holds');
    table.index(
      ['entity_ref', 'entity_uid', 'decided_at'],
      'mlops_maturity_review_decisions_entity_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_maturity_review_decisions');
  await knex.schema.dropTable('mlops_maturity_answer_reviews');
};
