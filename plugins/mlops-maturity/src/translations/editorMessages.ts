/**
 * The wording of the assessment editor: questions, evidence, live preview, conflicts and unsaved changes. Part of
 * `mlopsMaturityTranslationRef` (see ../translation.ts).
 */
export const editorMessages = {
  assessmentEditor: {
    mergedWithOverlaps:
      'Your changes now build on revision {{revision}}. Some questions were changed on both sides; your answers were kept — review the highlighted ones, then submit.',
    merged:
      'Your changes now build on revision {{revision}}. Review and submit.',
    mergeWarning:
      'Revision {{revision}} also changed this answer, to "{{answer}}". Your answer was kept.',
    draftSaved: 'Draft saved.',
    draftDiscarded: 'Draft discarded.',
    loadedTheirDraft:
      'Loaded the draft saved by {{author}}; your changes were dropped.',
    loadedLatestAssessment:
      'Loaded the latest assessment; your changes were dropped.',
    loadedRevision: 'Loaded revision {{revision}}; your changes were dropped.',
    loadedLatestState: 'Loaded the latest state; your changes were dropped.',
    discardDraft: 'Discard draft',
    close: 'Close',
    saveDraft: 'Save draft',
    submit: 'Submit',
  },
  startNotice: {
    fromDraft: 'Continuing your saved draft.',
    fromCurrent: 'Starting from the current assessment.',
    empty: 'First assessment of this service.',
    droppedQuestions:
      'Answers to questions the active model no longer has were left out: {{questions}}.',
  },
  livePreview: {
    ariaLabel: 'Live preview',
    previewLevel: 'Preview level',
    score: 'Score',
    gatedLevel: 'Gated level (ours)',
    gatedLevelValue: 'L{{level}}',
    weakestDimension: 'Lowest dimension',
    noWeakestDimension: 'None: every dimension has the same average',
    answered: 'Answered',
    answeredValue: '{{answered}} of {{total}}',
    provisional: 'Provisional',
    provisionalHint:
      'Not every question has an answer, or a dimension has only N/A answers',
  },
  questionField: {
    levelOption: 'L{{level}} — {{descriptor}}',
    notApplicableOption: 'Not applicable (needs a reason)',
    reason: 'Reason it does not apply',
    reasonAriaLabel: '{{question}} N/A reason',
    note: 'Note (optional)',
    noteAriaLabel: '{{question}} note',
    noteNeedsAnswer: 'Choose a level or N/A to add a note.',
  },
  evidenceLinksField: {
    title: 'Evidence links',
    linkTitle: 'Link title',
    linkTitleAriaLabel: '{{question}} evidence {{number}} title',
    url: 'URL',
    urlPlaceholder: 'https://',
    urlAriaLabel: '{{question}} evidence {{number}} URL',
    remove: 'Remove evidence {{number}} of {{question}}',
    add: 'Add link',
    addAriaLabel: 'Add evidence link to {{question}}',
  },
  evidenceSuggestion: {
    ariaLabel: 'Evidence for {{question}}',
    suggested: 'Suggested: L{{level}} — {{title}}',
    answeredBelow: 'The evidence shows more than the L{{level}} answered.',
    noLink: 'This evidence has no link: accepting it sets the level only.',
    accept: 'Accept L{{level}}',
    acceptAriaLabel: 'Accept the suggested L{{level}} for {{question}}',
    acceptWithLinkAriaLabel:
      'Accept the suggested L{{level}} for {{question}} and add its evidence link',
    evidence: 'Evidence: L{{level}} — {{title}}',
    backed: 'It backs this answer.',
    aboveEvidence:
      'This answer claims more than it shows: add an evidence link if you have one.',
  },
  issueSummary: {
    ariaLabel: 'Problems to fix',
    title_one: '{{count}} problem to fix',
    title_other: '{{count}} problems to fix',
  },
  changedMeanwhileNotice: {
    nothingSaved:
      'Nothing of yours was saved; your answers are still in the form.',
  },
  conflictNotice: {
    title: 'The assessment changed while you were editing',
    merge: 'Merge my changes onto the latest',
    reload: 'Reload latest, drop my changes',
    submittedBy: 'Revision {{revision}} was submitted by {{author}} {{time}}.',
    changedBySomeoneElse: 'Someone else changed the assessment.',
  },
  draftConflictNotice: {
    title: 'The draft changed while you were editing',
    saveOver: 'Save mine over it',
    saveAsNew: 'Save mine as a new draft',
    loadTheirs: 'Load their draft, drop my changes',
    dropMine: 'Drop my changes',
    savedBy:
      'Version {{version}} of the draft was saved by {{author}} {{time}}.',
    submittedOrDiscarded:
      'The draft was submitted or discarded by someone else.',
  },
  discardChangesDialog: {
    title: 'Discard unsaved changes?',
    sinceDraftSaved:
      'You changed {{answers}} since the draft was last saved. Closing now loses these changes; save a draft or submit to keep them.',
    sinceOpened:
      'You changed {{answers}} since the editor opened. Closing now loses these changes; save a draft or submit to keep them.',
    answers_one: 'one answer ({{questions}})',
    answers_other: '{{count}} answers ({{questions}})',
    questionsAndMore: '{{questions}} and {{more}} more',
    discard: 'Discard',
    keepEditing: 'Keep editing',
  },
} as const;
