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
    ...overrides,
  };
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
    },
    levelDistribution: { levels, notAssessed: items.length - assessed.length },
    owners,
    ...overrides,
  };
}
