/**
 * The wording of the verified level on the Maturity tab: claimed beside
 * verified, what separates them, each answer's review and the plan to the
 * next verified level. Part of `mlopsMaturityTranslationRef` (see
 * ../translation.ts).
 */
export const verificationMessages = {
  verifiedLevel: {
    label: 'Verified level',
    hint: 'The level the organisation can stand behind: a self-reported answer at Level {{from}} or above counts one level lower until a reviewer approves it, and an N/A counts as Level 0 until its exemption is approved.',
    claimed: 'Claimed',
    verified: 'Verified',
    summary: 'Claimed Level {{claimed}} · Verified Level {{verified}}',
    noGap: 'Every answer counts as claimed.',
    awaitsReview_one: '{{count}} answer at Level {{level}} awaits review',
    awaitsReview_other: '{{count}} answers at Level {{level}} await review',
    expiredAnswer_one:
      '{{count}} answer at Level {{level}} awaits re-confirmation',
    expiredAnswer_other:
      '{{count}} answers at Level {{level}} await re-confirmation',
    exemptionPending_one: '{{count}} exemption awaits approval',
    exemptionPending_other: '{{count}} exemptions await approval',
    exemptionExpired_one: '{{count}} exemption expired',
    exemptionExpired_other: '{{count}} exemptions expired',
    exemptionRejected_one: '{{count}} exemption was rejected',
    exemptionRejected_other: '{{count}} exemptions were rejected',
    reviewsLink: 'Review answers on the Reviews page',
  },
  answerVerification: {
    awaitsReview: 'Awaits review',
    approvedBy: 'Approved by {{reviewer}} {{when}}',
    rejectedBy: 'Rejected by {{reviewer}} {{when}}',
    rejectedComment: '“{{comment}}”',
    expiredAnswer: 'Awaits re-confirmation: counted at Level 0',
    exemptionPending: 'Exemption pending approval',
    exemptionApproved: 'Exemption approved',
    exemptionApprovedUntil: 'Exemption approved until {{date}}',
    exemptionExpired: 'Exemption expired on {{date}}',
    exemptionExpiredNoDate: 'Exemption expired',
    exemptionRejected: 'Exemption rejected',
  },
  answersToNextVerifiedLevel: {
    heading_one: 'To verified Level {{level}}, {{count}} action:',
    heading_other: 'To verified Level {{level}}, {{count}} actions:',
    raises: 'raise {{raises}}',
    verifications: 'have {{verifications}}',
    review: '“{{question}}” reviewed at L{{level}}',
    reconfirm: '“{{question}}” re-confirmed at L{{level}}',
    approveExemption: 'the exemption of “{{question}}” approved',
    renewExemption: 'the exemption of “{{question}}” renewed',
    explanation:
      'The fewest raises the claim needs, then the fewest reviews, re-confirmations and exemption decisions that make the verified level reach it. This plan is ours.',
  },
} as const;
