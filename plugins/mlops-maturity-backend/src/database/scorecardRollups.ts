import {
  MaturityLevelNumber,
  ScorecardOwnerRollup,
  ScorecardResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** One (owner, level, verified level) group of the filtered scorecard, as the database returns it. */
export interface GroupRow {
  owner: string | null;
  level: number | string | null;
  /** The verified level of the group's assessed services; null for those without one. */
  verified_group_level: number | string | null;
  service_count: number | string;
  assessed_count: number | string;
  score_sum: number | string | null;
  stale_count: number | string | null;
  /** Services with a target, and those of them at or above it. */
  with_target_count: number | string | null;
  at_target_count: number | string | null;
  /** Answers with a level and evidence-backed answers of the measured services. */
  evidence_answered: number | string | null;
  evidence_backed: number | string | null;
  /** Services where evidence shows a higher level on at least one question. */
  evidence_higher_count: number | string | null;
  /** The sum and count of the group's verified scores (assessed services only). */
  verified_score_sum: number | string | null;
  verified_count: number | string | null;
  /** Services whose verified level is below their claimed one. */
  verified_below_count: number | string | null;
}

interface Tally {
  services: number;
  assessed: number;
  scoreSum: number;
  stale: number;
  withTarget: number;
  atTarget: number;
  evidenceAnswered: number;
  evidenceBacked: number;
  evidenceHigher: number;
  lowestLevel: number | null;
  verifiedScoreSum: number;
  verified: number;
  verifiedBelow: number;
  lowestVerifiedLevel: number | null;
}

const emptyTally = (): Tally => ({
  services: 0,
  assessed: 0,
  scoreSum: 0,
  stale: 0,
  withTarget: 0,
  atTarget: 0,
  evidenceAnswered: 0,
  evidenceBacked: 0,
  evidenceHigher: 0,
  lowestLevel: null,
  verifiedScoreSum: 0,
  verified: 0,
  verifiedBelow: 0,
  lowestVerifiedLevel: null,
});

const lower = (a: number | null, b: number | null) =>
  a === null || (b !== null && b < a) ? b : a;

function add(tally: Tally, group: Tally) {
  tally.services += group.services;
  tally.assessed += group.assessed;
  tally.scoreSum += group.scoreSum;
  tally.stale += group.stale;
  tally.withTarget += group.withTarget;
  tally.atTarget += group.atTarget;
  tally.evidenceAnswered += group.evidenceAnswered;
  tally.evidenceBacked += group.evidenceBacked;
  tally.evidenceHigher += group.evidenceHigher;
  tally.verifiedScoreSum += group.verifiedScoreSum;
  tally.verified += group.verified;
  tally.verifiedBelow += group.verifiedBelow;
  tally.lowestLevel = lower(tally.lowestLevel, group.lowestLevel);
  tally.lowestVerifiedLevel = lower(
    tally.lowestVerifiedLevel,
    group.lowestVerifiedLevel,
  );
}

const mean = (t: Tally) => (t.assessed === 0 ? null : t.scoreSum / t.assessed);

const meanVerified = (t: Tally) =>
  t.verified === 0 ? null : t.verifiedScoreSum / t.verified;

const LEVELS = ['0', '1', '2', '3', '4'] as const;
const noLevels = () =>
  Object.fromEntries(LEVELS.map(l => [l, 0])) as Record<
    (typeof LEVELS)[number],
    number
  >;

/** Backed answers over answered ones: a service with more answers weighs more. */
const evidenceShare = (t: Tally) =>
  t.evidenceAnswered === 0 ? null : t.evidenceBacked / t.evidenceAnswered;

/** Owners in ref order, services without an owner last. */
const byOwner = (a: string | null, b: string | null) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
};

/** Totals, level distributions and owner roll-ups from (owner, level, verified level) groups. */
export function summarize(
  rows: GroupRow[],
): Pick<
  ScorecardResponse,
  | 'totalCount'
  | 'summary'
  | 'levelDistribution'
  | 'verifiedLevelDistribution'
  | 'owners'
> {
  const total = emptyTally();
  const levels = noLevels();
  const verifiedLevels = noLevels();
  const owners = new Map<string | null, Tally>();
  for (const row of rows) {
    const level = row.level === null ? null : Number(row.level);
    const verifiedLevel =
      row.verified_group_level === null
        ? null
        : Number(row.verified_group_level);
    const group: Tally = {
      services: Number(row.service_count),
      assessed: Number(row.assessed_count),
      scoreSum: Number(row.score_sum ?? 0),
      stale: Number(row.stale_count ?? 0),
      withTarget: Number(row.with_target_count ?? 0),
      atTarget: Number(row.at_target_count ?? 0),
      evidenceAnswered: Number(row.evidence_answered ?? 0),
      evidenceBacked: Number(row.evidence_backed ?? 0),
      evidenceHigher: Number(row.evidence_higher_count ?? 0),
      lowestLevel: level,
      verifiedScoreSum: Number(row.verified_score_sum ?? 0),
      verified: Number(row.verified_count ?? 0),
      verifiedBelow: Number(row.verified_below_count ?? 0),
      lowestVerifiedLevel: verifiedLevel,
    };
    if (level !== null)
      levels[String(level) as keyof typeof levels] += group.services;
    if (verifiedLevel !== null) {
      verifiedLevels[String(verifiedLevel) as keyof typeof levels] +=
        group.verified;
    }
    add(total, group);
    const owner = owners.get(row.owner) ?? emptyTally();
    add(owner, group);
    owners.set(row.owner, owner);
  }
  return {
    totalCount: total.services,
    summary: {
      serviceCount: total.services,
      assessedCount: total.assessed,
      staleCount: total.stale,
      meanScore: mean(total),
      withTargetCount: total.withTarget,
      atTargetCount: total.atTarget,
      evidenceShare: evidenceShare(total),
      evidenceSuggestsHigherCount: total.evidenceHigher,
      meanVerifiedScore: meanVerified(total),
      verifiedBelowClaimedCount: total.verifiedBelow,
    },
    levelDistribution: { levels, notAssessed: total.services - total.assessed },
    verifiedLevelDistribution: {
      levels: verifiedLevels,
      notComputed: total.assessed - total.verified,
      notAssessed: total.services - total.assessed,
    },
    owners: [...owners.entries()]
      .sort(([a], [b]) => byOwner(a, b))
      .map(
        ([owner, t]): ScorecardOwnerRollup => ({
          owner,
          serviceCount: t.services,
          assessedCount: t.assessed,
          assessedShare: t.services === 0 ? 0 : t.assessed / t.services,
          meanScore: mean(t),
          lowestLevel: t.lowestLevel as MaturityLevelNumber | null,
          withTargetCount: t.withTarget,
          atTargetCount: t.atTarget,
          atTargetShare: t.withTarget === 0 ? null : t.atTarget / t.withTarget,
          evidenceShare: evidenceShare(t),
          evidenceSuggestsHigherCount: t.evidenceHigher,
          meanVerifiedScore: meanVerified(t),
          lowestVerifiedLevel:
            t.lowestVerifiedLevel as MaturityLevelNumber | null,
          verifiedBelowClaimedCount: t.verifiedBelow,
        }),
      ),
  };
}
