import {
  AnswerReviewResponse,
  AnswerVerification,
  AssessmentAnswers,
  CurrentAssessment,
  EntityVerificationResponse,
  answersToNextVerifiedLevel,
  computeVerifiedScore,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { ENTITY_REF, testModel } from './maturityFixtures';

const q = testModel.questions;

/** The instant the fixtures' verification is computed at. */
export const VERIFIED_AT = new Date('2026-12-01T00:00:00Z');

/**
 * Every answer at Level 3 but two Monitoring N/As: claimed Level 3 (score
 * 3). What stands behind them: the first answer reviewed, the second
 * rejected, the fifth and eighth never reviewed (the three self-reported,
 * so counted at Level 2), the others evidence-backed; one N/A pending, one
 * expired (both counted at Level 0). Verified: 0.3 × 8/3 + 0.25 × 2.75 +
 * 0.25 × 2.75 + 0.2 × 1.5 = 2.475, Level 2.
 */
export const claimedAnswers: AssessmentAnswers = {
  ...uniformAnswers(3),
  [q[11].id]: { notApplicable: true, reason: 'Batch scoring only.' },
  [q[12].id]: { notApplicable: true, reason: 'No online traffic.' },
};

export const answerVerifications: Record<string, AnswerVerification> = {
  ...Object.fromEntries(
    q.map(question => [question.id, { trust: 'evidence-backed' as const }]),
  ),
  [q[0].id]: { trust: 'reviewed' },
  [q[1].id]: { trust: 'self-reported' },
  [q[4].id]: { trust: 'self-reported' },
  [q[7].id]: { trust: 'self-reported' },
  [q[11].id]: { exemption: { status: 'pending' } },
  [q[12].id]: {
    exemption: { status: 'approved', expiresAt: '2026-11-01T00:00:00Z' },
  },
};

/** A decided review of one answer of revision 3. */
export function review(
  questionId: string,
  overrides: Partial<AnswerReviewResponse> = {},
): AnswerReviewResponse {
  return {
    entityRef: ENTITY_REF,
    questionId,
    kind: 'level',
    level: 3,
    status: 'approved',
    requestedRevision: 3,
    requestedAt: '2026-11-20T09:00:00Z',
    requestedBy: 'user:default/ada',
    decidedRevision: 3,
    decidedBy: 'user:default/grace',
    decidedAt: '2026-11-21T09:00:00Z',
    comment: null,
    expiresAt: null,
    ...overrides,
  };
}

/** The verification route's answer for an assessment, computed as the backend does. */
export function verificationOf(
  current: CurrentAssessment,
  answers: Record<string, AnswerVerification> = answerVerifications,
  overrides: Partial<EntityVerificationResponse> = {},
): EntityVerificationResponse {
  const policy = { requiredFromLevel: 3 as const };
  const context = { answers, policy, now: VERIFIED_AT };
  const score = computeVerifiedScore(testModel, current.answers, context);
  return {
    entityRef: ENTITY_REF,
    revision: current.revision,
    policy: {
      ...policy,
      exemptionsRequireApproval: true,
      exemptionMaxDays: 365,
    },
    claimedScore: score.claimed.score ?? 0,
    claimedLevel: score.claimed.level ?? 0,
    verifiedScore: score.verified.score ?? 0,
    verifiedLevel: score.verified.level ?? 0,
    gaps: score.gaps,
    gapCounts: score.gapCounts,
    answers,
    reviews: {
      [q[0].id]: review(q[0].id),
      [q[1].id]: review(q[1].id, {
        status: 'rejected',
        comment: 'Link the on-call rota.',
      }),
    },
    nextVerifiedLevel: answersToNextVerifiedLevel(
      testModel,
      current.answers,
      context,
    ),
    canReview: false,
    validUntil: null,
    ...overrides,
  };
}
