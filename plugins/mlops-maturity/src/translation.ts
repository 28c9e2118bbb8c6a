import {
  TranslationFunction,
  createTranslationRef,
} from '@backstage/core-plugin-api/alpha';
import { confirmUnchangedMessages } from './confirmUnchangedMessages';
import { surfaceMessages } from './surfaceMessages';

/**
 * The shipped English wording, grouped by the component that shows it. The
 * maturity model's own texts (level names, questions, descriptors, roadmaps)
 * are not here: they come from the model.
 */
export const mlopsMaturityMessages = {
  levelBadge: {
    notAssessed: 'Not assessed',
    short: 'L{{level}}',
    withName: 'L{{level}} · {{name}}',
    ariaLabel: 'Level {{level}}',
    ariaLabelWithName: 'Level {{level}}: {{name}}',
  },
  timestamp: {
    justNow: 'just now',
  },
  maturityHeadline: {
    title: 'Maturity level',
    subheader: 'Revision {{revision}}',
    weightedScore: 'Weighted score',
    provisional: 'Provisional',
    provisionalHint:
      'Not every question has an answer, so this result is not official.',
    stale_one:
      'This assessment is stale: it is older than {{count}} day. Ask the owners to review it.',
    stale_other:
      'This assessment is stale: it is older than {{count}} days. Ask the owners to review it.',
    gatedLevel: 'Gated level',
    gatedLevelHint:
      'Our stricter reading, not used by the reference: the highest level every dimension reaches. It never replaces the level.',
    weakestDimension: 'Lowest dimension',
    weakestDimensionHint:
      'The dimension with the lowest average: a fact, not a priority. The roadmap says what to do first.',
    weakestDimensionValue: '{{name}} (average {{average}})',
    noWeakestDimension: 'None: every dimension has the same average',
    lastUpdated: 'Last updated',
    model: 'Model',
    outdatedModel:
      'The active model is {{version}}; the next update is scored against it.',
    evidenceBacked: 'Evidence-backed answers',
    evidenceBackedHint:
      "Answers whose level a signal from the catalog or the team's tools shows, or that carry an evidence link. The others are self-reported.",
    evidenceBackedValue: '{{share}} ({{backed}} of {{answered}})',
    higherLevel_one: 'Evidence shows a higher level for {{count}} answer',
    higherLevel_other: 'Evidence shows a higher level for {{count}} answers',
  },
  nextLevelRoadmap: {
    title: 'Roadmap',
    titleToLevel: 'Roadmap to Level {{level}}',
    titleToLevelWithName: 'Roadmap to Level {{level}} ({{name}})',
    topLevel:
      'This service is at Level {{level}}, the top of the model. Keep the practices in place and watch the lowest dimension.',
    topLevelWithName:
      'This service is at Level {{level}} ({{name}}), the top of the model. Keep the practices in place and watch the lowest dimension.',
    ourNote: 'Our note, not the reference:',
    startWith: 'Start with: {{phase}} ({{timeframe}})',
    wholeRoadmap: 'The whole roadmap',
    duration: 'Duration',
    investment: 'Investment',
    team: 'Team',
    initiatives: 'Initiatives',
    noInitiatives: 'The model has no initiatives for this transition.',
    questionsBelowLevel: 'Questions below Level {{level}}',
    noQuestionsBelowLevel:
      'Every applicable answer is already at Level {{level}} or above; raising the lowest dimension lifts the score.',
  },
  maturityTarget: {
    title: 'Maturity target',
    subheader: 'The level the platform team expects of this service',
    met: 'Met',
    below: 'Below target',
    metDescription:
      'This service is at Level {{level}}, which meets its target of Level {{target}}.',
    gap_one:
      'This service is at Level {{level}}: {{count}} level below its target of Level {{target}}.',
    gap_other:
      'This service is at Level {{level}}: {{count}} levels below its target of Level {{target}}.',
    notAssessed:
      'A target of Level {{target}} applies to this service, which is not assessed yet: an assessment is the first step towards it.',
    notScored:
      'No applicable answer is scored yet, so how far this service is from its target of Level {{target}} is not known.',
    closingHeading: 'To reach Level {{level}}: {{answers}}, {{steps}}',
    closingExplanation:
      'The fewest one-level answer raises that lift the score into Level {{level}}, none above it, the first ones where the roadmap starts. This plan is ours; the reference gives none.',
    ariaLabel: 'Answers that close the gap to the target',
    question: 'Question',
    dimension: 'Dimension',
    now: 'Now',
    raiseTo: 'Raise to',
  },
  targetStatus: {
    short: 'L{{level}}',
    met: 'met',
    below: 'below',
  },
  plan: {
    answers_one: '{{count}} answer',
    answers_other: '{{count}} answers',
    levelSteps_one: '{{count}} level step',
    levelSteps_other: '{{count}} level steps',
  },
  answersToNextLevel: {
    heading: '{{answers}}, {{steps}} from Level {{level}}:',
    raises: 'raise {{raises}}.',
    raise: '{{question}} from L{{from}} to L{{to}}',
    explanation:
      'The fewest one-level raises that lift the score into Level {{level}}, no answer raised above it; among plans that short, the one that starts where the roadmap starts. This plan is ours; the reference gives none.',
  },
  roadmapQuestionGaps: {
    ariaLabel: 'Questions below the next level',
    question: 'Question',
    dimension: 'Dimension',
    now: 'Now',
    target: 'Target',
  },
  roadmapSteps: {
    ariaLabel: 'Initiatives',
    initiative: 'Initiative',
    improves: 'Improves (our tag)',
    tagsAreOurs:
      'The "Improves" tags are ours: the reference does not say which dimension an initiative improves.',
    phase: 'Phase',
    tools: 'Tools',
    successCriteria: 'Success criteria',
  },
  answersByDimension: {
    title: 'Answers',
    weight: 'Weight {{weight}}',
    weightAndAverage: 'Weight {{weight}} · average {{average}}',
  },
  answerView: {
    notAnswered: 'Not answered',
    notApplicableChip: 'N/A',
    notApplicable: 'Not applicable: {{reason}}',
    nextLevel: 'Next (L{{level}}): {{descriptor}}',
    note: 'Note: {{note}}',
    evidence: 'Evidence:',
  },
  answerEvidence: {
    backed: 'Evidence-backed',
    selfReported: 'Self-reported',
    bySignal: 'Shown by {{title}}: at least L{{level}}',
    higher: 'Evidence shows L{{level}}: more than answered',
    shownBy: 'Shown by {{title}}',
    byLinks: 'Backed by its evidence links',
    aboveEvidence:
      'Above what evidence shows: {{title}} shows L{{level}}. A hint, not an error: the owners may know more.',
  },
  signalTitle: {
    withheld: 'a catalog entity you cannot see',
  },
  answerDescription: {
    notAnswered: 'Not answered',
    notApplicable: 'N/A: {{reason}}',
    level: 'L{{level}}',
    levelWithDescriptor: 'L{{level}}: {{descriptor}}',
  },
  assessmentHistory: {
    title: 'History',
    noRevisions: 'No revisions yet.',
  },
  revisionTable: {
    ariaLabel: 'Revisions',
    revision: 'Revision',
    date: 'Date',
    author: 'Author',
    score: 'Score',
    level: 'Level',
    model: 'Model',
  },
  revisionComparison: {
    title: 'Compare revisions',
    from: 'From',
    to: 'To',
    revisionOption: 'Revision {{revision}}',
    compare: 'Compare',
    heading: 'Revision {{from}} → revision {{to}}',
    noChanges: 'No answer changed between these revisions.',
    ariaLabel: 'Changed answers',
    question: 'Question',
    dimension: 'Dimension',
    before: 'Before',
    after: 'After',
    changed: 'Changed',
    aspects: {
      answer: 'answer',
      note: 'note',
      evidence: 'evidence',
    },
  },
  dimensionScoresChart: {
    ariaLabel: 'Average level per dimension',
    band: 'L{{level}}',
    barLabel: '{{name}}: average {{average}} of 4, weight {{weight}}',
    noApplicableAnswers: 'no applicable answers',
    noApplicableAnswersLabel: '{{name}}: no applicable answers',
  },
  levelDistributionChart: {
    ariaLabel: 'Services per level',
    column: 'L{{level}}',
    level: 'Level {{level}}',
    levelWithName: 'Level {{level}} ({{name}})',
    notAssessedColumn: 'None',
    notAssessed: 'Not assessed',
  },
  entityMaturityRollupCard: {
    title: 'MLOps maturity',
    subheader: 'ML services of this entity',
    summary_one:
      '{{count}} assessed ML service, mean score {{meanScore}} / 4; {{staleShare}} stale.',
    summary_other:
      '{{count}} assessed ML services, mean score {{meanScore}} / 4; {{staleShare}} stale.',
    lowestScores: 'Lowest scores',
    score: 'Score {{score}}',
  },
  draftNotice: {
    continueDraft: 'Continue draft',
    unscored:
      'Unsubmitted draft saved by {{author}} {{time}}: {{answered}} of {{total}} answered.',
    unscoredProvisional:
      'Unsubmitted draft saved by {{author}} {{time}}: {{answered}} of {{total}} answered — provisional.',
    scored:
      'Unsubmitted draft saved by {{author}} {{time}}: {{answered}} of {{total}} answered, would score {{score}} (L{{level}}).',
    scoredProvisional:
      'Unsubmitted draft saved by {{author}} {{time}}: {{answered}} of {{total}} answered, would score {{score}} (L{{level}}) — provisional.',
  },
  readOnlyNote: {
    withOwner:
      'You can read this assessment. Only the owning team, {{owner}}, can update it.',
    withoutOwner:
      'You can read this assessment. Only its owners can update it; this entity has no owner in spec.owner.',
  },
  entityMaturityContent: {
    updateAssessment: 'Update assessment',
    startAssessment: 'Start assessment',
    continueAssessment: 'Continue assessment',
    dimensionsTitle: 'Dimensions',
    dimensionsSubheader: 'Average level per dimension, with its weight',
    noAssessment: 'No maturity assessment yet',
    noAssessmentDescription:
      '{{entity}} has not been assessed against the {{model}}. An assessment takes about 15 minutes: one question per practice, {{questions}} in all.',
    editorTitle: 'Update the maturity assessment of {{entity}}',
  },
  answerIssue: {
    required: {
      reason: 'Give a reason why this question does not apply.',
      linkTitle: 'Give this link a title.',
    },
    tooLong: {
      reason: 'Keep the reason to {{max}} characters (it has {{length}}).',
      note: 'Keep the note to {{max}} characters (it has {{length}}).',
      linkTitle:
        'Keep the link title to {{max}} characters (it has {{length}}).',
    },
    controlCharacters:
      'Remove the invisible control characters from this text (pasted from another program?).',
    notAUrl: 'Enter a full web address that starts with http:// or https://.',
    tooManyLinks: 'Add at most {{max}} evidence links to one answer.',
    missing:
      'Answer this question with a level, or mark it not applicable with a reason.',
    dimensionAllNotApplicable:
      'Answer at least one question of {{dimension}} with a level: a dimension cannot be all not applicable.',
  },
  loadError: {
    title: 'Could not load this',
    titleWithStatus: 'Could not load this: {{status}}',
    retry: 'Retry',
  },
  scorecardTrend: {
    title: 'Over time',
    headline: 'Mean score {{score}} ({{delta}} over the period)',
    period: 'Period',
    periods: {
      '30d': 'Last 30 days, by day',
      '90d': 'Last 90 days, by day',
      '1y': 'Last year, by week',
      '2y': 'Last two years, by month',
    },
    export: 'Export CSV',
    empty:
      'No history yet for these services: the daily snapshots start with the first sync.',
    campaignStarts: 'Campaign starts: {{title}}',
    campaignDeadline: 'Campaign deadline: {{title}}',
    ariaLabel: 'Scorecard over time: {{points}} points up to {{to}}',
    services: 'Services',
    day: '{{date}}',
    weekOf: 'Week of {{date}}',
    level: 'Level {{level}}: {{services}}',
    notAssessed: 'Not assessed: {{services}}',
    meanScore: 'Mean score: {{score}}',
    atTarget: 'At target: {{share}}',
    evidence: 'Evidence-backed answers: {{share}}',
  },
  submission: {
    title: 'Assessment submitted',
    first: 'Level {{level}}, score {{score}}.',
    changed:
      'Level {{from}} → Level {{to}}, score {{scoreFrom}} → {{scoreTo}} ({{delta}}).',
    distance: 'Level {{level}} is {{answers}}, {{steps}} away.',
    top: 'Level 4 is the top level.',
    unscored: 'No applicable answer is scored yet.',
  },
  levelComparison: {
    title: 'Level {{level}} and Level {{next}}',
    titleTopLevel: 'Level {{level}}: {{name}}',
    subheader: 'What {{name}} means, and what changes at {{nextName}}',
    subheaderTopLevel: 'The top of the model',
    ariaLabel: 'Level comparison',
    now: 'Now',
    next: 'Next',
    rows: {
      summary: 'Summary',
      keyCharacteristic: 'Key characteristic',
      automation: 'Automation',
      deployTime: 'Time to deploy',
      team: 'Team',
      uptime: 'System uptime',
      stack: 'Typical stack',
    },
    levelColumn: 'Level {{level}}',
    ourNote:
      'Level {{level}}, where the reference contradicts itself (our note):',
    whatChanges: 'What changes at Level {{level}}',
    stillPainful: 'Still painful at Level {{level}}',
    painPoints: 'Pain points at Level {{level}}',
  },
  levelCharacteristics: {
    keyCharacteristic: 'Key characteristic',
    automation: 'Automation',
    deployTime: 'Time to deploy',
    team: 'Team',
    uptime: 'System uptime',
    stack: 'Typical stack',
  },
  levelImprovementsTable: {
    ariaLabel: 'Improvements of Level {{level}} over Level {{previous}}',
    aspect: 'Aspect',
    level: 'Level {{level}}',
  },
  levelPainPoints: {
    ariaLabel: 'Pain points of Level {{level}}',
    problem: 'Problem',
    impact: 'Impact',
    example: 'Example',
    remainingAriaLabel: 'Remaining pain points of Level {{level}}',
  },
  levelGuide: {
    levelAriaLabel: 'Level {{level}}: {{name}}',
    intro:
      "Each level as the reference describes it, in its words; open a part to read it. What is ours, not the reference's, is marked.",
    people: 'People & Organization',
    modelRelease: 'Model release',
    painPoints: 'Pain points',
    improvements: 'Improvements over Level {{level}}',
    remainingPainPoints: 'Remaining pain points',
    realWorldExample: 'Real-world example',
    quotes: "In the sources' words",
    ourNotes: 'Where the reference contradicts itself (our note)',
    ourAdditionsTitle: "Ours, not the reference's",
    ourAdditions:
      'The gated level (the highest level every dimension reaches) is a stricter reading of ours that the reference does not use; it never replaces the level. The dimension tags on roadmap initiatives and the count of fewest one-level raises to a level are ours too.',
    sources: 'Sources',
  },
  levelQuotes: {
    from: 'From {{source}}',
    fromAccessed: 'From {{source}} (accessed {{accessed}})',
  },
  levelGuideButton: {
    label: 'What the levels mean',
    title: 'What the levels mean',
    close: 'Close',
  },
  acceleratedRoadmapCard: {
    defaultName: 'Roadmap',
    title: '{{name}}: Level {{from}} to Level {{to}}',
    titleWithTarget: '{{name}}: Level {{from}} to Level {{to}} ({{target}})',
    startsBelow:
      'This path starts at Level {{from}}; at Level {{level}} some of its first weeks are likely in place already.',
    duration: 'Duration',
    investment: 'Investment',
    team: 'Team',
    when: 'When',
    what: 'What',
    moves: 'Moves (our tag)',
    tagsAreOurs:
      'The "Moves" tags are ours: the reference does not say which dimension an item moves.',
    tools: 'Tools',
    successCriteria: 'Success criteria',
  },
  maturitySparkline: {
    ariaLabel: 'Score from {{first}} on {{from}} to {{last}} on {{to}}',
    noHistory: 'No history yet',
  },
  serviceTrend: {
    caption: 'Last 90 days',
  },
  scoreTrendChart: {
    ariaLabel: 'Score by revision',
    band: 'L{{level}}',
    pointLabel: 'Revision {{revision}}: score {{score}}, level {{level}}',
    pointTitle: 'Revision {{revision}} · {{time}} · {{score}} (L{{level}})',
  },
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
  scorecardSummary: {
    title: 'Overview',
    subheader: 'For the services matching the filters',
    services: 'ML services',
    assessed: 'Assessed',
    assessedHint: '{{assessed}} of {{total}}',
    meanScore: 'Mean score',
    meanScoreHint: 'of 4, over assessed services',
    stale: 'Stale',
    staleHint: '{{stale}} of {{assessed}} assessed',
    evidenceBacked: 'Evidence-backed',
    evidenceBackedHint: 'of the answers of assessed services',
    evidenceBackedHigherHint_one:
      'of the answers; evidence suggests a higher level for {{count}} service',
    evidenceBackedHigherHint_other:
      'of the answers; evidence suggests a higher level for {{count}} services',
    servicesPerLevel: 'Services per level',
  },
  exportScorecardButton: {
    label: 'Export CSV',
    failed: 'Export failed: {{message}}',
  },
  scorecardPage: {
    title: 'MLOps Maturity',
    subtitle: 'Every ML service ranked by its MLOps maturity assessment',
  },
  scorecardContent: {
    title: 'ML services by maturity',
    noMatches: 'No ML services match these filters',
    clearFilters: 'Clear filters',
    noServices: 'No ML services in the catalog yet',
    noServicesDescription:
      'Components of type ml-service, ml-model or ml-pipeline (or as configured in mlopsMaturity.entities), and entities annotated {{annotation}}: "true", show up here.',
  },
  scorecardFilters: {
    search: 'Search',
    searchPlaceholder: 'Name, title or owner',
    owner: 'Owner',
    system: 'System',
    domain: 'Domain',
    lifecycle: 'Lifecycle',
    level: 'Level',
    levelOption: 'L{{level}}',
    levelOptionWithName: 'L{{level}} · {{name}}',
    any: 'Any',
    assessment: 'Assessment',
    assessed: 'Assessed',
    notAssessed: 'Not assessed',
    staleness: 'Staleness',
    stale: 'Stale',
    upToDate: 'Up to date',
    target: 'Target',
    belowTarget: 'Below target',
    atTargetOrNone: 'Meets target or has none',
    campaign: 'Campaign',
    campaignGoal: 'Campaign goal',
    campaignDone: 'Met',
    campaignNotDone: 'Not met yet',
    evidence: 'Evidence',
    evidenceAllBacked: 'All answers backed',
    evidenceHalfOrMore: 'Half or more backed',
    evidenceLessThanHalf: 'Less than half backed',
    evidenceNoneBacked: 'None backed',
    evidenceRange: '{{min}} to {{max}} backed',
    evidenceAtLeast: '{{min}} or more backed',
    evidenceAtMost: '{{max}} or less backed',
    evidenceBelow: 'Less than {{below}} backed',
    evidenceSuggestsHigher: 'Evidence suggests higher',
    evidenceSuggestsHigherYes: 'On some question',
    evidenceSuggestsHigherNo: 'On no question',
    clearFilters: 'Clear filters',
  },
  campaignGoal: {
    level: 'Reach Level {{level}}',
    levelWithName: 'Reach Level {{level}} ({{name}})',
    reassess: 'Reassess',
    levelExplanation:
      'A service is done when its assessed level is {{level}} or higher.',
    reassessExplanation:
      'A service is done when it has an assessment submitted on or after {{start}}.',
  },
  campaignDeadline: {
    daysLeft_one: '{{count}} day left',
    daysLeft_other: '{{count}} days left',
    dueToday: 'Due today',
    overdue: 'Overdue',
    overdueBy_one: 'Overdue by {{count}} day',
    overdueBy_other: 'Overdue by {{count}} days',
    closed: 'Closed {{date}}',
  },
  campaignState: {
    active: 'Active',
    closed: 'Closed',
  },
  campaignProgress: {
    done: '{{done}} of {{inScope}} done',
    ariaLabel: '{{done}} of {{inScope}} services done',
    nothingInScope: 'No services in scope',
  },
  campaignsSection: {
    title: 'Campaigns',
    subheader: 'Time-boxed pushes towards a level or a reassessment',
    newCampaign: 'New campaign',
    ariaLabel: 'Campaigns',
    campaign: 'Campaign',
    goal: 'Goal',
    deadline: 'Deadline',
    state: 'State',
    progress: 'Progress',
    overdue: 'Overdue',
    overdueCount_one: '{{count}} overdue',
    overdueCount_other: '{{count}} overdue',
    actions: 'Actions',
    edit: 'Edit',
    editAriaLabel: 'Edit {{title}}',
    close: 'Close',
    closeAriaLabel: 'Close {{title}}',
    noActive: 'No active campaigns.',
    noActiveCanManage:
      'No active campaigns. A campaign sets a goal and a deadline for a group of ML services.',
    created: 'Campaign "{{title}}" created.',
    saved: 'Campaign "{{title}}" saved.',
    closed: 'Campaign "{{title}}" closed.',
  },
  campaignsCard: {
    activeCount: '{{active}} active',
    activeWithOverdue_one: '{{active}} active, {{count}} past its deadline',
    activeWithOverdue_other: '{{active}} active, {{count}} past their deadline',
    noneActive: 'None active',
    views: 'Which campaigns',
    activeTab: 'Active',
    closedTab: 'Closed',
    closedAriaLabel: 'Closed campaigns',
    closedOn: 'Closed',
    finalProgress: 'Progress',
    noClosed: 'No campaign has been closed yet.',
  },
  closeCampaignDialog: {
    title: 'Close "{{title}}"?',
    description:
      'A closed campaign keeps its progress for the record, but it can no longer be changed and leaves the Maturity tabs of its services.',
    cancel: 'Cancel',
    close: 'Close campaign',
  },
  discardCampaignDialog: {
    title: 'Discard this campaign?',
    body: 'What you entered is not saved.',
    keepEditing: 'Keep editing',
    discard: 'Discard',
  },
  campaignDialog: {
    inScope_one: '{{count}} ML service in scope',
    inScope_other: '{{count}} ML services in scope',
    createTitle: 'New campaign',
    editTitle: 'Edit "{{title}}"',
    title: 'Title',
    description: 'Description (optional)',
    goal: 'Goal',
    startsAt: 'Start',
    startsAtHelp:
      'For a reassess goal, assessments submitted from this moment count.',
    deadline: 'Deadline',
    deadlineHelp: 'The campaign runs until the end of this day.',
    scope: 'Scope',
    scopeHelp:
      'The ML services the campaign covers: a service must match every field filled in, and any one of its values. All empty: every ML service.',
    owner: 'Owner',
    system: 'System',
    domain: 'Domain',
    lifecycle: 'Lifecycle',
    type: 'Type',
    tag: 'Tag',
    chipHelp: 'In each field, pick values or type one and press Enter.',
    cancel: 'Cancel',
    create: 'Create campaign',
    save: 'Save',
    titleRequired: 'Give the campaign a title.',
    titleTooLong:
      'The title has {{length}} characters; at most {{max}} are allowed.',
    descriptionTooLong:
      'The description has {{length}} characters; at most {{max}} are allowed.',
    startRequired: 'Choose when the campaign starts.',
    deadlineRequired: 'Choose a deadline.',
    deadlinePassed:
      'The deadline ({{deadline}}) has passed: choose a later day.',
    deadlineTooFar:
      'A campaign may run at most {{days}} days: choose an earlier deadline or a later start.',
    deadlineBeforeStart:
      'The deadline ({{deadline}}) must be after the start ({{start}}).',
    notAllowed:
      'You may not manage campaigns: that needs the permission mlops.maturity.campaign.manage. Ask whoever runs your Backstage permission policy.',
  },
  campaignPage: {
    back: 'Back to the scorecard',
    detailsTitle: 'About this campaign',
    totalsTitle: 'Progress',
    doneHint: '{{share}} of the services in scope',
    scopeValue: '{{field}}: {{value}}',
    description: 'Description',
    created: 'Created',
    goal: 'Goal',
    deadline: 'Deadline',
    state: 'State',
    starts: 'Start',
    scope: 'Scope',
    everyService: 'Every ML service',
    closed: 'Closed',
    dateBy: '{{date}} by {{user}}',
    edit: 'Edit',
    close: 'Close campaign',
    openInScorecard: 'Open in the scorecard',
    totalsAriaLabel: 'Progress totals',
    inScope: 'In scope',
    done: 'Done',
    remaining: 'Remaining',
    overdue: 'Overdue',
    overdueHint: 'Remaining after the deadline',
    progressTitle: 'Progress over time',
    progressSubheader:
      'Services in scope today that met the goal at the end of each day',
    noHistory: 'No days to show yet.',
    teamsTitle: 'Teams',
    teamsSubheader: 'Progress per owner',
    remainingTitle: 'Remaining services',
    remainingSubheader: 'In scope, not meeting the goal yet',
    noRemaining: 'Every service in scope meets the goal.',
    notFound: 'No such campaign',
    notFoundDescription:
      'There is no campaign {{id}}. It may have been mistyped in the link.',
  },
  campaignProgressChart: {
    ariaLabel: 'Services done per day: {{done}} of {{inScope}} on {{date}}',
    pointTitle: '{{date}}: {{done}} of {{inScope}} done',
    deadline: 'Deadline: {{date}}',
  },
  campaignTeamsTable: {
    ariaLabel: 'Campaign progress per team',
    team: 'Team',
    noOwner: 'No owner',
    inScope: 'In scope',
    done: 'Done',
    remaining: 'Remaining',
    overdue: 'Overdue',
    share: 'Done share',
  },
  campaignRemainingTable: {
    ariaLabel: 'Services that do not meet the campaign goal yet',
    service: 'Service',
    owner: 'Owner',
    level: 'Level',
    lastAssessed: 'Last assessed',
  },
  entityCampaignsCard: {
    title: 'Campaigns',
    subheader: 'Active campaigns this service is part of',
    ariaLabel: 'Campaigns of this service',
    thisService: 'This service',
    done: 'Done',
    notDone: 'Not done yet',
    overdue: 'Overdue',
  },
  scorecardRankingTable: {
    ariaLabel: 'ML services ranked by maturity',
    rank: 'Rank',
    service: 'Service',
    owner: 'Owner',
    system: 'System',
    lifecycle: 'Lifecycle',
    level: 'Level',
    score: 'Score',
    toNextLevel: 'To next level',
    toNextLevelHint:
      'The fewest one-level answer raises that lift the service into the next level (our count; the reference gives none)',
    raises_one: '{{count}} level step',
    raises_other: '{{count}} level steps',
    gatedLevel: 'Gated level (ours)',
    ours: 'Ours, not the reference\'s: "To next level" counts one-level answer raises (the reference gives no such count), and the gated level (the highest level every dimension reaches) is a stricter reading the reference does not use; it never replaces the level.',
    gatedLevelValue: 'L{{level}}',
    weakestDimension: 'Lowest dimension',
    lastUpdated: 'Last updated',
    stale: 'Stale',
    staleChip: 'Stale',
    target: 'Target',
    targetHint:
      'The level the platform team expects of the service (mlopsMaturity.targets), and whether it is met',
    evidence: 'Evidence',
    evidenceHint:
      "The share of the service's answers backed by evidence (a signal from the catalog or the team's tools, or an evidence link); the others are self-reported",
    evidenceBacked_one: '{{backed}} of {{count}} answer evidence-backed',
    evidenceBacked_other: '{{backed}} of {{count}} answers evidence-backed',
    suggestsHigher: '↑{{higher}}',
    suggestsHigherHint_one:
      'Evidence suggests a higher level on {{count}} question',
    suggestsHigherHint_other:
      'Evidence suggests a higher level on {{count}} questions',
  },
  ownerRollupTable: {
    title: 'Teams',
    subtitle: 'Per owner, for the services matching the filters',
    owner: 'Owner',
    noOwner: 'No owner',
    services: 'Services',
    meanScore: 'Mean score',
    lowestLevel: 'Lowest level',
    notAssessedCount: '({{unassessed}} of {{services}})',
    assessed: 'Assessed',
    atTarget: 'At target',
    atTargetValue: '{{met}} of {{total}}',
    evidenceBacked: 'Evidence-backed',
    evidenceBackedHint:
      "The share of the answers of the team's services backed by evidence; a service with more answers weighs more",
    suggestsHigher: '↑{{higher}}',
    suggestsHigherHint_one:
      'Evidence suggests a higher level for {{count}} service',
    suggestsHigherHint_other:
      'Evidence suggests a higher level for {{count}} services',
    trend: 'Last 90 days',
    trendHint:
      'Mean score of the team’s services matching the filters, week by week',
  },
  ...surfaceMessages,
  ...confirmUnchangedMessages,
} as const;

/**
 * The wording of the MLOps maturity plugin. An app overrides any message with
 * `createTranslationMessages({ ref: mlopsMaturityTranslationRef, messages })`;
 * see the plugin's README.
 *
 * @alpha
 */
export const mlopsMaturityTranslationRef = createTranslationRef({
  id: 'plugin.mlops-maturity',
  messages: mlopsMaturityMessages,
});

/** The translation function of the plugin, for helpers that word things outside components. */
export type MlopsMaturityTranslation = TranslationFunction<
  typeof mlopsMaturityTranslationRef.T
>;
