import { ConflictError } from '@backstage/errors';
import {
  AssessmentDraft,
  AssessmentHistoryEntry,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * A write was based on a revision that is no longer the current one. Carries
 * the current revision so the caller can say who changed it meanwhile.
 */
export class StaleRevisionError extends ConflictError {
  constructor(
    readonly entityRef: string,
    readonly baseRevision: number | null,
    readonly current: AssessmentHistoryEntry | undefined,
  ) {
    super(
      current
        ? `The assessment of ${entityRef} was changed meanwhile: revision ${
            current.revision
          } was submitted by ${current.author} at ${
            current.createdAt
          }, but this change is based on ${
            baseRevision === null ? 'no revision' : `revision ${baseRevision}`
          }. Reload the latest assessment and submit again.`
        : `The assessment of ${entityRef} has no revision yet, but this change is based on revision ${baseRevision}. Reload and submit with baseRevision null.`,
    );
  }
}

/**
 * A draft save was based on a draft version that is no longer the stored one
 * (another owner saved, submitted or discarded meanwhile).

 */
export class StaleDraftError extends ConflictError {
  constructor(
    readonly entityRef: string,
    readonly draftVersion: number | null,
    readonly current: AssessmentDraft | undefined,
  ) {
    const based =
      draftVersion === null ? 'no draft' : `draft version ${draftVersion}`;
    super(
      current
        ? `The draft of ${entityRef} was changed meanwhile: version ${current.version} was saved by ${current.author} at ${current.updatedAt}, but this save is based on ${based}. Reload the draft and save again.`
        : `The draft of ${entityRef} was submitted or discarded meanwhile, but this save is based on ${based}. Save with draftVersion null to start a new draft.`,
    );
  }
}
