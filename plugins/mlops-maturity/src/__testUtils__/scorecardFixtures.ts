import {
  ScorecardOwnerRollup,
  ScorecardResponse,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** A scorecard row of an assessed service; override what a test needs. */
export function scorecardRow(
  name: string,
  overrides: Partial<ScorecardRow> = {},
): ScorecardRow {
  return {
    entityRef: `component:default/${name}`,
    kind: 'Component',
    namespace: 'default',
    name,
    title: null,
    type: 'ml-service',
    owner: 'group:default/team-fraud',
    system: 'system:default/payments',
    domain: 'domain:default/risk',
    lifecycle: 'production',
    assessed: true,
    revision: 2,
    score: 2.1,
    level: 2,
    gatedLevel: 1,
    weakestDimensionId: 'monitoring-operations',
    raisesToNextLevel: 3,
    updatedAt: '2024-05-01T10:00:00Z',
    updatedBy: 'user:default/ada',
    stale: false,
    targetLevel: null,
    targetTitle: null,
    targetMet: null,
    // 9 of 12 answers backed; nothing measured for a service not assessed.
    ...(overrides.assessed === false
      ? {
          evidenceShare: null,
          evidenceBackedCount: null,
          evidenceAnsweredCount: null,
          evidenceSuggestsHigherCount: null,
        }
      : {
          evidenceShare: 0.75,
          evidenceBackedCount: 9,
          evidenceAnsweredCount: 12,
          evidenceSuggestsHigherCount: 0,
        }),
    // Verified one level below the claim: two answers await review.
    ...(overrides.assessed === false
      ? { verifiedLevel: null, verifiedScore: null, verificationGapCount: null }
      : { verifiedLevel: 1, verifiedScore: 1.8, verificationGapCount: 2 }),
    ...overrides,
  };
}

/** The roll-up of an owner with no targets; override what a test needs. */
export function ownerRollup(
  owner: string | null,
  overrides: Partial<ScorecardOwnerRollup> = {},
): ScorecardOwnerRollup {
  return {
    owner,
    serviceCount: 1,
    assessedCount: 1,
    assessedShare: 1,
    meanScore: 2,
    lowestLevel: 2,
    withTargetCount: 0,
    atTargetCount: 0,
    atTargetShare: null,
    evidenceShare: null,
    evidenceSuggestsHigherCount: 0,
    meanVerifiedScore: null,
    lowestVerifiedLevel: null,
    verifiedBelowClaimedCount: 0,
    ...overrides,
  };
}

/**
 * The share of the answers of measured rows that evidence backs, weighted by
 * answers as the backend weighs it; null when none is measured.
 */
function evidenceShareOf(items: ScorecardRow[]): number | null {
  let backed = 0;
  let answered = 0;
  for (const item of items) {
    if (item.evidenceShare === null) continue;
    backed += item.evidenceBackedCount ?? 0;
    answered += item.evidenceAnsweredCount ?? 0;
  }
  return answered > 0 ? backed / answered : null;
}

/** A response holding the given page of rows and roll-ups. */
export function scorecardResponse(
  items: ScorecardRow[],
  overrides: Partial<ScorecardResponse> = {},
  owners: ScorecardOwnerRollup[] = [],
): ScorecardResponse {
  const assessed = items.filter(i => i.assessed);
  const levels = { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const item of assessed) levels[String(item.level) as '0'] += 1;
  const verified = assessed.filter(i => i.verifiedLevel !== null);
  const verifiedLevels = { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const item of verified) {
    verifiedLevels[String(item.verifiedLevel) as '0'] += 1;
  }
  return {
    items,
    totalCount: items.length,
    limit: 50,
    offset: 0,
    summary: {
      serviceCount: items.length,
      assessedCount: assessed.length,
      staleCount: items.filter(i => i.stale).length,
      meanScore:
        assessed.length > 0
          ? assessed.reduce((sum, i) => sum + i.score!, 0) / assessed.length
          : null,
      withTargetCount: items.filter(i => i.targetLevel !== null).length,
      atTargetCount: items.filter(i => i.targetMet === true).length,
      evidenceShare: evidenceShareOf(items),
      evidenceSuggestsHigherCount: items.filter(
        i => (i.evidenceSuggestsHigherCount ?? 0) > 0,
      ).length,
      meanVerifiedScore:
        verified.length > 0
          ? verified.reduce((sum, i) => sum + i.verifiedScore!, 0) /
            verified.length
          : null,
      verifiedBelowClaimedCount: verified.filter(
        i => i.verifiedLevel! < i.level!,
      ).length,
    },
    levelDistribution: { levels, notAssessed: items.length - assessed.length },
    verifiedLevelDistribution: {
      levels: verifiedLevels,
      notComputed: assessed.length - verified.length,
      notAssessed: items.length - assessed.length,
    },
    owners,
    ...overrides,
  };
}
