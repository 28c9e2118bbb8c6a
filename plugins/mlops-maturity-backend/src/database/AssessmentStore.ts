import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  AssessmentAnswers,
  AssessmentDraft,
  AssessmentHistoryEntry,
  AssessmentRevision,
  MaturityLevelNumber,
  MaturityModel,
  MaturityResult,
  raisesToNextLevel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { EntityIdentity, identityWhere } from './EntityIdentity';
import { ScorecardHeadlineStore } from './ScorecardHeadlineStore';
import { toIsoString } from './rows';

const REVISIONS = 'mlops_maturity_revisions';
const CURRENT = 'mlops_maturity_current';
const DRAFTS = 'mlops_maturity_drafts';
const DEPARTED = 'mlops_maturity_departed';

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
  weakest_dimension: string | null;
  author: string;
  created_at: Date | number | string;
};

type DraftRow = {
  entity_ref: string;
  version: number;
  model_id: string;
  model_version: string;
  base_revision: number | null;
  answers: string;
  author: string;
  updated_at: Date | number | string;
};

/** What a submission carries; the result is computed by the caller. */
export interface SubmitRevisionInput extends EntityIdentity {
  baseRevision: number | null;
  model: MaturityModel;
  answers: AssessmentAnswers;
  result: MaturityResult;
  author: string;
  /** The draft the submission was made from: removed with it if still at this version. */
  draftVersion?: number;
  /** Defaults to now; set by the demo data loader for past revisions. */
  createdAt?: Date;
}

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

function toDraft(row: DraftRow): AssessmentDraft {
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

/** How many rows a purge removed, per kind of data. */
export interface PurgeCounts {
  revisions: number;
  drafts: number;
}

/**
 * Assessment revisions, the current pointer per entity, drafts and the
 * entities that left the catalog, in the plugin's database. Every entity is
 * named by its ref and its catalog uid.
 */
export class AssessmentStore {
  constructor(
    private readonly db: Knex,
    private readonly scorecard: ScorecardHeadlineStore,
  ) {}

  /**
   * Fills in how many answer raises the next level is away for current
   * revisions stored before the plugin kept that figure (null below Level
   * 4), from each revision's stored result, on the scorecard copy too.
   * Idempotent, so several instances starting together do no harm. Returns
   * how many it filled.
   */
  async fillRaisesToNextLevel(): Promise<number> {
    const rows: Array<{
      entity_ref: string;
      entity_uid: string;
      revision: number;
      result: string;
    }> = await this.db(`${CURRENT} as c`)
      .join(`${REVISIONS} as r`, join =>
        join
          .on('r.entity_ref', 'c.entity_ref')
          .andOn('r.entity_uid', 'c.entity_uid')
          .andOn('r.revision', 'c.revision'),
      )
      .whereNull('c.raises_to_next')
      .where('c.level', '<', 4)
      .select('c.entity_ref', 'c.entity_uid', 'c.revision', 'r.result');
    let filled = 0;
    for (const row of rows) {
      const result = JSON.parse(row.result);
      // A result of another shape (hand-written rows) is left uncounted
      // rather than stopping the backend from starting.
      if (
        !Array.isArray(result?.dimensions) ||
        !Array.isArray(result?.questions)
      )
        continue;
      const raises = raisesToNextLevel(result);
      if (raises === null) continue;
      const id = { entityRef: row.entity_ref, entityUid: row.entity_uid };
      await this.db.transaction(async tx => {
        await tx(CURRENT)
          .where({ ...identityWhere(id), revision: row.revision })
          .update({ raises_to_next: raises });
        await this.scorecard.setRaisesToNextLevel(
          tx,
          id,
          Number(row.revision),
          raises,
        );
      });
      filled++;
    }
    return filled;
  }

  /** The revision the entity's current pointer names. */
  private currentRevision(id: EntityIdentity) {
    return this.db(`${REVISIONS} as r`)
      .join(`${CURRENT} as c`, function joinCurrent() {
        this.on('c.entity_ref', '=', 'r.entity_ref')
          .andOn('c.entity_uid', '=', 'r.entity_uid')
          .andOn('c.revision', '=', 'r.revision');
      })
      .where(identityWhere(id, 'c'));
  }

  async getCurrent(
    id: EntityIdentity,
  ): Promise<AssessmentRevision | undefined> {
    const row: RevisionRow | undefined = await this.currentRevision(id).first(
      'r.*',
    );
    return row ? toRevision(row) : undefined;
  }

  /**
   * The current revision of each of these entities that has an assessment,
   * by entity ref: the current pointers only, no answers read.
   */
  async currentRevisions(ids: EntityIdentity[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500);
      const uidOf = new Map(batch.map(id => [id.entityRef, id.entityUid]));
      const rows = await this.db(CURRENT)
        .whereIn('entity_ref', [...uidOf.keys()])
        .select('entity_ref', 'entity_uid', 'revision');
      for (const row of rows) {
        if (uidOf.get(row.entity_ref) === row.entity_uid) {
          found.set(row.entity_ref, Number(row.revision));
        }
      }
    }
    return found;
  }

  /**
   * The current answers of each of these entities that has an assessment,
   * with the revision they belong to, by entity ref; read in one query per
   * 500 refs.
   */
  async currentAnswers(
    ids: EntityIdentity[],
  ): Promise<Map<string, { revision: number; answers: AssessmentAnswers }>> {
    const found = new Map<
      string,
      { revision: number; answers: AssessmentAnswers }
    >();
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500);
      const uidOf = new Map(batch.map(id => [id.entityRef, id.entityUid]));
      // By ref, the uid checked here: PostgreSQL plans a composite IN of 500
      // pairs as 500 index scans (2.3 s over 10,000 services, against 0.2 s).
      const rows = await this.db(`${REVISIONS} as r`)
        .join(`${CURRENT} as c`, function joinCurrent() {
          this.on('c.entity_ref', '=', 'r.entity_ref')
            .andOn('c.entity_uid', '=', 'r.entity_uid')
            .andOn('c.revision', '=', 'r.revision');
        })
        .whereIn('c.entity_ref', [...uidOf.keys()])
        .select('r.entity_ref', 'r.entity_uid', 'r.revision', 'r.answers');
      for (const row of rows) {
        if (uidOf.get(row.entity_ref) !== row.entity_uid) continue;
        found.set(row.entity_ref, {
          revision: Number(row.revision),
          answers: JSON.parse(row.answers),
        });
      }
    }
    return found;
  }

  async getRevision(
    id: EntityIdentity,
    revision: number,
  ): Promise<AssessmentRevision | undefined> {
    const row = await this.db<RevisionRow>(REVISIONS)
      .where({ ...identityWhere(id), revision })
      .first();
    return row ? toRevision(row) : undefined;
  }

  /** Whether any entity has a stored revision. */
  async hasRevisions(): Promise<boolean> {
    return (await this.db(REVISIONS).first('entity_ref')) !== undefined;
  }

  /** Revisions newest first, without their answers. */
  async listHistory(
    id: EntityIdentity,
    limit: number,
  ): Promise<AssessmentHistoryEntry[]> {
    const rows = await this.db(REVISIONS)
      .where(identityWhere(id))
      .orderBy('revision', 'desc')
      .limit(limit)
      .select(HISTORY_COLUMNS);
    return rows.map(toHistoryEntry);
  }

  private async currentEntry(
    id: EntityIdentity,
  ): Promise<AssessmentHistoryEntry | undefined> {
    const row = await this.currentRevision(id).first(
      HISTORY_COLUMNS.map(column => `r.${column}`),
    );
    return row ? toHistoryEntry(row) : undefined;
  }

  /**
   * How many revisions of the entity were submitted since `since`, and when
   * the oldest of them was (to say when the next one is allowed).
   */
  async recentSubmissions(
    id: EntityIdentity,
    since: Date,
  ): Promise<{ count: number; oldest: Date | undefined }> {
    const [row] = await this.db(REVISIONS)
      .where(identityWhere(id))
      .where('created_at', '>=', since)
      .select(
        this.db.raw('count(*) as n'),
        this.db.raw('min(created_at) as oldest'),
      );
    return {
      count: Number(row?.n ?? 0),
      oldest: row?.oldest ? new Date(toIsoString(row.oldest)) : undefined,
    };
  }

  /**
   * Stores a new immutable revision, moves the entity's current pointer and
   * its scorecard row to it and removes the draft it was made from, in one
   * transaction. Throws {@link StaleRevisionError}, writing nothing, when
   * `baseRevision` is not the current revision.
   */
  async submit(input: SubmitRevisionInput): Promise<AssessmentRevision> {
    const { baseRevision, result } = input;
    const id = { entityRef: input.entityRef, entityUid: input.entityUid };
    if (!result.official || result.score === null || result.level === null) {
      throw new Error('Only complete, official results can be submitted');
    }
    const revision = (baseRevision ?? 0) + 1;
    const createdAt = input.createdAt ?? new Date();
    const headline = {
      revision,
      score: result.score,
      level: result.level,
      gated_level: result.gatedLevel,
      weakest_dimension: result.weakestDimensionId,
      raises_to_next: raisesToNextLevel(result),
      updated_by: input.author,
      updated_at: createdAt,
    };
    try {
      await this.db.transaction(async tx => {
        // Moving the pointer first makes a concurrent writer with the same
        // base wait on the row lock and then find it moved (0 rows).
        if (baseRevision === null) {
          await tx(CURRENT).insert({
            entity_ref: id.entityRef,
            entity_uid: id.entityUid,
            ...headline,
          });
        } else {
          const moved = await tx(CURRENT)
            .where({ ...identityWhere(id), revision: baseRevision })
            .update(headline);
          if (moved !== 1)
            throw new StaleRevisionError(id.entityRef, baseRevision, undefined);
        }
        await this.scorecard.setHeadline(tx, id, headline);
        await tx(REVISIONS).insert({
          entity_ref: id.entityRef,
          entity_uid: id.entityUid,
          revision,
          model_id: input.model.id,
          model_version: input.model.version,
          answers: JSON.stringify(input.answers),
          result: JSON.stringify(result),
          score: headline.score,
          level: headline.level,
          gated_level: headline.gated_level,
          weakest_dimension: headline.weakest_dimension,
          author: input.author,
          created_at: createdAt,
        });
        if (input.draftVersion !== undefined) {
          await tx(DRAFTS)
            .where({ ...identityWhere(id), version: input.draftVersion })
            .delete();
        }
      });
    } catch (error) {
      if (
        error instanceof StaleRevisionError ||
        isDatabaseConflictError(error)
      ) {
        throw new StaleRevisionError(
          id.entityRef,
          baseRevision,
          await this.currentEntry(id),
        );
      }
      throw error;
    }
    return {
      entityRef: id.entityRef,
      revision,
      modelId: input.model.id,
      modelVersion: input.model.version,
      answers: input.answers,
      result,
      author: input.author,
      createdAt: createdAt.toISOString(),
    };
  }

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

  /**
   * Gives assessment data recorded before uids were stored (uid '') to the
   * entity that now holds the ref, unless that entity already has data.
   */
  async adoptUnidentified(live: EntityIdentity[]): Promise<number> {
    const refsWithout = async (table: string) =>
      (await this.db(table).where('entity_uid', '').select('entity_ref')).map(
        (r: { entity_ref: string }) => r.entity_ref,
      );
    const pending = new Set([
      ...(await refsWithout(CURRENT)),
      ...(await refsWithout(DRAFTS)),
    ]);
    if (pending.size === 0) return 0;
    let adopted = 0;
    for (const { entityRef, entityUid } of live) {
      if (pending.has(entityRef) && entityUid !== '') {
        if (await this.adoptOne(entityRef, entityUid)) adopted += 1;
      }
    }
    return adopted;
  }

  /** Moves the ref's data without a uid to this uid, unless the uid has data of its own. */
  private async adoptOne(entityRef: string, entityUid: string) {
    return this.db.transaction(async tx => {
      const id = { entity_ref: entityRef, entity_uid: entityUid };
      if (
        (await tx(CURRENT).where(id).first('entity_ref')) ||
        (await tx(DRAFTS).where(id).first('entity_ref'))
      ) {
        return false;
      }
      for (const table of [REVISIONS, CURRENT, DRAFTS]) {
        await tx(table)
          .where({ entity_ref: entityRef, entity_uid: '' })
          .update({ entity_uid: entityUid });
      }
      return true;
    });
  }

  /**
   * Records which entities with stored data are not in the catalog (now, if
   * not recorded before) and forgets those that are back.
   */
  async recordDeparted(live: EntityIdentity[], now: Date): Promise<number> {
    const liveKeys = new Set(live.map(e => `${e.entityRef}\n${e.entityUid}`));
    const stored: Array<{ entity_ref: string; entity_uid: string }> = [
      ...(await this.db(CURRENT).select('entity_ref', 'entity_uid')),
      ...(await this.db(DRAFTS).select('entity_ref', 'entity_uid')),
    ];
    const departed: Array<{ entity_ref: string; entity_uid: string }> =
      await this.db(DEPARTED).select('entity_ref', 'entity_uid');
    const key = (r: { entity_ref: string; entity_uid: string }) =>
      `${r.entity_ref}\n${r.entity_uid}`;
    const known = new Set(departed.map(key));
    const gone = stored.filter(
      r => !liveKeys.has(key(r)) && !known.has(key(r)),
    );
    const back = departed.filter(r => liveKeys.has(key(r)));
    await this.db.transaction(async tx => {
      for (let i = 0; i < gone.length; i += 200) {
        await tx(DEPARTED)
          .insert(gone.slice(i, i + 200).map(r => ({ ...r, departed_at: now })))
          .onConflict(['entity_ref', 'entity_uid'])
          .ignore();
      }
      for (const row of back) await tx(DEPARTED).where(row).delete();
    });
    return gone.length;
  }

  /** Entities that left the catalog before `before`. */
  async listDeparted(before: Date): Promise<EntityIdentity[]> {
    const rows = await this.db(DEPARTED)
      .where('departed_at', '<', before)
      .orderBy(['entity_ref', 'entity_uid'])
      .select('entity_ref', 'entity_uid');
    return rows.map(r => ({
      entityRef: r.entity_ref,
      entityUid: r.entity_uid,
    }));
  }

  /**
   * Deletes every stored revision, current pointer and draft of the entity
   * ref (of one uid, when given), and its scorecard headline, in one
   * transaction.
   */
  async purge(entityRef: string, entityUid?: string): Promise<PurgeCounts> {
    const where =
      entityUid === undefined
        ? { entity_ref: entityRef }
        : { entity_ref: entityRef, entity_uid: entityUid };
    return this.db.transaction(async tx => {
      const revisions = await tx(REVISIONS).where(where).delete();
      await tx(CURRENT).where(where).delete();
      const drafts = await tx(DRAFTS).where(where).delete();
      await tx(DEPARTED).where(where).delete();
      await this.scorecard.clearHeadline(tx, entityRef, entityUid);
      return { revisions, drafts };
    });
  }
}
