import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import {
  AssessmentAnswers,
  AssessmentDraft,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { StaleDraftError } from './assessmentErrors';
import { DRAFTS, DraftRow, toDraft } from './assessmentRows';
import { EntityIdentity, identityWhere } from './EntityIdentity';

/** What a draft save carries. */
export interface SaveDraftInput extends EntityIdentity {
  /** The draft version the edit started from; null to create the draft. */
  draftVersion: number | null;
  modelId: string;
  modelVersion: string;
  baseRevision: number | null;
  answers: AssessmentAnswers;
  author: string;
}

/**
 * One draft per entity, kept between submissions. A save names the version
 * it started from, so two owners editing at once cannot overwrite each other.
 */
export class DraftStore {
  constructor(private readonly db: Knex) {}

  async getDraft(id: EntityIdentity): Promise<AssessmentDraft | undefined> {
    const row = await this.db<DraftRow>(DRAFTS)
      .where(identityWhere(id))
      .first();
    return row ? toDraft(row) : undefined;
  }

  /**
   * Creates the draft (`draftVersion` null) or replaces the version the edit
   * started from. Throws {@link StaleDraftError}, writing nothing, when the
   * stored draft is not that version.
   */
  async saveDraft(input: SaveDraftInput): Promise<AssessmentDraft> {
    const id = { entityRef: input.entityRef, entityUid: input.entityUid };
    const updatedAt = new Date();
    const version = (input.draftVersion ?? 0) + 1;
    const row = {
      version,
      model_id: input.modelId,
      model_version: input.modelVersion,
      base_revision: input.baseRevision,
      answers: JSON.stringify(input.answers),
      author: input.author,
      updated_at: updatedAt,
    };
    let saved: boolean;
    if (input.draftVersion === null) {
      saved = await this.db(DRAFTS)
        .insert({ entity_ref: id.entityRef, entity_uid: id.entityUid, ...row })
        .then(
          () => true,
          error => {
            if (isDatabaseConflictError(error)) return false;
            throw error;
          },
        );
    } else {
      saved =
        (await this.db(DRAFTS)
          .where({ ...identityWhere(id), version: input.draftVersion })
          .update(row)) === 1;
    }
    if (!saved) {
      throw new StaleDraftError(
        id.entityRef,
        input.draftVersion,
        await this.getDraft(id),
      );
    }
    return {
      entityRef: id.entityRef,
      version,
      modelId: input.modelId,
      modelVersion: input.modelVersion,
      baseRevision: input.baseRevision,
      answers: input.answers,
      author: input.author,
      updatedAt: updatedAt.toISOString(),
    };
  }

  /**
   * Deletes the draft; with a version, only if the draft is still at it
   * (otherwise {@link StaleDraftError}). False when there was none.
   */
  async deleteDraft(id: EntityIdentity, version?: number): Promise<boolean> {
    const deleted = await this.db(DRAFTS)
      .where(identityWhere(id))
      .modify(q => {
        if (version !== undefined) q.where({ version });
      })
      .delete();
    if (deleted === 0 && version !== undefined) {
      const current = await this.getDraft(id);
      if (current) throw new StaleDraftError(id.entityRef, version, current);
    }
    return deleted > 0;
  }
}
