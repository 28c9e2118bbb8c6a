import { Entity } from '@backstage/catalog-model';
import {
  EvidenceSignal,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { evidenceRefKey } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { AssessmentStore } from '../database/AssessmentStore';
import { EntityIdentity, identityOf } from '../database/EntityIdentity';
import { ReviewStore } from '../database/ReviewStore';
import {
  VerifiedLevelStore,
  VerifiedRow,
} from '../database/VerifiedLevelStore';
import { EvidenceByEntity, EvidenceService } from '../evidence/EvidenceService';
import { ReviewConfig } from '../review/readReviewConfig';
import { VerifiableRevision, verificationFigures } from './verificationFigures';

/** A revision to verify, with the service it belongs to. */
export type VerifiableEntityRevision = VerifiableRevision & EntityIdentity;

/** What refreshing a batch of entities did. */
export interface VerificationRefresh {
  /** Rows written (still at the revision computed). */
  written: number;
  /** Assessed entities left as they were because an evidence provider failed for the batch. */
  skipped: number;
}

/**
 * Computes ML services' verified figures and writes them on their scorecard
 * rows, a batch at a time: the reviews of a batch read in one query, the
 * figures written in one statement per 500 rows, each only while its row is
 * still at the revision computed. Every writer uses it: a submission, a
 * reviewer's decision, the catalog sync's evidence batches and the
 * verification task.
 */
export class VerificationRefresher {
  constructor(
    private readonly options: {
      model: MaturityModel;
      review: ReviewConfig;
      assessments: Pick<AssessmentStore, 'currentAnswers'>;
      reviews: Pick<ReviewStore, 'reviewsOfMany'>;
      store: Pick<VerifiedLevelStore, 'setVerified'>;
      evidence: Pick<EvidenceService, 'signalsForBatch'>;
      now?: () => Date;
    },
  ) {}

  /** Computes and writes the figures of revisions whose answers and evidence are at hand. */
  async write(revisions: VerifiableEntityRevision[]): Promise<number> {
    if (revisions.length === 0) return 0;
    const { model, review, reviews, store } = this.options;
    const now = this.options.now?.() ?? new Date();
    const reviewsOf = await reviews.reviewsOfMany(revisions);
    const rows: VerifiedRow[] = revisions.map(revision => {
      const figures = verificationFigures(
        model,
        revision,
        reviewsOf.get(revision.entityRef) ?? [],
        review,
        now,
      );
      const { verified } = figures.score;
      return {
        entityRef: revision.entityRef,
        entityUid: revision.entityUid,
        revision: revision.revision,
        score: verified.score,
        level: verified.level as MaturityLevelNumber | null,
        gaps: figures.score.gaps.length,
        until: figures.validUntil,
      };
    });
    return store.setVerified(rows);
  }

  /**
   * Reads the current answers of these entities and their evidence, then
   * computes and writes as {@link VerificationRefresher.write}. When an
   * evidence provider fails for the batch, nothing is written: a slow tool
   * never lowers a verified level (the task tries again).
   */
  async refreshEntities(entities: Entity[]): Promise<VerificationRefresh> {
    const ids = entities.map(identityOf);
    const current = await this.options.assessments.currentAnswers(ids);
    const assessed = entities.filter((_, i) => current.has(ids[i].entityRef));
    if (assessed.length === 0) return { written: 0, skipped: 0 };
    const { signals, failedProviders } =
      await this.options.evidence.signalsForBatch(assessed);
    if (failedProviders.length > 0) {
      return { written: 0, skipped: assessed.length };
    }
    const revisions = assessed.map(entity => {
      const id = identityOf(entity);
      return {
        ...id,
        ...current.get(id.entityRef)!,
        signals: signalsOf(signals, id.entityRef),
      };
    });
    return { written: await this.write(revisions), skipped: 0 };
  }
}

/** An entity's signals in a batch's map, keyed as the evidence service keys them. */
function signalsOf(
  signals: EvidenceByEntity,
  entityRef: string,
): EvidenceSignal[] {
  return signals.get(evidenceRefKey(entityRef)) ?? [];
}
