import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import {
  AssessmentAnswers,
  AssessmentHistoryEntry,
  AssessmentRevision,
  MaturityLevelNumber,
  MaturityModel,
  MaturityResult,
  raisesToNextLevel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { StaleRevisionError } from './assessmentErrors';
import {
  CURRENT,
  CurrentAnswers,
  DRAFTS,
  HISTORY_COLUMNS,
  REVISIONS,
  RevisionRow,
  toHistoryEntry,
  toRevision,
} from './assessmentRows';
import { EntityIdentity, identityWhere } from './EntityIdentity';
import { ReviewStore, ReviewSync } from './ReviewStore';
import { ReviewSyncPolicy } from './reviewRows';
import { ScorecardHeadlineStore } from './ScorecardHeadlineStore';
import { toIsoString } from './rows';

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
  /**
   * Which answers need a review: the revision opens, keeps or drops their
   * review requests in its own transaction. Without it the reviews are left
   * as they are (the demo data, loaded into an empty database).
   */
  reviewPolicy?: ReviewSyncPolicy;
  /** Hears, inside the transaction, what the revision did to the reviews. */
  onReviewSync?: (sync: ReviewSync) => void;
}

/** The key of one revision of one entity in {@link AssessmentStore.answersOfRevisions}. */
export const revisionKey = (k: EntityIdentity & { revision: number }) =>
  JSON.stringify([k.entityRef, k.entityUid, k.revision]);

/**
 * Assessment revisions and the current pointer per entity, in the plugin's
 * database: reads, history and submissions (which move the scorecard's
 * headline copy and the reviews of their answers, and remove the draft
 * submitted, in one transaction). Every
 * entity is named by its ref and its catalog uid.
 */
export class AssessmentStore {
  constructor(
    private readonly db: Knex,
    private readonly scorecard: ScorecardHeadlineStore,
    private readonly reviews: ReviewStore,
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
  ): Promise<Map<string, CurrentAnswers>> {
    const found = new Map<string, CurrentAnswers>();
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
        .select(
          'r.entity_ref',
          'r.entity_uid',
          'r.revision',
          'r.answers',
          'r.created_at',
        );
      for (const row of rows) {
        if (uidOf.get(row.entity_ref) !== row.entity_uid) continue;
        found.set(row.entity_ref, {
          revision: Number(row.revision),
          answers: JSON.parse(row.answers),
          createdAt: toIsoString(row.created_at),
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

  /**
   * The answers of these stored revisions, by {@link revisionKey}; a
   * revision not stored is left out. One query for the lot (the review
   * queue asks for two revisions of each request on a page).
   */
  async answersOfRevisions(
    keys: Array<EntityIdentity & { revision: number }>,
  ): Promise<Map<string, AssessmentAnswers>> {
    const found = new Map<string, AssessmentAnswers>();
    if (keys.length === 0) return found;
    const wanted = new Set(keys.map(revisionKey));
    const rows = await this.db(REVISIONS)
      .whereIn(
        ['entity_ref', 'revision'],
        keys.map(k => [k.entityRef, k.revision]),
      )
      .select('entity_ref', 'entity_uid', 'revision', 'answers');
    for (const row of rows) {
      const key = revisionKey({
        entityRef: row.entity_ref,
        entityUid: row.entity_uid,
        revision: Number(row.revision),
      });
      if (wanted.has(key)) found.set(key, JSON.parse(row.answers));
    }
    return found;
  }

  /** The level a stored revision gave; undefined when there is no such revision. */
  async levelAt(
    id: EntityIdentity,
    revision: number,
  ): Promise<MaturityLevelNumber | undefined> {
    const row = await this.db(REVISIONS)
      .where({ ...identityWhere(id), revision })
      .first('level');
    return row ? (Number(row.level) as MaturityLevelNumber) : undefined;
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
   * its scorecard row to it, brings the reviews of its answers in step (with
   * `reviewPolicy`) and removes the draft it was made from, in one
   * transaction: a failure of any part leaves no part written. Throws {@link StaleRevisionError}, writing nothing, when
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
        if (input.reviewPolicy) {
          const synced = await this.reviews.syncForRevision(tx, {
            ...id,
            revision,
            author: input.author,
            at: createdAt,
            answers: input.answers,
            policy: input.reviewPolicy,
          });
          input.onReviewSync?.(synced);
        }
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
}
