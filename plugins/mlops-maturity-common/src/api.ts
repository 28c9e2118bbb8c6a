import { MaturityLevelNumber } from './model/types';
import { AssessmentAnswers } from './answers/types';
import { MaturityResult } from './scoring/computeScore';

/**
 * One submitted, immutable assessment of a catalog entity.
 *
 * @public
 */
export interface AssessmentRevision {
  entityRef: string;
  /** 1 for the first submission of the entity, then 2, 3, ... */
  revision: number;
  modelId: string;
  modelVersion: string;
  answers: AssessmentAnswers;
  /** The result computed when the revision was submitted. */
  result: MaturityResult;
  /** User entity ref of the submitter. */
  author: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

/**
 * The current assessment of an entity, as returned by
 * `GET /assessments/:kind/:namespace/:name`.
 *
 * @public
 */
export interface CurrentAssessment extends AssessmentRevision {
  /** Older than `mlopsMaturity.staleAfterDays`. */
  stale: boolean;
  staleAfterDays: number;
}

/**
 * A revision in the history list, without its answers.
 *
 * @public
 */
export interface AssessmentHistoryEntry {
  revision: number;
  modelId: string;
  modelVersion: string;
  score: number;
  level: MaturityLevelNumber;
  gatedLevel: MaturityLevelNumber;
  /** Null when every dimension has the same average. */
  weakestDimensionId: string | null;
  author: string;
  createdAt: string;
}

/**
 * Work in progress on an assessment; never counted in the scorecard.
 *
 * @public
 */
export interface AssessmentDraft {
  entityRef: string;
  /** 1 when the draft is created, one more on every save. */
  version: number;
  modelId: string;
  modelVersion: string;
  /** Possibly incomplete answers. */
  answers: AssessmentAnswers;
  /** The revision the draft started from; null before the first submission. */
  baseRevision: number | null;
  author: string;
  updatedAt: string;
}

/**
 * Body of `PUT /assessments/:kind/:namespace/:name`.
 *
 * @public
 */
export interface SubmitAssessmentRequest {
  /** The current revision the edit started from; null for the first one. */
  baseRevision: number | null;
  answers: AssessmentAnswers;
  /**
   * The draft version the submission was made from: that draft is removed
   * with the submission, unless it was saved again meanwhile.
   */
  draftVersion?: number;
}

/**
 * Body of `PUT /assessments/:kind/:namespace/:name/draft`.
 *
 * @public
 */
export interface SaveDraftRequest {
  /** The draft version the edit started from; null to create the draft. A stale version gets 409. */
  draftVersion: number | null;
  baseRevision: number | null;
  answers: AssessmentAnswers;
}

/**
 * Response of `DELETE /assessments/:kind/:namespace/:name` (an admin's purge
 * of an entity's stored data).
 *
 * @public
 */
export interface PurgeAssessmentsResponse {
  entityRef: string;
  /** The uid purged; absent when every entity that held the ref was. */
  entityUid?: string;
  revisions: number;
  drafts: number;
}

/**
 * The maturity target that applies to an ML service: the highest level among
 * the targets of `mlopsMaturity.targets` whose filter matches it.
 *
 * @public
 */
export interface MaturityTarget {
  level: MaturityLevelNumber;
  /** The target's title in app-config; null when it has none. */
  title: string | null;
}

/**
 * Response of `GET /assessments/:kind/:namespace/:name/target`.
 *
 * @public
 */
export interface EntityTargetResponse {
  /** Null when no target matches the entity. */
  target: MaturityTarget | null;
}

export * from './scorecard/scorecardApi';
