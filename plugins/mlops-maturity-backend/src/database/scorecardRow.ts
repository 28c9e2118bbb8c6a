import {
  MaturityLevelNumber,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { isStale } from '../service/staleness';
import { toIsoString } from './rows';

/** The columns a scorecard row is read from. */
export const ROW_COLUMNS = [
  'entity_ref',
  'kind',
  'namespace',
  'name',
  'title',
  'type',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'target_level',
  'target_title',
  'assessed',
  'revision',
  'score',
  'level',
  'gated_level',
  'weakest_dimension',
  'raises_to_next',
  'updated_at',
  'updated_by',
  'evidence_answered',
  'evidence_backed',
  'evidence_share',
  'evidence_higher',
  'verified_score',
  'verified_level',
  'verified_gaps',
];

/** A row's target, and whether its current level meets it. */
function targetOf(
  row: {
    target_level: number | string | null;
    target_title: string | null;
    level: number | string | null;
  },
  assessed: boolean,
): Pick<ScorecardRow, 'targetLevel' | 'targetTitle' | 'targetMet'> {
  if (row.target_level === null) {
    return { targetLevel: null, targetTitle: null, targetMet: null };
  }
  const targetLevel = Number(row.target_level) as MaturityLevelNumber;
  return {
    targetLevel,
    targetTitle: row.target_title,
    targetMet: assessed && Number(row.level) >= targetLevel,
  };
}

/** A row's evidence figures, null throughout until its revision is measured. */
function evidenceOf(
  row: any,
  assessed: boolean,
): Pick<
  ScorecardRow,
  | 'evidenceShare'
  | 'evidenceBackedCount'
  | 'evidenceAnsweredCount'
  | 'evidenceSuggestsHigherCount'
> {
  const measured = assessed && row.evidence_answered !== null;
  const count = (value: unknown) => (measured ? Number(value) : null);
  return {
    evidenceShare:
      measured && row.evidence_share !== null
        ? Number(row.evidence_share)
        : null,
    evidenceBackedCount: count(row.evidence_backed),
    evidenceAnsweredCount: count(row.evidence_answered),
    evidenceSuggestsHigherCount: count(row.evidence_higher),
  };
}

/**
 * A row's verified figures, null throughout until computed for its revision
 * (the writer sets all three at once, for the current revision only).
 */
function verifiedOf(
  row: any,
  assessed: boolean,
): Pick<
  ScorecardRow,
  'verifiedLevel' | 'verifiedScore' | 'verificationGapCount'
> {
  if (!assessed || row.verified_level === null) {
    return {
      verifiedLevel: null,
      verifiedScore: null,
      verificationGapCount: null,
    };
  }
  return {
    verifiedLevel: Number(row.verified_level) as MaturityLevelNumber,
    verifiedScore:
      row.verified_score === null ? null : Number(row.verified_score),
    verificationGapCount:
      row.verified_gaps === null ? null : Number(row.verified_gaps),
  };
}

/** A scorecard table row as the API describes it. */
export function toRow(row: any, staleBefore: Date): ScorecardRow {
  const assessed = Number(row.assessed) === 1;
  const updatedAt = assessed ? toIsoString(row.updated_at) : null;
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    title: row.title,
    type: row.type,
    owner: row.owner,
    system: row.system,
    domain: row.domain,
    lifecycle: row.lifecycle,
    assessed,
    revision: assessed ? Number(row.revision) : null,
    score: assessed ? Number(row.score) : null,
    level: assessed ? (Number(row.level) as MaturityLevelNumber) : null,
    gatedLevel: assessed
      ? (Number(row.gated_level) as MaturityLevelNumber)
      : null,
    weakestDimensionId: assessed ? row.weakest_dimension : null,
    raisesToNextLevel:
      assessed && row.raises_to_next !== null
        ? Number(row.raises_to_next)
        : null,
    updatedAt,
    updatedBy: assessed ? row.updated_by : null,
    stale: assessed && isStale(updatedAt!, staleBefore),
    ...targetOf(row, assessed),
    ...evidenceOf(row, assessed),
    ...verifiedOf(row, assessed),
  };
}
