import {
  DatabaseService,
  isDatabaseConflictError,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  AssessmentAnswers,
  AssessmentDraft,
  AssessmentHistoryEntry,
  AssessmentRevision,
  MaturityLevelNumber,
  MaturityModel,
  MaturityResult,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { migrateDatabase } from './migrateDatabase';
import { toIsoString } from './rows';

const REVISIONS = 'mlops_maturity_revisions';
const CURRENT = 'mlops_maturity_current';
const DRAFTS = 'mlops_maturity_drafts';
const MODELS = 'mlops_maturity_models';
const ENTITIES = 'mlops_maturity_entities';

type RevisionRow = {
  entity_ref: string;
  revision: number;
  model_id: string;
  model_version: string;
  answers: string;
  result: string;
  score: number;
  level: number;
  gated_level: number;
  weakest_dimension: string;
  author: string;
  created_at: Date | number | string;
};

type DraftRow = {
  entity_ref: string;
  model_id: string;
  model_version: string;
  base_revision: number | null;
  answers: string;
  author: string;
  updated_at: Date | number | string;
};

/** What a submission carries; the result is computed by the caller. */
export interface SubmitRevisionInput {
  entityRef: string;
  baseRevision: number | null;
  model: MaturityModel;
  answers: AssessmentAnswers;
  result: MaturityResult;
  author: string;
  /** Defaults to now; set by the demo data loader for past revisions. */
  createdAt?: Date;
}

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

function toRevision(row: RevisionRow): AssessmentRevision {
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

function toHistoryEntry(
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

const HISTORY_COLUMNS = [
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

/** The SHA-256 of a model's JSON, to notice a model changed under the same version. */
export function modelFingerprint(model: MaturityModel): string {
  return createHash('sha256').update(JSON.stringify(model)).digest('hex');
}

/**
 * Assessment revisions, the current pointer per entity, drafts and the model
 * versions they pin, in the plugin's database.
 */
export class AssessmentStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
  }): Promise<AssessmentStore> {
    const client = await options.database.getClient();
    await migrateDatabase(options.database, client);
    return new AssessmentStore(client);
  }

  /** For the scorecard store and tests sharing the connection. */
  get client(): Knex {
    return this.db;
  }

  /**
   * Records a model version. A version already stored with different content
   * is an error: stored assessments must keep meaning what they meant.
   */
  async registerModel(model: MaturityModel): Promise<void> {
    const fingerprint = modelFingerprint(model);
    await this.db(MODELS)
      .insert({
        model_id: model.id,
        version: model.version,
        fingerprint,
        definition: JSON.stringify(model),
        created_at: new Date(),
      })
      .onConflict(['model_id', 'version'])
      .ignore();
    const stored = await this.db(MODELS)
      .where({ model_id: model.id, version: model.version })
      .first('fingerprint');
    if (stored?.fingerprint !== fingerprint) {
      throw new Error(
        `mlopsMaturity.model: ${model.id}@${model.version} is already stored with different content. ` +
          'Give the changed model a new version: assessments keep the model version they were answered against.',
      );
    }
  }

  async getModel(
    modelId: string,
    version: string,
  ): Promise<MaturityModel | undefined> {
    const row = await this.db(MODELS)
      .where({ model_id: modelId, version })
      .first('definition');
    return row ? JSON.parse(row.definition) : undefined;
  }

  /** The revision the entity's current pointer names. */
  private currentRevision(entityRef: string) {
    return this.db(`${REVISIONS} as r`)
      .join(`${CURRENT} as c`, function joinCurrent() {
        this.on('c.entity_ref', '=', 'r.entity_ref').andOn(
          'c.revision',
          '=',
          'r.revision',
        );
      })
      .where('c.entity_ref', entityRef);
  }

  async getCurrent(entityRef: string): Promise<AssessmentRevision | undefined> {
    const row: RevisionRow | undefined = await this.currentRevision(
      entityRef,
    ).first('r.*');
    return row ? toRevision(row) : undefined;
  }

  async getRevision(
    entityRef: string,
    revision: number,
  ): Promise<AssessmentRevision | undefined> {
    const row = await this.db<RevisionRow>(REVISIONS)
      .where({ entity_ref: entityRef, revision })
      .first();
    return row ? toRevision(row) : undefined;
  }

  /** Revisions newest first, without their answers. */
  async listHistory(
    entityRef: string,
    limit: number,
  ): Promise<AssessmentHistoryEntry[]> {
    const rows = await this.db(REVISIONS)
      .where({ entity_ref: entityRef })
      .orderBy('revision', 'desc')
      .limit(limit)
      .select(HISTORY_COLUMNS);
    return rows.map(toHistoryEntry);
  }

  private async currentEntry(
    entityRef: string,
  ): Promise<AssessmentHistoryEntry | undefined> {
    const row = await this.currentRevision(entityRef).first(
      HISTORY_COLUMNS.map(column => `r.${column}`),
    );
    return row ? toHistoryEntry(row) : undefined;
  }

  /**
   * Stores a new immutable revision and moves the entity's current pointer
   * to it, in one transaction. Throws {@link StaleRevisionError}, writing
   * nothing, when `baseRevision` is not the current revision.
   */
  async submit(input: SubmitRevisionInput): Promise<AssessmentRevision> {
    const { entityRef, baseRevision, result } = input;
    if (!result.official || result.score === null || result.level === null) {
      throw new Error('Only complete, official results can be submitted');
    }
    const revision = (baseRevision ?? 0) + 1;
    const createdAt = input.createdAt ?? new Date();
    const headline = {
      score: result.score,
      level: result.level,
      gated_level: result.gatedLevel,
      weakest_dimension: result.weakestDimensionId,
    };
    try {
      await this.db.transaction(async tx => {
        // Moving the pointer first makes a concurrent writer with the same
        // base wait on the row lock and then find it moved (0 rows).
        if (baseRevision === null) {
          await tx(CURRENT).insert({
            entity_ref: entityRef,
            revision,
            ...headline,
            updated_by: input.author,
            updated_at: createdAt,
          });
        } else {
          const moved = await tx(CURRENT)
            .where({ entity_ref: entityRef, revision: baseRevision })
            .update({
              revision,
              ...headline,
              updated_by: input.author,
              updated_at: createdAt,
            });
          if (moved !== 1)
            throw new StaleRevisionError(entityRef, baseRevision, undefined);
        }
        // The scorecard's copy moves in the same transaction (if the catalog
        // sync has listed the entity yet; otherwise the sync copies it).
        await tx(ENTITIES)
          .where({ entity_ref: entityRef })
          .update({
            assessed: 1,
            revision,
            ...headline,
            updated_by: input.author,
            updated_at: createdAt,
          });
        await tx(REVISIONS).insert({
          entity_ref: entityRef,
          revision,
          model_id: input.model.id,
          model_version: input.model.version,
          answers: JSON.stringify(input.answers),
          result: JSON.stringify(result),
          ...headline,
          author: input.author,
          created_at: createdAt,
        });
      });
    } catch (error) {
      if (
        error instanceof StaleRevisionError ||
        isDatabaseConflictError(error)
      ) {
        throw new StaleRevisionError(
          entityRef,
          baseRevision,
          await this.currentEntry(entityRef),
        );
      }
      throw error;
    }
    return {
      entityRef,
      revision,
      modelId: input.model.id,
      modelVersion: input.model.version,
      answers: input.answers,
      result,
      author: input.author,
      createdAt: createdAt.toISOString(),
    };
  }

  async getDraft(entityRef: string): Promise<AssessmentDraft | undefined> {
    const row = await this.db<DraftRow>(DRAFTS)
      .where({ entity_ref: entityRef })
      .first();
    if (!row) return undefined;
    return {
      entityRef: row.entity_ref,
      modelId: row.model_id,
      modelVersion: row.model_version,
      baseRevision:
        row.base_revision === null ? null : Number(row.base_revision),
      answers: JSON.parse(row.answers),
      author: row.author,
      updatedAt: toIsoString(row.updated_at),
    };
  }

  async saveDraft(
    draft: Omit<AssessmentDraft, 'updatedAt'>,
  ): Promise<AssessmentDraft> {
    const updatedAt = new Date();
    await this.db(DRAFTS)
      .insert({
        entity_ref: draft.entityRef,
        model_id: draft.modelId,
        model_version: draft.modelVersion,
        base_revision: draft.baseRevision,
        answers: JSON.stringify(draft.answers),
        author: draft.author,
        updated_at: updatedAt,
      })
      .onConflict('entity_ref')
      .merge();
    return { ...draft, updatedAt: updatedAt.toISOString() };
  }

  /** Deletes the draft; false when there was none. */
  async deleteDraft(entityRef: string): Promise<boolean> {
    return (
      (await this.db(DRAFTS).where({ entity_ref: entityRef }).delete()) > 0
    );
  }
}
