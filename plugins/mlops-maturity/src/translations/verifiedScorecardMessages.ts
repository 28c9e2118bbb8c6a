/**
 * The wording of the verified level on the scorecard (issue 25): its column,
 * filters, summary figures and team roll-up. Part of
 * `mlopsMaturityTranslationRef` (see ../translation.ts).
 */
export const verifiedScorecardMessages = {
  scorecardVerified: {
    column: 'Verified',
    columnHint:
      'The verified level: the level with answers that await review, exemptions not approved or expired, and answers past re-verification counted lower. Never above the level; blank until computed.',
    notComputed: 'Not computed yet',
    foldedMark: '✓',
    gapsMark: '↓{{gaps}}',
    gaps_one: '{{count}} answer counts lower than claimed',
    gaps_other: '{{count}} answers count lower than claimed',
    filterLevel: 'Verified level',
    filterBelowClaimed: 'Verified vs claimed',
    belowClaimed: 'Below claimed',
    asClaimed: 'As claimed',
    meanScoreLine_one:
      'Mean verified score {{score}}; {{count}} service verified below its claim',
    meanScoreLine_other:
      'Mean verified score {{score}}; {{count}} services verified below their claim',
    servicesPerLevel: 'Services per verified level',
    claimedChoice: 'Claimed',
    verifiedChoice: 'Verified',
    noneColumn: 'None',
    none: 'No verified level: not assessed, or not computed yet',
    lowestLevel: 'Lowest verified',
    lowestLevelHint:
      "The lowest verified level among the team's services; ↓ counts the services verified below their claimed level",
    belowClaimedMark: '↓{{below}}',
    belowClaimedHint_one: '{{count}} service verified below its claimed level',
    belowClaimedHint_other:
      '{{count}} services verified below their claimed level',
  },
} as const;
