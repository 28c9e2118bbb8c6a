import { Entity } from '@backstage/catalog-model';
import {
  AssessmentAnswers,
  EvidenceSignal,
  evidenceBacking,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createHash } from 'node:crypto';
import { AssessmentStore } from '../database/AssessmentStore';
import { identityOf } from '../database/EntityIdentity';
import { ScorecardHeadlineStore } from '../database/ScorecardHeadlineStore';
import { EvidenceMeasurement } from '../database/scorecardTypes';
import { VerifiableEntityRevision } from '../verification/VerificationRefresher';
import { EvidenceService } from './EvidenceService';

/** What measuring a batch gives. */
export interface BatchMeasurement {
  /** One per assessed entity of the batch whose figures may have changed, unless skipped. */
  measurements: EvidenceMeasurement[];
  /** Assessed entities whose stored figures still hold: same model, revision and signals. */
  unchanged: number;
  /** Assessed entities not measured because a provider failed for the batch. */
  skipped: number;
  /** The revisions measured with their signals: what their verified figures are computed from. */
  verifiable: VerifiableEntityRevision[];
}

/** A submission's measurement, with the signals it was measured against. */
export interface SubmittedMeasurement extends EvidenceMeasurement {
  signals: readonly EvidenceSignal[];
}

/**
 * What a service's figures follow from: the model, the revision of its
 * answers and, of each signal, what `evidenceBacking` reads (question,
 * level, link). Observation times and titles are left out, so the same
 * evidence seen again gives the same fingerprint.
 */
function fingerprintOf(
  model: MaturityModel,
  revision: number,
  signals: readonly EvidenceSignal[],
): string {
  const basis = JSON.stringify([
    model.id,
    model.version,
    revision,
    signals.map(s => [s.questionId, s.level, s.url ?? '']),
  ]);
  return createHash('sha256').update(basis).digest('hex');
}

/**
 * Measures ML services' current answers against their evidence, a batch at
 * a time: how many answers have a level, how many of them evidence backs
 * and on how many questions evidence shows a higher level (the common
 * `evidenceBacking`, as the Maturity tab shows it). Only assessed services
 * are asked about. A service whose stored fingerprint (model, revision,
 * signals) matches is left as it is: the daily sync reads no answers for
 * it. When a provider fails or runs out of time for a batch, the batch is
 * not measured, so a slow tool never lowers stored shares.
 */
export class EvidenceMeasurer {
  constructor(
    private readonly options: {
      evidence: EvidenceService;
      assessments: AssessmentStore;
      store: Pick<ScorecardHeadlineStore, 'evidenceFingerprints'>;
      model: MaturityModel;
    },
  ) {}

  /**
   * Measures one service's answers just submitted, as given: nothing is
   * read back from the stores. Undefined when there is nothing to measure
   * (no providers) or a provider failed.
   */
  async measureSubmitted(
    entity: Entity,
    submitted: { revision: number; answers: AssessmentAnswers },
  ): Promise<SubmittedMeasurement | undefined> {
    const { evidence, model } = this.options;
    if (!evidence.hasProviders) return undefined;
    const { signals, failedProviders } = await evidence.signalsForBatch([
      entity,
    ]);
    if (failedProviders.length > 0) return undefined;
    const id = identityOf(entity);
    const own = signals.get(id.entityRef) ?? [];
    const backing = evidenceBacking(model, submitted.answers, own);
    return {
      ...id,
      revision: submitted.revision,
      answered: backing.answeredCount,
      backed: backing.backedCount,
      higher: backing.higherLevelCount,
      fingerprint: fingerprintOf(model, submitted.revision, own),
      signals: own,
    };
  }

  async measure(entities: Entity[]): Promise<BatchMeasurement> {
    const { evidence, assessments, store, model } = this.options;
    const none = { measurements: [], unchanged: 0, skipped: 0, verifiable: [] };
    if (!evidence.hasProviders || entities.length === 0) return none;
    const ids = entities.map(identityOf);
    const revisions = await assessments.currentRevisions(ids);
    const assessedAt = entities.flatMap((_, i) =>
      revisions.has(ids[i].entityRef) ? [i] : [],
    );
    if (assessedAt.length === 0) return none;

    const { signals, failedProviders } = await evidence.signalsForBatch(
      assessedAt.map(i => entities[i]),
    );
    if (failedProviders.length > 0) {
      return { ...none, skipped: assessedAt.length };
    }
    const stored = await store.evidenceFingerprints(
      assessedAt.map(i => ids[i]),
    );
    const changed = assessedAt
      .map(i => {
        const id = ids[i];
        const own = signals.get(id.entityRef) ?? [];
        const fingerprint = fingerprintOf(
          model,
          revisions.get(id.entityRef)!,
          own,
        );
        return { id, own, fingerprint };
      })
      .filter(
        ({ id, fingerprint }) => stored.get(id.entityRef) !== fingerprint,
      );
    if (changed.length === 0) {
      return { ...none, unchanged: assessedAt.length };
    }

    const current = await assessments.currentAnswers(changed.map(c => c.id));
    const verifiable: VerifiableEntityRevision[] = [];
    const measurements = changed.flatMap(({ id, own }) => {
      const answers = current.get(id.entityRef);
      // Deleted since the revisions were read: nothing to measure.
      if (!answers) return [];
      verifiable.push({ ...id, ...answers, signals: own });
      const backing = evidenceBacking(model, answers.answers, own);
      return [
        {
          ...id,
          revision: answers.revision,
          answered: backing.answeredCount,
          backed: backing.backedCount,
          higher: backing.higherLevelCount,
          // Of the revision the answers are from, which a submission
          // meanwhile may have moved past the one read above.
          fingerprint: fingerprintOf(model, answers.revision, own),
        },
      ];
    });
    return {
      measurements,
      unchanged: assessedAt.length - changed.length,
      skipped: 0,
      verifiable,
    };
  }
}
