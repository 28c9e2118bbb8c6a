import { EntityVerificationResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** What the tab says about one answer's verification. */
export type AnswerFlag =
  | { kind: 'awaits-review' }
  | { kind: 'approved'; by: string; at: string | null }
  | { kind: 'rejected'; by: string | null; at: string | null; comment: string }
  | { kind: 'expired-answer' }
  | { kind: 'exemption-pending' }
  | { kind: 'exemption-approved'; expiresAt?: string }
  | { kind: 'exemption-expired'; expiresAt?: string }
  | {
      kind: 'exemption-rejected';
      by: string | null;
      at: string | null;
      comment: string | null;
    };

/** The flags of an N/A: where its exemption stands. */
function exemptionFlags(
  verification: EntityVerificationResponse,
  questionId: string,
): AnswerFlag[] {
  const gap = verification.gaps.find(g => g.questionId === questionId);
  const review = verification.reviews[questionId];
  const exemption = verification.answers[questionId]?.exemption;
  const expiresAt =
    (exemption?.status === 'approved' ? exemption.expiresAt : undefined) ??
    review?.expiresAt ??
    undefined;
  switch (gap?.reason) {
    case 'exemption-pending':
      return [{ kind: 'exemption-pending' }];
    case 'exemption-expired':
      return [{ kind: 'exemption-expired', expiresAt }];
    case 'exemption-rejected':
      return [
        {
          kind: 'exemption-rejected',
          by: review?.decidedBy ?? null,
          at: review?.decidedAt ?? null,
          comment: review?.comment ?? null,
        },
      ];
    default:
      return exemption?.status === 'approved'
        ? [{ kind: 'exemption-approved', expiresAt }]
        : [];
  }
}

/**
 * Where one answer stands in the verification: approved by whom, rejected
 * with the reviewer's comment, awaiting review or re-confirmation, or for
 * an N/A its exemption's state. None for an answer that needs nothing.
 */
export function answerFlags(
  verification: EntityVerificationResponse,
  questionId: string,
  notApplicable: boolean,
): AnswerFlag[] {
  if (notApplicable) return exemptionFlags(verification, questionId);
  const gap = verification.gaps.find(g => g.questionId === questionId);
  const review = verification.reviews[questionId];
  const flags: AnswerFlag[] = [];
  if (review?.status === 'approved' && review.decidedBy) {
    flags.push({
      kind: 'approved',
      by: review.decidedBy,
      at: review.decidedAt,
    });
  } else if (review?.status === 'rejected') {
    // A rejected answer stays self-reported: the comment says why.
    flags.push({
      kind: 'rejected',
      by: review.decidedBy,
      at: review.decidedAt,
      comment: review.comment ?? '',
    });
  } else if (gap?.reason === 'awaits-review') {
    flags.push({ kind: 'awaits-review' });
  }
  if (gap?.reason === 'expired-answer') flags.push({ kind: 'expired-answer' });
  return flags;
}
