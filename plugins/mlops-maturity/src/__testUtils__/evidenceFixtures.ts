import {
  EvidenceSignal,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** An evidence signal as the catalog evidence module returns it. */
export function evidenceSignal(
  questionId: string,
  level: MaturityLevelNumber,
  title: string,
  overrides: Partial<EvidenceSignal> = {},
): EvidenceSignal {
  return {
    questionId,
    level,
    title,
    url: `https://tools.example/${questionId}`,
    source: 'catalog',
    observedAt: '2024-05-01T00:00:00Z',
    ...overrides,
  };
}

/**
 * Signals for `mixedAnswers`: PagerDuty shows more than its incident
 * response (L3 over L2), Grafana alerts more than its alerting (L3 over L0),
 * GitHub Actions and MLflow less than its testing and experiment tracking.
 */
export const mixedSignals: EvidenceSignal[] = [
  evidenceSignal('incident-response', 3, 'On-call alerts through PagerDuty', {
    detail: 'Annotation pagerduty.com/service-id: P123',
  }),
  evidenceSignal('experiment-tracking', 2, 'Experiments tracked in MLflow'),
  evidenceSignal('testing', 1, 'CI on GitHub Actions'),
  evidenceSignal('alerting', 3, 'Threshold alerts in Grafana', {
    url: undefined,
  }),
];
