import {
  MaturityLevelNumber,
  ScorecardOwnerRollup,
  ScorecardResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** One (owner, level) group of the filtered scorecard, as the database returns it. */
export interface GroupRow {
  owner: string | null;
  level: number | string | null;
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
});

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
  if (
    group.lowestLevel !== null &&
    (tally.lowestLevel === null || group.lowestLevel < tally.lowestLevel)
  ) {
    tally.lowestLevel = group.lowestLevel;
  }
}

const mean = (t: Tally) => (t.assessed === 0 ? null : t.scoreSum / t.assessed);

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

/** Totals, level distribution and owner roll-ups from (owner, level) groups. */
export function summarize(
  rows: GroupRow[],
): Pick<
  ScorecardResponse,
  'totalCount' | 'summary' | 'levelDistribution' | 'owners'
> {
  const total = emptyTally();
  const levels = { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 };
  const owners = new Map<string | null, Tally>();
  for (const row of rows) {
    const level = row.level === null ? null : Number(row.level);
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
    };
    if (level !== null)
      levels[String(level) as keyof typeof levels] += group.services;
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
    },
    levelDistribution: { levels, notAssessed: total.services - total.assessed },
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
        }),
      ),
  };
}
