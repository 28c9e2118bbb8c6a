import { ScorecardRow } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ModelNames } from './modelNames';

/** A service's verified level as its scorecard row holds it; null until computed. */
export function verifiedView(names: ModelNames, row: ScorecardRow | undefined) {
  if (!row || row.verifiedLevel === null || row.level === null) return null;
  return {
    level: row.verifiedLevel,
    levelName: names.levelName(row.verifiedLevel),
    score: row.verifiedScore,
    answersCountedLower: row.verificationGapCount,
    belowClaimed: row.verifiedLevel < row.level,
  };
}

/** One service of the scorecard, with its level and weakest dimension by name. */
export function scorecardRowView(names: ModelNames, row: ScorecardRow) {
  return {
    entityRef: row.entityRef,
    title: row.title,
    owner: row.owner,
    system: row.system,
    lifecycle: row.lifecycle,
    assessed: row.assessed,
    level: row.level,
    levelName: names.levelName(row.level),
    score: row.score,
    gatedLevel: row.gatedLevel,
    weakestDimension: row.weakestDimensionId
      ? names.dimensionName(row.weakestDimensionId)
      : null,
    raisesToNextLevel: row.raisesToNextLevel,
    assessedAt: row.updatedAt,
    stale: row.stale,
    targetLevel: row.targetLevel,
    targetMet: row.targetMet,
    evidenceShare: row.evidenceShare,
    evidenceSuggestsHigherCount: row.evidenceSuggestsHigherCount,
    verifiedLevel: row.verifiedLevel,
    verifiedLevelName: names.levelName(row.verifiedLevel),
    verifiedScore: row.verifiedScore,
    verificationGapCount: row.verificationGapCount,
  };
}
