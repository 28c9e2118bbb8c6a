import { SnapshotSource } from './snapshotRows';

/** A listed service's row as the snapshots read it from the scorecard table (`e`) and its snapshot id (`s`). */
export type ListedRow = {
  entity_ref: string;
  entity_uid: string;
  service_id: number;
  assessed: number | string;
  revision: number | null;
  level: number | null;
  score: number | null;
  gated_level: number | null;
  updated_at: Date | number | string | null;
  evidence_revision: number | null;
  evidence_answered: number | null;
  evidence_backed: number | null;
  verified_revision: number | null;
  verified_level: number | null;
  target_level: number | null;
};

/** The columns of a {@link ListedRow}. */
export const LISTED_COLUMNS = [
  'e.entity_ref',
  'e.entity_uid',
  's.id as service_id',
  'e.assessed',
  'e.revision',
  'e.level',
  'e.score',
  'e.gated_level',
  'e.updated_at',
  'e.evidence_revision',
  'e.evidence_answered',
  'e.evidence_backed',
  'e.verified_revision',
  'e.verified_level',
  'e.target_level',
];

/** A listed service as the scorecard shows it now. */
export function currentSource(row: ListedRow): SnapshotSource {
  const assessed = Number(row.assessed) === 1;
  return {
    serviceId: Number(row.service_id),
    shown: assessed
      ? {
          revision: Number(row.revision),
          level: Number(row.level),
          score: Number(row.score),
          gatedLevel: Number(row.gated_level),
          createdAt: row.updated_at!,
        }
      : undefined,
    evidence: {
      revision: row.evidence_revision,
      answered: row.evidence_answered,
      backed: row.evidence_backed,
    },
    verified: {
      revision: row.verified_revision,
      level: row.verified_level,
    },
    targetLevel: row.target_level,
  };
}
