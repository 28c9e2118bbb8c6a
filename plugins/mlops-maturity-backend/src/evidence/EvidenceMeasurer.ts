import { Entity } from '@backstage/catalog-model';
import {
  evidenceBacking,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { AssessmentStore } from '../database/AssessmentStore';
import { identityOf } from '../database/EntityIdentity';
import { EvidenceMeasurement } from '../database/MlServiceStore';
import { EvidenceService } from './EvidenceService';

/** What measuring a batch gives. */
export interface BatchMeasurement {
  /** One per assessed entity of the batch, unless skipped. */
  measurements: EvidenceMeasurement[];
  /** Assessed entities not measured because a provider failed for the batch. */
  skipped: number;
}

/**
 * Measures ML services' current answers against their evidence, a batch at
 * a time: how many answers have a level, how many of them evidence backs
 * and on how many questions evidence shows a higher level (the common
 * `evidenceBacking`, as the Maturity tab shows it). Only assessed services
 * are asked about. When a provider fails or runs out of time for a batch,
 * the batch is not measured, so a slow tool never lowers stored shares.
 */
export class EvidenceMeasurer {
  constructor(
    private readonly options: {
      evidence: EvidenceService;
      assessments: AssessmentStore;
      model: MaturityModel;
    },
  ) {}

  async measure(entities: Entity[]): Promise<BatchMeasurement> {
    const { evidence, assessments, model } = this.options;
    if (!evidence.hasProviders || entities.length === 0) {
      return { measurements: [], skipped: 0 };
    }
    const ids = entities.map(identityOf);
    const current = await assessments.currentAnswers(ids);
    const assessedAt = entities.flatMap((_, i) =>
      current.has(ids[i].entityRef) ? [i] : [],
    );
    if (assessedAt.length === 0) return { measurements: [], skipped: 0 };

    const { signals, failedProviders } = await evidence.signalsForBatch(
      assessedAt.map(i => entities[i]),
    );
    if (failedProviders.length > 0) {
      return { measurements: [], skipped: assessedAt.length };
    }
    const measurements = assessedAt.map(i => {
      const id = ids[i];
      const { revision, answers } = current.get(id.entityRef)!;
      const backing = evidenceBacking(
        model,
        answers,
        signals.get(id.entityRef) ?? [],
      );
      return {
        ...id,
        revision,
        answered: backing.answeredCount,
        backed: backing.backedCount,
        higher: backing.higherLevelCount,
      };
    });
    return { measurements, skipped: 0 };
  }
}
