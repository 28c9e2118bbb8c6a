import {
  AnswerReviewKind,
  AnswerReviewResponse,
  AnswerReviewStatus,
  AssessmentAnswers,
  isNotApplicable,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { EntityIdentity } from './EntityIdentity';
import { toIsoString } from './rows';

/** The tables of reviews (see the answer_reviews migration). */
export const REVIEWS = 'mlops_maturity_answer_reviews';
export const DECISIONS = 'mlops_maturity_review_decisions';

/** What a review judges: a claimed level, or an N/A's exemption. */
export type ReviewKind = AnswerReviewKind;

/** Where a review stands. */
export type ReviewStatus = AnswerReviewStatus;

/** A reviewer's decision. */
export type ReviewDecisionValue = 'approved' | 'rejected';

/** Which answers need a review (from `mlopsMaturity.review`). */
export interface ReviewSyncPolicy {
  /** Answers at this level or above need a review. */
  requiredFromLevel: MaturityLevelNumber;
  /** Whether each N/A needs a reviewer's approval. */
  exemptionsRequireApproval: boolean;
}

/** The current review of one answer of one entity: as the API answers it, with the entity's uid. */
export interface AnswerReview extends AnswerReviewResponse, EntityIdentity {}

/** One decision of the append-only history. */
export interface ReviewDecision extends EntityIdentity {
  id: number;
  questionId: string;
  /** The revision whose answer was decided. */
  revision: number;
  kind: ReviewKind;
  level: MaturityLevelNumber | null;
  decision: ReviewDecisionValue;
  comment: string | null;
  decidedBy: string;
  decidedAt: string;
  expiresAt: string | null;
}

/** The claim of an answer a review judges. */
export interface ReviewClaim {
  kind: ReviewKind;
  level: MaturityLevelNumber | null;
}

/** The answers that need a review under the policy, by question id. */
export function claimsNeedingReview(
  answers: AssessmentAnswers,
  policy: ReviewSyncPolicy,
): Map<string, ReviewClaim> {
  const claims = new Map<string, ReviewClaim>();
  for (const [questionId, answer] of Object.entries(answers)) {
    if (isNotApplicable(answer)) {
      if (policy.exemptionsRequireApproval) {
        claims.set(questionId, { kind: 'not-applicable', level: null });
      }
    } else if (answer.level >= policy.requiredFromLevel) {
      claims.set(questionId, { kind: 'level', level: answer.level });
    }
  }
  return claims;
}

/** Whether a stored review judges this very claim. */
export const sameClaim = (
  row: { kind: string; level: number | null },
  claim: ReviewClaim,
) =>
  row.kind === claim.kind &&
  (row.level === null ? null : Number(row.level)) === claim.level;

type Timestamp = Date | number | string;
const optionalIso = (value: Timestamp | null) =>
  value === null || value === undefined ? null : toIsoString(value);
const optionalNumber = (value: number | string | null) =>
  value === null || value === undefined ? null : Number(value);

export function toAnswerReview(row: any): AnswerReview {
  return {
    entityRef: row.entity_ref,
    entityUid: row.entity_uid,
    questionId: row.question_id,
    kind: row.kind,
    level: optionalNumber(row.level) as MaturityLevelNumber | null,
    status: row.status,
    requestedRevision: Number(row.requested_revision),
    requestedAt: toIsoString(row.requested_at),
    requestedBy: row.requested_by,
    decidedRevision: optionalNumber(row.decided_revision),
    decidedBy: row.decided_by ?? null,
    decidedAt: optionalIso(row.decided_at),
    comment: row.comment ?? null,
    expiresAt: optionalIso(row.expires_at),
  };
}

export function toReviewDecision(row: any): ReviewDecision {
  return {
    id: Number(row.id),
    entityRef: row.entity_ref,
    entityUid: row.entity_uid,
    questionId: row.question_id,
    revision: Number(row.revision),
    kind: row.kind,
    level: optionalNumber(row.level) as MaturityLevelNumber | null,
    decision: row.decision,
    comment: row.comment ?? null,
    decidedBy: row.decided_by,
    decidedAt: toIsoString(row.decided_at),
    expiresAt: optionalIso(row.expires_at),
  };
}
