import { ReviewQueueItem } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** A pending review of a Level 3 claim on the fraud model, with a note and a link. */
export function reviewItem(
  overrides: Partial<ReviewQueueItem> = {},
): ReviewQueueItem {
  return {
    entityRef: 'component:default/fraud-model',
    title: 'Fraud model',
    owner: 'group:default/team-fraud',
    questionId: 'model-registry',
    questionTitle: 'Model registry',
    kind: 'level',
    level: 3,
    requestedRevision: 4,
    requestedAt: '2026-11-30T09:00:00Z',
    requestedBy: 'user:default/ada',
    answer: {
      level: 3,
      note: 'Every model is registered by the pipeline.',
      evidence: [{ title: 'Registry', url: 'https://mlflow.example/models' }],
    },
    previousAnswer: { level: 2 },
    ...overrides,
  };
}

/** A pending exemption: an N/A with its reason, answered with Level 1 before. */
export function exemptionItem(
  overrides: Partial<ReviewQueueItem> = {},
): ReviewQueueItem {
  return reviewItem({
    questionId: 'feature-store',
    questionTitle: 'Feature store',
    kind: 'not-applicable',
    level: null,
    answer: { notApplicable: true, reason: 'No features of its own.' },
    previousAnswer: { level: 1 },
    ...overrides,
  });
}
