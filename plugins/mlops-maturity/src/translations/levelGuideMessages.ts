/**
 * The wording of the level guide: each level compared with the next, its characteristics and the accelerated path. Part of
 * `mlopsMaturityTranslationRef` (see ../translation.ts).
 */
export const levelGuideMessages = {
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
} as const;
