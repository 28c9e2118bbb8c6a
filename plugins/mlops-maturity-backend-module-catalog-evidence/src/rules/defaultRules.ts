import { CatalogEvidenceRuleConfig } from './types';

const GITLAB_HOST = '{{annotation:gitlab.com/instance|gitlab.com}}';

/**
 * The shipped rules (`mlopsMaturity.evidence.defaults: true`). Each claims
 * only the level its evidence demonstrates; the README's table says why for
 * each. The `mlops.maturity/*` annotations are this plugin's own, for ML
 * tooling that has no standard annotation; each holds the thing's URL (or
 * an id, then the link is the entity's page).
 */
export const DEFAULT_RULES: CatalogEvidenceRuleConfig[] = [
  // Source control
  {
    id: 'github-repository',
    when: { annotation: 'github.com/project-slug' },
    questionId: 'reproducibility',
    level: 1,
    title: 'Code in a GitHub repository',
    url: 'https://github.com/{{value}}',
  },
  {
    id: 'gitlab-repository',
    when: { annotation: 'gitlab.com/project-slug' },
    questionId: 'reproducibility',
    level: 1,
    title: 'Code in a GitLab repository',
    url: `https://${GITLAB_HOST}/{{value}}`,
  },
  // CI
  {
    id: 'github-actions',
    when: { annotation: 'github.com/project-slug' },
    questionId: 'testing',
    level: 1,
    title: 'CI on GitHub Actions',
    url: 'https://github.com/{{value}}/actions',
  },
  {
    id: 'gitlab-ci',
    when: { annotation: 'gitlab.com/project-slug' },
    questionId: 'testing',
    level: 1,
    title: 'CI on GitLab pipelines',
    url: `https://${GITLAB_HOST}/{{value}}/-/pipelines`,
  },
  {
    id: 'jenkins-job',
    when: { annotation: 'jenkins.io/job-full-name' },
    questionId: 'testing',
    level: 1,
    title: 'CI job in Jenkins',
  },
  {
    id: 'jenkins-github-folder',
    when: { annotation: 'jenkins.io/github-folder' },
    questionId: 'testing',
    level: 1,
    title: 'CI jobs in Jenkins',
  },
  // Deployment
  {
    id: 'argocd-deployment',
    when: { annotation: 'argocd/app-name' },
    questionId: 'deployment-process',
    level: 1,
    title: 'Deployed by Argo CD',
  },
  {
    id: 'argocd-rollback',
    when: { annotation: 'argocd/app-name' },
    questionId: 'rollback',
    level: 1,
    title: 'Rollback by a config change in Argo CD',
  },
  {
    id: 'kubernetes-deployment',
    when: { annotation: 'backstage.io/kubernetes-id' },
    questionId: 'deployment-process',
    level: 1,
    title: 'Runs on Kubernetes',
  },
  // On-call and alerting
  {
    id: 'pagerduty-service',
    when: { annotation: 'pagerduty.com/service-id' },
    questionId: 'incident-response',
    level: 3,
    title: 'On-call alerts through PagerDuty',
  },
  {
    id: 'pagerduty-integration',
    when: { annotation: 'pagerduty.com/integration-key' },
    questionId: 'incident-response',
    level: 3,
    title: 'On-call alerts through PagerDuty',
  },
  {
    id: 'opsgenie-alerts',
    when: { annotation: 'opsgenie.com/component-selector' },
    questionId: 'incident-response',
    level: 3,
    title: 'On-call alerts through Opsgenie',
  },
  // Dashboards and alerts
  {
    id: 'grafana-dashboards-response',
    when: { annotation: 'grafana/dashboard-selector' },
    questionId: 'incident-response',
    level: 2,
    title: 'Monitoring dashboards in Grafana',
  },
  {
    id: 'grafana-dashboards-detection',
    when: { annotation: 'grafana/dashboard-selector' },
    questionId: 'alerting',
    level: 2,
    title: 'Dashboards in Grafana to check',
  },
  {
    id: 'grafana-dashboards-metrics',
    when: { annotation: 'grafana/dashboard-selector' },
    questionId: 'model-monitoring',
    level: 1,
    title: 'Metrics on Grafana dashboards',
  },
  {
    id: 'grafana-alerts',
    when: { annotation: 'grafana/alert-label-selector' },
    questionId: 'alerting',
    level: 3,
    title: 'Threshold alerts in Grafana',
  },
  // Docs
  {
    id: 'techdocs',
    when: { techdocs: true },
    questionId: 'team-collaboration',
    level: 1,
    title: 'Documentation in TechDocs',
  },
  // ML tooling: this plugin's own annotations
  {
    id: 'mlflow-experiment',
    when: { annotation: 'mlops.maturity/mlflow-experiment' },
    questionId: 'experiment-tracking',
    level: 2,
    title: 'Experiments tracked in MLflow',
    url: '{{value}}',
  },
  {
    id: 'registered-model',
    when: { annotation: 'mlops.maturity/registered-model' },
    questionId: 'rollback',
    level: 2,
    title: 'Model versions in a model registry',
    url: '{{value}}',
  },
  {
    id: 'feature-store-project',
    when: { annotation: 'mlops.maturity/feature-store-project' },
    questionId: 'data-management',
    level: 2,
    title: 'Features in a feature store',
    url: '{{value}}',
  },
  {
    id: 'training-pipeline',
    when: { annotation: 'mlops.maturity/training-pipeline' },
    questionId: 'training-automation',
    level: 1,
    title: 'Training runs as a pipeline',
    url: '{{value}}',
  },
  {
    id: 'training-schedule',
    when: { annotation: 'mlops.maturity/training-schedule' },
    questionId: 'training-automation',
    level: 2,
    title: 'Training pipeline on a schedule',
  },
  {
    id: 'training-schedule-retraining',
    when: { annotation: 'mlops.maturity/training-schedule' },
    questionId: 'retraining',
    level: 2,
    title: 'Retrained on a schedule',
  },
  {
    id: 'model-monitor',
    when: { annotation: 'mlops.maturity/model-monitor' },
    questionId: 'model-monitoring',
    level: 2,
    title: 'Predictions watched by a model monitor',
    url: '{{value}}',
  },
  // ML tooling: Resources the service depends on
  {
    id: 'model-registry-resource',
    when: { dependsOnResourceType: 'model-registry' },
    questionId: 'rollback',
    level: 2,
    title: 'Uses a model registry',
  },
  {
    id: 'feature-store-resource',
    when: { dependsOnResourceType: 'feature-store' },
    questionId: 'data-management',
    level: 2,
    title: 'Uses a feature store',
  },
  {
    id: 'ml-pipeline-resource',
    when: { dependsOnResourceType: 'ml-pipeline' },
    questionId: 'training-automation',
    level: 1,
    title: 'Trains on an ML pipeline platform',
  },
  {
    id: 'model-monitor-resource',
    when: { dependsOnResourceType: 'model-monitor' },
    questionId: 'model-monitoring',
    level: 2,
    title: 'Predictions watched by a model monitor',
  },
];
