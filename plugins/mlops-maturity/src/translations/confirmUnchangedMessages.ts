/**
 * The wording of "Confirm unchanged" on the Maturity tab: the owners submit
 * the current answers again, unchanged, in one click. Part of
 * `mlopsMaturityTranslationRef` (see ../translation.ts).
 */
export const confirmUnchangedMessages = {
  confirmUnchanged: {
    button: 'Confirm unchanged',
    hint: 'Submit the current answers again, unchanged, as a new revision: the owners re-confirm them without going through the questionnaire.',
    blockedByDraft:
      'A draft is in progress: continue it and submit it, or discard it, before confirming the current answers unchanged.',
    blockedByModel:
      'This assessment was answered against an older version of the model: update it to answer the current questions.',
    title: 'Confirm the assessment unchanged?',
    body_one:
      'Submit the same answer again as revision {{revision}}, in your name: Level {{level}}, score {{score}}, as now.',
    body_other:
      'Submit the same {{count}} answers again as revision {{revision}}, in your name: Level {{level}}, score {{score}}, as now.',
    reconfirms:
      'It records that the owners re-confirmed every answer today, as any submission does.',
    noLongerStale:
      'The assessment is then no longer stale, and the next reminders run stops reminding its owners of it.',
    cancel: 'Cancel',
    confirm: 'Confirm unchanged',
    confirmedTitle: 'Assessment confirmed',
    confirmed:
      'Revision {{revision}} holds the same answers: Level {{level}}, score {{score}}.',
    conflictTitle: 'The assessment changed meanwhile',
    conflictNothingSubmitted:
      'Nothing was submitted. The tab now shows the latest revision: read it before you confirm it.',
  },
} as const;
