import {
  AnswerTrust,
  AnswerVerification,
  AssessmentAnswers,
  computeVerifiedScore,
  EvidenceSignal,
  evidenceBacking,
  isNotApplicable,
  MaturityModel,
  VerificationPolicy,
  VerifiedScore,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { AnswerReview } from '../database/reviewRows';
import { ReviewConfig } from '../review/readReviewConfig';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A service's current revision with what its verified level is computed from. */
export interface VerifiableRevision {
  revision: number;
  answers: AssessmentAnswers;
  /** When the revision was submitted (ISO 8601): every answer's `confirmedAt`. */
  createdAt: string;
  /** The service's evidence signals, as the evidence endpoint returns them. */
  signals: readonly EvidenceSignal[];
}

/** The verified figures of one revision; see {@link verificationFigures}. */
export interface VerificationFigures {
  /** What the verified level was computed from, by question id. */
  answers: Record<string, AnswerVerification>;
  score: VerifiedScore;
  /** The first future instant the figures may change with time alone; null when none. */
  validUntil: Date | null;
}

/** The verification policy of the review config. */
export const policyOf = (config: ReviewConfig): VerificationPolicy => ({
  requiredFromLevel: config.requiredFromLevel,
  ...(config.answerTtlDays !== undefined && {
    answerTtlDays: config.answerTtlDays,
  }),
});

/** An N/A's exemption: from its review, or approved for good when exemptions need no approval. */
function exemptionOf(
  review: AnswerReview | undefined,
  config: ReviewConfig,
): AnswerVerification['exemption'] {
  if (!config.exemptions.requireApproval) return { status: 'approved' };
  if (!review || review.kind !== 'not-applicable') return { status: 'pending' };
  if (review.status === 'approved') {
    return review.expiresAt
      ? { status: 'approved', expiresAt: review.expiresAt }
      : { status: 'approved' };
  }
  return { status: review.status };
}

/**
 * What stands behind each answer of a revision: `evidence-backed` where the
 * common `evidenceBacking` over the service's signals backs its level, else
 * `reviewed` where a reviewer approved this very level, else
 * `self-reported`; every answer confirmed when the revision was submitted
 * (a re-submission re-confirms); each N/A's exemption from its review.
 */
export function answerVerifications(
  model: MaturityModel,
  revision: VerifiableRevision,
  reviews: readonly AnswerReview[],
  config: ReviewConfig,
): Record<string, AnswerVerification> {
  const backing = evidenceBacking(model, revision.answers, revision.signals);
  const reviewOf = new Map(reviews.map(r => [r.questionId, r]));
  const verifications: Record<string, AnswerVerification> = {};
  for (const { id } of model.questions) {
    const answer = revision.answers[id];
    if (!answer) continue;
    const review = reviewOf.get(id);
    if (isNotApplicable(answer)) {
      verifications[id] = { exemption: exemptionOf(review, config) };
      continue;
    }
    const approved =
      review?.kind === 'level' &&
      review.status === 'approved' &&
      review.level === answer.level;
    let trust: AnswerTrust = 'self-reported';
    if (backing.answers[id]?.status === 'evidence-backed') {
      trust = 'evidence-backed';
    } else if (approved) trust = 'reviewed';
    verifications[id] = { trust, confirmedAt: revision.createdAt };
  }
  return verifications;
}

/**
 * The first instant after `now` at which time alone may change the figures:
 * an approved exemption's expiry, or (with `answerTtlDays`) the instant a
 * self-reported answer above Level 0 becomes older than that. Null when none.
 */
export function validUntilOf(
  answers: AssessmentAnswers,
  verifications: Record<string, AnswerVerification>,
  policy: VerificationPolicy,
  now: Date,
): Date | null {
  const instants: number[] = [];
  for (const [id, verification] of Object.entries(verifications)) {
    const answer = answers[id];
    if (!answer) continue;
    const { exemption } = verification;
    if (exemption?.status === 'approved' && exemption.expiresAt) {
      instants.push(Date.parse(exemption.expiresAt));
    }
    if (
      policy.answerTtlDays !== undefined &&
      !isNotApplicable(answer) &&
      answer.level > 0 &&
      (verification.trust ?? 'self-reported') === 'self-reported' &&
      verification.confirmedAt
    ) {
      // Still counted on the last day itself: it expires 1 ms after it.
      instants.push(
        Date.parse(verification.confirmedAt) +
          policy.answerTtlDays * DAY_MS +
          1,
      );
    }
  }
  const ahead = instants.filter(t => !Number.isNaN(t) && t > now.getTime());
  return ahead.length > 0 ? new Date(Math.min(...ahead)) : null;
}

/**
 * The claimed and verified figures of one revision (`computeVerifiedScore`
 * with the answers' verifications and the configured policy), and until
 * when they hold.
 */
export function verificationFigures(
  model: MaturityModel,
  revision: VerifiableRevision,
  reviews: readonly AnswerReview[],
  config: ReviewConfig,
  now: Date,
): VerificationFigures {
  const policy = policyOf(config);
  const answers = answerVerifications(model, revision, reviews, config);
  return {
    answers,
    score: computeVerifiedScore(model, revision.answers, {
      answers,
      policy,
      now,
    }),
    validUntil: validUntilOf(revision.answers, answers, policy, now),
  };
}
