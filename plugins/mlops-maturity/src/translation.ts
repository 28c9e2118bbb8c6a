import {
  TranslationFunction,
  createTranslationRef,
} from '@backstage/core-plugin-api/alpha';

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
      'The highest level every dimension reaches: a chain is as strong as its weakest link.',
    weakestDimension: 'Weakest dimension',
    weakestDimensionHint: 'The principal gap: the lowest dimension average.',
    weakestDimensionValue: '{{name}} (average {{average}})',
    noWeakestDimension: 'None: every dimension has the same average',
    lastUpdated: 'Last updated',
    model: 'Model',
    outdatedModel:
      'The active model is {{version}}; the next update is scored against it.',
  },
  nextLevelRoadmap: {
    title: 'Roadmap',
    titleToLevel: 'Roadmap to Level {{level}}',
    titleToLevelWithName: 'Roadmap to Level {{level}} ({{name}})',
    topLevel:
      'This service is at Level {{level}}, the top of the model. Keep the practices in place and watch the weakest dimension and the gated level.',
    topLevelWithName:
      'This service is at Level {{level}} ({{name}}), the top of the model. Keep the practices in place and watch the weakest dimension and the gated level.',
    startWith: 'Start with: {{phase}} ({{timeframe}})',
    wholeRoadmap: 'The whole roadmap',
    duration: 'Duration',
    investment: 'Investment',
    team: 'Team',
    initiatives: 'Initiatives',
    noInitiatives: 'The model has no initiatives for this transition.',
    questionsBelowLevel: 'Questions below Level {{level}}',
    noQuestionsBelowLevel:
      'Every applicable answer is already at Level {{level}} or above; raising the weakest dimension lifts the score.',
  },
  answersToNextLevel: {
    heading_one: '{{count}} answer from Level {{level}}:',
    heading_other: '{{count}} answers from Level {{level}}:',
    raises: 'raise {{raises}}.',
    raise: '{{question}} from L{{from}} to L{{to}}',
    explanation:
      'The fewest one-level raises that lift the score into Level {{level}}: each raise counts one, so the raises that add most to the score are taken first.',
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
    improves: 'Improves',
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
    servicesPerLevel: 'Services per level',
  },
  exportScorecardButton: {
    label: 'Export CSV',
    failed: 'Export failed: {{message}}',
  },
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
