/**
 * The wording of the Maturity tab of an ML service: its headline, target, plan, answers, history and trend. Part of
 * `mlopsMaturityTranslationRef` (see ../translation.ts).
 */
export const entityMessages = {
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
    reviewed: 'Reviewed',
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
} as const;
