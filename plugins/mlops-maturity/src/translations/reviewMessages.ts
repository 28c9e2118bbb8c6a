/**
 * The wording of the Reviews page: the queue of answers that wait for a
 * reviewer, and the decisions on them. Part of `mlopsMaturityTranslationRef`
 * (see ../translation.ts).
 */
export const reviewMessages = {
  reviewsPage: {
    title: 'Maturity reviews',
    subtitle:
      'Answers that wait for a second pair of eyes, the oldest request first',
    heading: 'Answers awaiting your review',
    teamFilter: 'Team',
    empty: 'Nothing awaits your review.',
    emptyFiltered: 'Nothing awaits your review for these teams.',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: 'Page {{page}}',
  },
  reviewItem: {
    claimsLevel: 'Claims Level {{level}}',
    claimsNotApplicable: 'Claims not applicable: {{reason}}',
    exemption: 'Exemption',
    unknownQuestion: 'A question the active model no longer asks ({{id}})',
    note: 'Note: {{note}}',
    evidence: 'Evidence:',
    noEvidence: 'No evidence links.',
    previous: 'Revision before:',
    previousLevel: 'Level {{level}}',
    previousNotApplicable: 'not applicable ({{reason}})',
    previousNone: 'not answered',
    requested: 'Asked by {{user}} {{when}}, in revision {{revision}}',
    owner: 'Owner: {{owner}}',
    approve: 'Approve',
    reject: 'Reject',
  },
  rejectDialog: {
    title: 'Reject “{{question}}”?',
    body: 'The answer stays self-reported, and the owners see your comment on the Maturity tab.',
    comment: 'Comment',
    commentHelp: 'Tell the owners what is missing: required.',
    commentRequired: 'A rejection needs a comment.',
    cancel: 'Cancel',
    confirm: 'Reject',
  },
  approveExemptionDialog: {
    title: 'Approve the exemption of “{{question}}”?',
    body: 'The question is left out of the verified level until the expiry date; after it, the exemption counts as Level 0 until it is approved again.',
    expiresOn: 'Expires on',
    maxDays: 'At most {{days}} days ahead, by {{date}}.',
    invalidDate: 'A date after today, by {{date}} at the latest.',
    cancel: 'Cancel',
    confirm: 'Approve',
  },
  reviewDecision: {
    approvedTitle: 'Answer approved',
    rejectedTitle: 'Answer rejected',
    decided: '“{{question}}” of {{service}}',
    conflictTitle: 'The answer changed',
    conflict:
      'It was changed, or decided, since it was asked for review: the queue shows the requests as they are now.',
    failedTitle: 'The decision was not saved',
    notAllowed: 'You may not review the answers of this service.',
  },
} as const;
