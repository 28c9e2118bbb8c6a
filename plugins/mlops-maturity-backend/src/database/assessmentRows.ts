import {
  AssessmentAnswers,
  AssessmentDraft,
  AssessmentHistoryEntry,
  AssessmentRevision,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { toIsoString } from './rows';

/** The tables of assessments: revisions, current pointers, drafts, departed entities. */
export const REVISIONS = 'mlops_maturity_revisions';
export const CURRENT = 'mlops_maturity_current';
export const DRAFTS = 'mlops_maturity_drafts';
export const DEPARTED = 'mlops_maturity_departed';

export type RevisionRow = {
  entity_ref: string;
  revision: number;
  model_id: string;
  model_version: string;
  answers: string;
  result: string;
  score: number;
  level: number;
  gated_level: number;
  weakest_dimension: string | null;
  author: string;
  created_at: Date | number | string;
};

export type DraftRow = {
  entity_ref: string;
  version: number;
  model_id: string;
  model_version: string;
  base_revision: number | null;
  answers: string;
  author: string;
  updated_at: Date | number | string;
};

export function toRevision(row: RevisionRow): AssessmentRevision {
  return {
    entityRef: row.entity_ref,
    revision: Number(row.revision),
    modelId: row.model_id,
    modelVersion: row.model_version,
    answers: JSON.parse(row.answers),
    result: JSON.parse(row.result),
    author: row.author,
    createdAt: toIsoString(row.created_at),
  };
}

export function toDraft(row: DraftRow): AssessmentDraft {
  return {
    entityRef: row.entity_ref,
    version: Number(row.version),
    modelId: row.model_id,
    modelVersion: row.model_version,
    baseRevision: row.base_revision === null ? null : Number(row.base_revision),
    answers: JSON.parse(row.answers),
    author: row.author,
    updatedAt: toIsoString(row.updated_at),
  };
}

export function toHistoryEntry(
  row: Omit<RevisionRow, 'answers' | 'result'>,
): AssessmentHistoryEntry {
  return {
    revision: Number(row.revision),
    modelId: row.model_id,
    modelVersion: row.model_version,
    score: Number(row.score),
    level: Number(row.level) as MaturityLevelNumber,
    gatedLevel: Number(row.gated_level) as MaturityLevelNumber,
    weakestDimensionId: row.weakest_dimension,
    author: row.author,
    createdAt: toIsoString(row.created_at),
  };
}

export const HISTORY_COLUMNS = [
  'entity_ref',
  'revision',
  'model_id',
  'model_version',
  'score',
  'level',
  'gated_level',
  'weakest_dimension',
  'author',
  'created_at',
];

/** An entity's current answers, with the revision they belong to and when it was submitted (ISO 8601). */
export interface CurrentAnswers {
  revision: number;
  answers: AssessmentAnswers;
  createdAt: string;
}
