import { AssessmentAnswer } from '../answers/types';
import { MaturityLevelNumber } from '../model/types';

/**
 * What a review judges: a claimed level, or an N/A's exemption.
 *
 * @public
 */
export type AnswerReviewKind = 'level' | 'not-applicable';

/**
 * Where the review of an answer stands.
 *
 * @public
 */
export type AnswerReviewStatus = 'pending' | 'approved' | 'rejected';

/**
 * The review of one answer of one ML service, as the reviews API answers
 * it (`POST /reviews/:kind/:namespace/:name/:questionId`).
 *
 * @public
 */
export interface AnswerReviewResponse {
  entityRef: string;
  questionId: string;
  kind: AnswerReviewKind;
  /** The level under review; null for an exemption. */
  level: MaturityLevelNumber | null;
  status: AnswerReviewStatus;
  /** The revision that set the answer under review: what a decision names. */
  requestedRevision: number;
  /** ISO 8601. */
  requestedAt: string;
  /** Who submitted that revision: a user entity ref. */
  requestedBy: string;
  decidedRevision: number | null;
  decidedBy: string | null;
  /** ISO 8601. */
  decidedAt: string | null;
  comment: string | null;
  /** Until when an approved exemption holds (ISO 8601). */
  expiresAt: string | null;
}

/**
 * One pending request of the review queue (`GET /reviews`), with what a
 * reviewer needs to decide it.
 *
 * @public
 */
export interface ReviewQueueItem {
  entityRef: string;
  /** The service's title in the catalog, if it has one. */
  title: string | null;
  /** The owner entity ref, lowercased. */
  owner: string | null;
  questionId: string;
  /** The question's title in the active model; null for a question it no longer asks. */
  questionTitle: string | null;
  kind: AnswerReviewKind;
  level: MaturityLevelNumber | null;
  requestedRevision: number;
  /** ISO 8601. */
  requestedAt: string;
  requestedBy: string;
  /** The answer as submitted in `requestedRevision`: level or N/A reason, note, evidence links. */
  answer: AssessmentAnswer | null;
  /** The answer to the same question in the revision before, or null (none, or unanswered). */
  previousAnswer: AssessmentAnswer | null;
}

/**
 * Response of `GET /reviews`: the oldest requests first; `nextCursor` asks
 * for the page after.
 *
 * @public
 */
export interface ReviewQueueResponse {
  items: ReviewQueueItem[];
  nextCursor?: string;
}

/**
 * Body of `POST /reviews/:kind/:namespace/:name/:questionId`.
 *
 * @public
 */
export interface ReviewDecisionRequest {
  /** The `requestedRevision` of the request decided: a later one gets 409. */
  requestedRevision: number;
  decision: 'approved' | 'rejected';
  /** Required, and not blank, to reject; at most 2000 characters. */
  comment?: string;
  /** Required to approve an exemption, at most `exemptions.maxDays` ahead; refused otherwise. */
  expiresAt?: string;
}
