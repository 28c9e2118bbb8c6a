import { ConflictError, InputError } from '@backstage/errors';
import {
  AnswerVerification,
  AssessmentAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { EntityIdentity, identityWhere } from './EntityIdentity';
import {
  AnswerReview,
  claimsNeedingReview,
  DECISIONS,
  REVIEWS,
  ReviewDecision,
  ReviewDecisionValue,
  ReviewSyncPolicy,
  sameClaim,
  toAnswerReview,
  toReviewDecision,
} from './reviewRows';
import { ExpiredExemptions, expiredExemptionsOf } from './expiredExemptions';
import {
  pendingReviewPage,
  ReviewQueuePage,
  ReviewQueueQuery,
} from './reviewQueue';

/** A submitted revision, as the reviews of its answers follow it. */
export interface SyncReviewsInput extends EntityIdentity {
  revision: number;
  author: string;
  at: Date;
  answers: AssessmentAnswers;
  policy: ReviewSyncPolicy;
}

/**
 * What a revision did to the reviews, by question id (sorted): requests
 * `opened` (new or changed answers, now pending), reviews `kept` as they
 * were (unchanged answers) and rows `dropped` (answers that no longer need
 * a review). The counts are the lengths.
 */
export interface ReviewSync {
  opened: string[];
  kept: string[];
  dropped: string[];
}

/** A reviewer's decision on one pending request. */
export interface DecideReviewInput extends EntityIdentity {
  questionId: string;
  /** The `requestedRevision` of the request the reviewer saw. */
  expectedRequestedRevision: number;
  decision: ReviewDecisionValue;
  comment?: string;
  decidedBy: string;
  at: Date;
  /** Required to approve an exemption; refused for anything else. */
  expiresAt?: Date;
}

/**
 * The reviews of answers: the current state of each answer that needs a
 * review, kept in step with submissions; reviewers' decisions with their
 * append-only history; what the verified level reads of them; and the
 * reviewers' queue. Checks no permission: callers narrow the queue with the
 * caller's row restriction, and the service layer decides who may decide.
 */
export class ReviewStore {
  constructor(private readonly db: Knex) {}

  /**
   * Brings the reviews of an entity in step with a new revision, in the
   * transaction (or on the connection) given: the submission's own, so a
   * revision never stands without its requests. Each answer at or above
   * `requiredFromLevel`, and each N/A when exemptions need approval, keeps
   * its row as it is when the row judges the same claim (kind and level: an
   * approval, a pending request or a rejection all stay), and otherwise
   * gets a pending request of this revision. Rows of answers that no longer
   * need a review are deleted (their decisions stay in the history).
   */
  async syncForRevision(
    tx: Knex,
    input: SyncReviewsInput,
  ): Promise<ReviewSync> {
    const id = { entityRef: input.entityRef, entityUid: input.entityUid };
    const claims = claimsNeedingReview(input.answers, input.policy);
    const existing: Array<{
      question_id: string;
      kind: string;
      level: number | null;
      status: string;
      expires_at: Date | string | number | null;
    }> = await tx(REVIEWS)
      .where(identityWhere(id))
      .select('question_id', 'kind', 'level', 'status', 'expires_at');
    const stored = new Map(existing.map(row => [row.question_id, row]));
    const result: ReviewSync = { opened: [], kept: [], dropped: [] };
    // An exemption that has expired is asked for again by submitting the N/A.
    const expired = (row: (typeof existing)[number]) =>
      row.status === 'approved' &&
      row.expires_at !== null &&
      new Date(row.expires_at).getTime() <= input.at.getTime();
    for (const [questionId, claim] of claims) {
      const row = stored.get(questionId);
      if (row && sameClaim(row, claim) && !expired(row)) {
        result.kept.push(questionId);
      } else result.opened.push(questionId);
    }
    result.dropped = existing
      .map(row => row.question_id)
      .filter(questionId => !claims.has(questionId));
    if (result.dropped.length > 0) {
      await tx(REVIEWS)
        .where(identityWhere(id))
        .whereIn('question_id', result.dropped)
        .delete();
    }
    if (result.opened.length > 0) {
      const rows = result.opened.map(questionId => ({
        entity_ref: id.entityRef,
        entity_uid: id.entityUid,
        question_id: questionId,
        kind: claims.get(questionId)!.kind,
        level: claims.get(questionId)!.level,
        status: 'pending',
        requested_revision: input.revision,
        requested_at: input.at,
        requested_by: input.author,
        decided_revision: null,
        decided_by: null,
        decided_at: null,
        comment: null,
        expires_at: null,
      }));
      // Merging every column wipes the decision a changed answer had.
      await tx(REVIEWS)
        .insert(rows)
        .onConflict(['entity_ref', 'entity_uid', 'question_id'])
        .merge();
    }
    for (const list of Object.values(result)) list.sort();
    return result;
  }

  /**
   * Takes a reviewer's decision on a pending request, in one transaction:
   * the row and a history row. Throws a ConflictError, writing nothing, when
   * the request is gone, was reopened by a later revision (the answer
   * changed since the reviewer saw it) or is decided already; an
   * InputError when approving an exemption without `expiresAt`, or giving
   * `expiresAt` to anything else. The expiry is taken as given: its bounds
   * (`exemptions.maxDays`) are the service's to check.
   */
  async decide(input: DecideReviewInput): Promise<AnswerReview> {
    const key = {
      ...identityWhere(input),
      question_id: input.questionId,
    };
    return this.db.transaction(async tx => {
      const row = await tx(REVIEWS).where(key).first();
      const current = row ? toAnswerReview(row) : undefined;
      if (
        !current ||
        current.requestedRevision !== input.expectedRequestedRevision ||
        current.status !== 'pending'
      ) {
        throw staleDecision(input, current);
      }
      checkExpiry(input, current);
      const decision = {
        status: input.decision,
        decided_revision: current.requestedRevision,
        decided_by: input.decidedBy,
        decided_at: input.at,
        comment: input.comment ?? null,
        expires_at: input.expiresAt ?? null,
      };
      // Only while still the same pending request: a submission or another
      // decision in between leaves nothing to update.
      const updated = await tx(REVIEWS)
        .where({
          ...key,
          requested_revision: input.expectedRequestedRevision,
          status: 'pending',
        })
        .update(decision);
      if (updated !== 1) {
        throw new ConflictError(
          `The review request of ${input.questionId} of ${input.entityRef} changed meanwhile. Reload the reviews.`,
        );
      }
      await tx(DECISIONS).insert({
        entity_ref: input.entityRef,
        entity_uid: input.entityUid,
        question_id: input.questionId,
        revision: current.requestedRevision,
        kind: current.kind,
        level: current.level,
        decision: input.decision,
        comment: decision.comment,
        decided_by: input.decidedBy,
        decided_at: input.at,
        expires_at: decision.expires_at,
      });
      return toAnswerReview({ ...row, ...decision });
    });
  }

  /** The current reviews of an entity's answers, by question id. */
  async reviewsOf(id: EntityIdentity): Promise<AnswerReview[]> {
    const rows = await this.db(REVIEWS)
      .where(identityWhere(id))
      .orderBy('question_id')
      .select();
    return rows.map(toAnswerReview);
  }

  /**
   * The current reviews of each of these entities that has any, by entity
   * ref: one query per 500 refs (by ref, the uid checked here, as
   * `AssessmentStore.currentAnswers` reads).
   */
  async reviewsOfMany(
    ids: EntityIdentity[],
  ): Promise<Map<string, AnswerReview[]>> {
    const found = new Map<string, AnswerReview[]>();
    for (let i = 0; i < ids.length; i += 500) {
      const uidOf = new Map(
        ids.slice(i, i + 500).map(id => [id.entityRef, id.entityUid]),
      );
      const rows = await this.db(REVIEWS)
        .whereIn('entity_ref', [...uidOf.keys()])
        .orderBy(['entity_ref', 'question_id'])
        .select();
      for (const row of rows) {
        if (uidOf.get(row.entity_ref) !== row.entity_uid) continue;
        const list = found.get(row.entity_ref) ?? [];
        list.push(toAnswerReview(row));
        found.set(row.entity_ref, list);
      }
    }
    return found;
  }

  /**
   * What the verified level (`computeVerifiedScore`) reads of the reviews,
   * by question id: `reviewed` for an approved level, the exemption of each
   * N/A with a row (pending, rejected, or approved until its expiry).
   * Questions without an approval are left out of trust (self-reported):
   * evidence-backed trust comes from the evidence, not from here. An N/A
   * without a row (exemptions need no approval, or the N/A predates the
   * setting) is left out too, which `computeVerifiedScore` takes as
   * pending: the caller decides what it counts as.
   */
  async verificationsOf(
    id: EntityIdentity,
  ): Promise<Record<string, AnswerVerification>> {
    const verifications: Record<string, AnswerVerification> = {};
    for (const review of await this.reviewsOf(id)) {
      if (review.kind === 'level') {
        if (review.status === 'approved') {
          verifications[review.questionId] = { trust: 'reviewed' };
        }
      } else if (review.status === 'approved') {
        verifications[review.questionId] = {
          exemption: review.expiresAt
            ? { status: 'approved', expiresAt: review.expiresAt }
            : { status: 'approved' },
        };
      } else {
        verifications[review.questionId] = {
          exemption: { status: review.status },
        };
      }
    }
    return verifications;
  }

  /**
   * One page of the pending requests of the ML services the restriction
   * lets the caller read (and of `owners`, when given), oldest first.
   */
  pendingQueue(query: ReviewQueueQuery): Promise<ReviewQueuePage> {
    return pendingReviewPage(this.db, query);
  }

  /** The scorecard's services whose approved exemptions have expired at `now`, by entity ref. */
  expiredExemptions(now: Date): Promise<Map<string, ExpiredExemptions>> {
    return expiredExemptionsOf(this.db, now);
  }

  /** Every decision on an entity's answers, newest first. */
  async history(id: EntityIdentity): Promise<ReviewDecision[]> {
    const rows = await this.db(DECISIONS)
      .where(identityWhere(id))
      .orderBy([
        { column: 'decided_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select();
    return rows.map(toReviewDecision);
  }
}

/** Why a decision finds no pending request of the revision it names. */
function staleDecision(
  input: DecideReviewInput,
  current: AnswerReview | undefined,
): ConflictError {
  const what = `The review request of ${input.questionId} of ${input.entityRef} for revision ${input.expectedRequestedRevision}`;
  if (!current) {
    return new ConflictError(
      `${what} is gone: the answer no longer needs a review. Reload the reviews.`,
    );
  }
  if (current.requestedRevision !== input.expectedRequestedRevision) {
    return new ConflictError(
      `${what} was replaced: revision ${current.requestedRevision} changed the answer (submitted by ${current.requestedBy} at ${current.requestedAt}). Reload the reviews.`,
    );
  }
  return new ConflictError(
    `${what} was ${current.status} already by ${current.decidedBy} at ${current.decidedAt}.`,
  );
}

/** An expiry is required to approve an exemption and has no place elsewhere. */
function checkExpiry(input: DecideReviewInput, current: AnswerReview) {
  const approvesExemption =
    current.kind === 'not-applicable' && input.decision === 'approved';
  if (approvesExemption && !input.expiresAt) {
    throw new InputError(
      `expiresAt is required to approve the exemption of ${input.questionId}: every approved N/A expires`,
    );
  }
  if (!approvesExemption && input.expiresAt) {
    throw new InputError(
      `expiresAt is only for approving an exemption; ${input.questionId} is ${
        current.kind === 'level' ? `a Level ${current.level} answer` : 'an N/A'
      } being ${input.decision}`,
    );
  }
}
