/**
 * The wording of the surfaces outside the plugin's own pages: the Overview
 * card of an ML service and the home-page widgets. Part of
 * `mlopsMaturityTranslationRef` (see ../translation.ts).
 */
export const surfaceMessages = {
  entityMaturityCard: {
    title: 'MLOps maturity',
    openTab: 'Open the Maturity tab',
    score: '{{score}} / 4',
    gatedLevel: 'Gated level',
    gatedLevelNote:
      'Every dimension reaches this level; the level above is the weighted score.',
    target: 'Target',
    targetMet: 'Met',
    targetBelow: 'Not met',
    noTarget: 'No target applies',
    nextAction: 'Next action',
    nextActionValue:
      'Raise “{{question}}” ({{dimension}}) from L{{from}} to L{{to}}',
    nextActionPlan:
      'The first of {{answers}}, {{steps}} that reach Level {{level}}.',
    topLevel: 'At the top level: nothing left to raise.',
    evidence: 'Evidence-backed',
    evidenceValue: '{{share}} of the answers ({{backed}} of {{answered}})',
    stale: 'Stale',
    notAssessed: 'Not assessed yet.',
    notAssessedOwner:
      'Not assessed yet: {{questions}} questions, about the team’s ML practices.',
    assess: 'Assess this service',
    notAllowed: 'You may not see maturity assessments.',
  },
  myTeamServicesWidget: {
    ariaLabel: 'ML services of your teams',
    service: 'Service',
    level: 'Level',
    target: 'Target',
    met: 'Met',
    below: 'Below',
    noTarget: 'None',
    none: 'Your teams own no ML services.',
    viewAll: 'View in the scorecard',
  },
  campaignsDueWidget: {
    ariaLabel: 'Open campaigns by deadline',
    campaign: 'Campaign',
    deadline: 'Deadline',
    progress: 'Progress',
    none: 'No open campaigns.',
    viewAll: 'All campaigns',
  },
} as const;
