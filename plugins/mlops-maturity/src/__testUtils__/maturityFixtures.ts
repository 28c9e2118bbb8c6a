import { Entity } from '@backstage/catalog-model';
import {
  AssessmentAnswers,
  AssessmentHistoryEntry,
  AssessmentRevision,
  CurrentAssessment,
  MaturityModel,
  computeScore,
  defaultMaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { answersByDimension } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

/** Test data for the plugin's component tests. */
export const testModel: MaturityModel = defaultMaturityModel;

/**
 * A mixed, realistic assessment: People & Process strong, Monitoring weak
 * (Level 2, score 2.125).
 */
export const mixedAnswers = answersByDimension({
  'people-process': [3, 3, 2],
  'model-development': [2, 3, 2, 2],
  'deployment-serving': [2, 2, 3, 2],
  'monitoring-operations': [1, 0, 1, 2],
});

export const mlServiceEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'fraud-model', namespace: 'default', title: 'Fraud model' },
  spec: { type: 'ml-model', owner: 'team-fraud', lifecycle: 'production' },
};

export const ENTITY_REF = 'component:default/fraud-model';

/** A revision whose result is computed from its answers, as the backend does. */
export function revision(
  number: number,
  answers: AssessmentAnswers,
  overrides: Partial<AssessmentRevision> = {},
  model: MaturityModel = testModel,
): AssessmentRevision {
  return {
    entityRef: ENTITY_REF,
    revision: number,
    modelId: model.id,
    modelVersion: model.version,
    answers,
    result: computeScore(model, answers),
    author: 'user:default/ada',
    createdAt: '2024-05-01T10:00:00Z',
    ...overrides,
  };
}

/** The current assessment built from a revision. */
export function currentAssessment(
  number: number,
  answers: AssessmentAnswers,
  overrides: Partial<CurrentAssessment> = {},
): CurrentAssessment {
  return {
    ...revision(number, answers),
    stale: false,
    staleAfterDays: 90,
    ...overrides,
  };
}

/** The history entry of a revision. */
export function historyEntry(rev: AssessmentRevision): AssessmentHistoryEntry {
  return {
    revision: rev.revision,
    modelId: rev.modelId,
    modelVersion: rev.modelVersion,
    score: rev.result.score!,
    level: rev.result.level!,
    gatedLevel: rev.result.gatedLevel!,
    weakestDimensionId: rev.result.weakestDimensionId,
    author: rev.author,
    createdAt: rev.createdAt,
  };
}
