import { Entity } from '@backstage/catalog-model';

/**
 * The catalog of the module's tests: an entity per default rule, one for
 * each app-config condition and its near miss, entities with nothing, and
 * the Resources they depend on; with the config and what must fire where.
 */
export const APP = 'https://backstage.acme.com';

const component = (
  name: string,
  metadata: Partial<Entity['metadata']> = {},
  spec: Record<string, unknown> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, ...metadata },
  spec: {
    type: 'ml-service',
    owner: 'team-a',
    lifecycle: 'production',
    ...spec,
  },
});
const annotated = (name: string, annotations: Record<string, string>) =>
  component(name, { annotations });
const resource = (name: string, type: string, title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, ...(title && { title }) },
  spec: { type, owner: 'team-a' },
});

export const ENTITIES: Entity[] = [
  annotated('gh-service', { 'github.com/project-slug': 'acme/ranker' }),
  annotated('gitlab-service', {
    'gitlab.com/project-slug': 'ml/churn',
    'gitlab.com/instance': 'gitlab.acme.com',
  }),
  annotated('gitlab-dot-com', { 'gitlab.com/project-slug': 'ml/open' }),
  annotated('jenkins-service', { 'jenkins.io/job-full-name': 'ml/build' }),
  annotated('jenkins-folder', { 'jenkins.io/github-folder': 'acme/ml' }),
  annotated('argocd-service', { 'argocd/app-name': 'ranker-prod' }),
  annotated('k8s-service', { 'backstage.io/kubernetes-id': 'ranker' }),
  annotated('pagerduty-service', { 'pagerduty.com/service-id': 'PABC123' }),
  annotated('pagerduty-key', { 'pagerduty.com/integration-key': 'k3y' }),
  annotated('opsgenie-service', {
    'opsgenie.com/component-selector': 'tag:ranker',
  }),
  annotated('grafana-service', {
    'grafana/dashboard-selector': "tags @> 'ranker'",
    'grafana/alert-label-selector': 'service=ranker',
  }),
  annotated('docs-service', { 'backstage.io/techdocs-ref': 'dir:.' }),
  annotated('mlflow-service', {
    'mlops.maturity/mlflow-experiment':
      'https://mlflow.acme.com/#/experiments/42',
  }),
  annotated('registry-service', {
    'mlops.maturity/registered-model': 'fraud-model',
  }),
  annotated('features-service', {
    'mlops.maturity/feature-store-project': 'https://feast.acme.com/p/fraud',
  }),
  annotated('pipeline-service', {
    'mlops.maturity/training-pipeline': 'https://kfp.acme.com/pipelines/7',
    'mlops.maturity/training-schedule': '0 3 * * *',
  }),
  annotated('monitor-service', {
    'mlops.maturity/model-monitor': 'https://app.evidently.ai/projects/9',
  }),
  component(
    'resources-service',
    {},
    {
      dependsOn: [
        'resource:default/mlflow-registry',
        'resource:default/feast',
        'resource:default/kubeflow',
        'resource:default/evidently',
        'resource:default/orders-db',
      ],
    },
  ),
  component('db-service', {}, { dependsOn: ['resource:default/orders-db'] }),
  component('bare-service'),
  // The app-config rules of each condition type, and their near misses.
  component(
    'custom-service',
    {
      annotations: { 'acme.com/tier': 'GOLD' },
      labels: { canary: 'true', rollout: 'shadow' },
      tags: ['ab-tested'],
      links: [
        { url: 'https://runbooks.acme.com/ranker', title: 'Runbook' },
        {
          url: 'https://grafana.acme.com/d/ranker',
          title: 'Live metrics',
          type: 'dashboard',
        },
      ],
    },
    { dependsOn: ['resource:default/cloud-costs'] },
  ),
  component(
    'custom-near-miss',
    {
      annotations: { 'acme.com/tier': 'silver' },
      labels: { rollout: 'canary' },
      tags: ['ab-testing-soon'],
      links: [
        { url: 'https://runbooks.acme.com/x', title: 'Runbooks index' },
        { url: 'https://acme.com', title: 'Home', type: 'website' },
      ],
    },
    { dependsOn: ['resource:default/orders-db'] },
  ),
  // Not asked about in the batch below: its evidence is not returned.
  component(
    'web-shop',
    { annotations: { 'github.com/project-slug': 'acme/shop' } },
    { type: 'website' },
  ),
  resource('mlflow-registry', 'model-registry', 'MLflow Model Registry'),
  resource('feast', 'feature-store'),
  resource('kubeflow', 'ml-pipeline'),
  resource('evidently', 'model-monitor'),
  resource('orders-db', 'database'),
  resource('cloud-costs', 'cost-report'),
];

export const CONFIG = {
  app: { baseUrl: APP },
  mlopsMaturity: {
    evidence: {
      rules: [
        {
          id: 'gold-tier',
          when: { annotation: 'acme.com/tier', equals: 'gold' },
          questionId: 'deployment-frequency',
          level: 3,
          title: 'Gold tier: deploys daily',
        },
        {
          id: 'canary-label',
          when: { label: 'canary' },
          questionId: 'testing',
          level: 3,
          title: 'Canary releases',
        },
        {
          id: 'shadow-label',
          when: { label: 'rollout', equals: 'shadow' },
          questionId: 'ab-testing',
          level: 2,
          title: 'Shadow deployments',
          url: 'https://rollouts.acme.com/{{value}}',
        },
        {
          id: 'ab-tag',
          when: { tag: 'ab-tested' },
          questionId: 'ab-testing',
          level: 3,
          title: 'A/B tested',
        },
        {
          id: 'runbook-link',
          when: { linkTitle: 'runbook' },
          questionId: 'incident-response',
          level: 2,
          title: 'Runbook',
        },
        {
          id: 'dashboard-link',
          when: { linkType: 'Dashboard' },
          questionId: 'model-monitoring',
          level: 1,
          title: 'Metrics dashboard',
        },
        {
          id: 'cost-report',
          when: { dependsOnResourceType: 'cost-report' },
          questionId: 'cost-visibility',
          level: 2,
          title: 'Cost report per project',
        },
        {
          id: 'docs-team',
          when: { techdocs: true },
          questionId: 'team-collaboration',
          level: 1,
          title: 'Shared docs',
          url: 'https://wiki.acme.com/{{annotation:acme.com/wiki-page|ml}}',
        },
        // Changes a default: only its link, to a GitHub Enterprise host.
        { id: 'github-repository', url: 'https://ghe.acme.com/{{value}}' },
        // Switches a default off.
        { id: 'kubernetes-deployment', enabled: false },
      ],
    },
  },
};

export const page = (kind: string, name: string, section = 'catalog') =>
  `${APP}/${section}/default/${kind}/${name}`;

/** Which rules fire on which entity, with the question, level and link they give. */
export const EXPECTED: Record<
  string,
  Array<[string, string, number, string?]>
> = {
  'gh-service': [
    [
      'github-repository',
      'reproducibility',
      1,
      'https://ghe.acme.com/acme/ranker',
    ],
    ['github-actions', 'testing', 1, 'https://github.com/acme/ranker/actions'],
  ],
  'gitlab-service': [
    [
      'gitlab-repository',
      'reproducibility',
      1,
      'https://gitlab.acme.com/ml/churn',
    ],
    ['gitlab-ci', 'testing', 1, 'https://gitlab.acme.com/ml/churn/-/pipelines'],
  ],
  'gitlab-dot-com': [
    ['gitlab-repository', 'reproducibility', 1, 'https://gitlab.com/ml/open'],
    ['gitlab-ci', 'testing', 1, 'https://gitlab.com/ml/open/-/pipelines'],
  ],
  'jenkins-service': [
    ['jenkins-job', 'testing', 1, page('component', 'jenkins-service')],
  ],
  'jenkins-folder': [
    [
      'jenkins-github-folder',
      'testing',
      1,
      page('component', 'jenkins-folder'),
    ],
  ],
  'argocd-service': [
    [
      'argocd-deployment',
      'deployment-process',
      1,
      page('component', 'argocd-service'),
    ],
    ['argocd-rollback', 'rollback', 1, page('component', 'argocd-service')],
  ],
  // kubernetes-deployment is switched off in the config.
  'k8s-service': [],
  'pagerduty-service': [
    [
      'pagerduty-service',
      'incident-response',
      3,
      page('component', 'pagerduty-service'),
    ],
  ],
  'pagerduty-key': [
    [
      'pagerduty-integration',
      'incident-response',
      3,
      page('component', 'pagerduty-key'),
    ],
  ],
  'opsgenie-service': [
    [
      'opsgenie-alerts',
      'incident-response',
      3,
      page('component', 'opsgenie-service'),
    ],
  ],
  'grafana-service': [
    [
      'grafana-dashboards-response',
      'incident-response',
      2,
      page('component', 'grafana-service'),
    ],
    [
      'grafana-dashboards-detection',
      'alerting',
      2,
      page('component', 'grafana-service'),
    ],
    [
      'grafana-dashboards-metrics',
      'model-monitoring',
      1,
      page('component', 'grafana-service'),
    ],
    ['grafana-alerts', 'alerting', 3, page('component', 'grafana-service')],
  ],
  'docs-service': [
    [
      'techdocs',
      'team-collaboration',
      1,
      page('component', 'docs-service', 'docs'),
    ],
    ['docs-team', 'team-collaboration', 1, 'https://wiki.acme.com/ml'],
  ],
  'mlflow-service': [
    [
      'mlflow-experiment',
      'experiment-tracking',
      2,
      'https://mlflow.acme.com/#/experiments/42',
    ],
  ],
  // Not a URL: the link is the entity's page.
  'registry-service': [
    ['registered-model', 'rollback', 2, page('component', 'registry-service')],
  ],
  'features-service': [
    [
      'feature-store-project',
      'data-management',
      2,
      'https://feast.acme.com/p/fraud',
    ],
  ],
  'pipeline-service': [
    [
      'training-pipeline',
      'training-automation',
      1,
      'https://kfp.acme.com/pipelines/7',
    ],
    [
      'training-schedule',
      'training-automation',
      2,
      page('component', 'pipeline-service'),
    ],
    [
      'training-schedule-retraining',
      'retraining',
      2,
      page('component', 'pipeline-service'),
    ],
  ],
  'monitor-service': [
    [
      'model-monitor',
      'model-monitoring',
      2,
      'https://app.evidently.ai/projects/9',
    ],
  ],
  'resources-service': [
    [
      'model-registry-resource',
      'rollback',
      2,
      page('resource', 'mlflow-registry'),
    ],
    ['feature-store-resource', 'data-management', 2, page('resource', 'feast')],
    [
      'ml-pipeline-resource',
      'training-automation',
      1,
      page('resource', 'kubeflow'),
    ],
    [
      'model-monitor-resource',
      'model-monitoring',
      2,
      page('resource', 'evidently'),
    ],
  ],
  'db-service': [],
  'bare-service': [],
  'custom-service': [
    [
      'gold-tier',
      'deployment-frequency',
      3,
      page('component', 'custom-service'),
    ],
    ['canary-label', 'testing', 3, page('component', 'custom-service')],
    ['shadow-label', 'ab-testing', 2, 'https://rollouts.acme.com/shadow'],
    ['ab-tag', 'ab-testing', 3, page('component', 'custom-service')],
    [
      'runbook-link',
      'incident-response',
      2,
      'https://runbooks.acme.com/ranker',
    ],
    [
      'dashboard-link',
      'model-monitoring',
      1,
      'https://grafana.acme.com/d/ranker',
    ],
    ['cost-report', 'cost-visibility', 2, page('resource', 'cloud-costs')],
  ],
  'custom-near-miss': [],
};
