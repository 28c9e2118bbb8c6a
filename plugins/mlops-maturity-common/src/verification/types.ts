import { MaturityLevelNumber } from '../model/types';

/**
 * What stands behind an answer's level: a provider's signal or an evidence
 * link (`evidence-backed`, see `evidenceBacking`), a reviewer's approval
 * (`reviewed`), or only its owners' word (`self-reported`).
 *
 * @public
 */
export type AnswerTrust = 'evidence-backed' | 'reviewed' | 'self-reported';

/**
 * Where the exemption a "not applicable" answer asks for stands. Submitting an
 * N/A with its reason is the request, so an N/A with no decision yet is
 * `pending`. An approval without `expiresAt` never expires; with it, it holds
 * until that instant (ISO 8601) and is expired from then on.
 *
 * @public
 */
export type NotApplicableExemption =
  | { status: 'pending' }
  | { status: 'approved'; expiresAt?: string }
  | { status: 'rejected' };

/**
 * What the verified level needs to know about one answer besides its level.
 *
 * @public
 */
export interface AnswerVerification {
  /** For an answer with a level; `self-reported` when left out. */
  trust?: AnswerTrust;
  /**
   * When the owners last set or re-confirmed the answer (ISO 8601). Read
   * only with `answerTtlDays`; a self-reported answer without it (or with a
   * date that does not parse) is then taken to be expired.
   */
  confirmedAt?: string;
  /** For an N/A answer; `pending` when left out. */
  exemption?: NotApplicableExemption;
}

/**
 * How strict the verified level is (`mlopsMaturity.review` in app-config).
 *
 * @public
 */
export interface VerificationPolicy {
  /**
   * The lowest level a self-reported answer cannot claim on its own word: a
   * self-reported answer at this level or above counts one level below it.
   * 1 to 4.
   */
  requiredFromLevel: MaturityLevelNumber;
  /**
   * When set (days, above 0), a self-reported answer confirmed longer ago
   * than this counts at Level 0 until its owners re-confirm it. Off when
   * left out.
   */
  answerTtlDays?: number;
}

/**
 * The policy when app-config sets none: review from Level 3, answers never
 * expire.
 *
 * @public
 */
export const DEFAULT_VERIFICATION_POLICY: VerificationPolicy = {
  requiredFromLevel: 3,
};

/**
 * What the verified level is computed from, besides the model and the
 * claimed answers.
 *
 * @public
 */
export interface VerificationContext {
  /** By question id; a question left out is self-reported, its N/A pending. */
  answers: Record<string, AnswerVerification>;
  /** {@link DEFAULT_VERIFICATION_POLICY} when left out. */
  policy?: VerificationPolicy;
  /** The instant expiry is measured at. */
  now: Date;
}

/**
 * Why an answer counts lower in the verified level than it claims:
 * `awaits-review` (self-reported at or above `requiredFromLevel`),
 * `expired-answer` (self-reported and older than `answerTtlDays`), or an N/A
 * whose exemption is `exemption-pending`, `exemption-expired` or
 * `exemption-rejected`.
 *
 * @public
 */
export type VerificationGapReason =
  | 'awaits-review'
  | 'expired-answer'
  | 'exemption-pending'
  | 'exemption-expired'
  | 'exemption-rejected';

/**
 * One answer the verified level counts lower than claimed.
 *
 * @public
 */
export interface VerificationGap {
  questionId: string;
  dimensionId: string;
  /** The level answered, or `not-applicable`. */
  claimed: MaturityLevelNumber | 'not-applicable';
  /** The level the verified level counts it at. */
  counted: MaturityLevelNumber;
  /**
   * Why. When two reasons hold (an expired self-reported answer at or above
   * `requiredFromLevel`), the one that sets `counted`: `expired-answer`.
   */
  reason: VerificationGapReason;
}
