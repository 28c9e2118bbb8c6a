import { RoadmapInitiative, RoadmapTransition } from './types';

const PEOPLE = 'people-process';
const DEV = 'model-development';
const DEPLOY = 'deployment-serving';
const OPS = 'monitoring-operations';

/**
 * [name, tools, success criteria] as in the source's tables, then the
 * dimension (our tag) and, where the tag is not obvious, why (our note).
 */
type Row = [string, string, string, string, string?];

const rows = (list: Row[]): RoadmapInitiative[] =>
  list.map(([name, tools, successCriteria, dimensionId, dimensionNote]) => ({
    name,
    tools,
    successCriteria,
    dimensionId,
    ...(dimensionNote ? { dimensionNote } : {}),
  }));

/** [week range, what to do] as in the source's accelerated path, then our tag and note. */
type WeekRow = [string, string, string, string?];

const weeks = (list: WeekRow[]): RoadmapInitiative[] =>
  list.map(([timeframe, name, dimensionId, dimensionNote]) => ({
    name,
    timeframe,
    dimensionId,
    ...(dimensionNote ? { dimensionNote } : {}),
  }));

// Source: MLOps maturity reference, section 7 (improvement roadmap templates),
// in its words; referenceText.test.ts holds every text here to a copy of it.
// The dimension tags and their notes are ours: the source does not say which
// dimension an initiative improves.
export const defaultRoadmaps: RoadmapTransition[] = [
  {
    from: 0,
    to: 1,
    goal: 'Establish basic DevOps practices and automated data pipelines',
    duration: '3-6 months',
    investment: '$50K-$100K (tools, training, cloud resources)',
    team: '2-3 engineers dedicated part-time',
    phases: [
      {
        name: 'Foundation',
        timeframe: 'Month 1-2',
        initiatives: rows([
          [
            'Version control for all code',
            'Git, GitHub/GitLab',
            '100% of code in repos',
            DEV,
          ],
          [
            'Automated data pipelines',
            'Airflow, Prefect',
            'Daily data extraction',
            DEV,
          ],
          [
            'Basic CI/CD for application',
            'GitHub Actions, Jenkins',
            'Automated tests + deployment',
            DEPLOY,
          ],
          [
            'Team training',
            'MLOps courses, workshops',
            'All team members trained',
            PEOPLE,
          ],
        ]),
      },
      {
        name: 'Standardization',
        timeframe: 'Month 3-4',
        initiatives: rows([
          [
            'Containerize applications',
            'Docker, Kubernetes',
            'All services in containers',
            DEPLOY,
          ],
          [
            'Basic monitoring',
            'Prometheus, Grafana',
            'Application metrics tracked',
            OPS,
          ],
          [
            'Automated testing',
            'Pytest, unittest',
            '80%+ code coverage',
            DEPLOY,
          ],
          [
            'Code review process',
            'Pull requests, linters',
            'All changes reviewed',
            PEOPLE,
          ],
        ]),
      },
      {
        name: 'Optimization',
        timeframe: 'Month 5-6',
        initiatives: rows([
          [
            'Managed compute for training',
            'Cloud VMs, notebooks',
            'No local training',
            DEV,
          ],
          [
            'Data quality checks',
            'Great Expectations',
            'Automated validation',
            DEV,
          ],
          [
            'Documentation',
            'Confluence, Notion',
            'All projects documented',
            PEOPLE,
          ],
        ]),
      },
    ],
  },
  {
    from: 1,
    to: 2,
    goal: 'Automated, reproducible training with centralized tracking',
    duration: '6-9 months',
    investment: '$150K-$300K (platform licenses, cloud costs, consulting)',
    team: '1-2 MLOps engineers hired, 3-4 data scientists',
    phases: [
      {
        name: 'Experiment Tracking',
        timeframe: 'Month 1-3',
        initiatives: rows([
          [
            'Experiment tracking platform',
            'MLflow, W&B',
            'All experiments logged',
            DEV,
          ],
          [
            'Model registry',
            'MLflow Registry, Vertex AI',
            'All models versioned',
            DEPLOY,
          ],
          ['Data versioning', 'DVC, Delta Lake', 'Training data tracked', DEV],
          [
            'Managed training infrastructure',
            'Vertex AI, SageMaker',
            'Reproducible environments',
            DEV,
          ],
        ]),
      },
      {
        name: 'Training Automation',
        timeframe: 'Month 4-6',
        initiatives: rows([
          [
            'Training pipelines',
            'Vertex AI Pipelines, Kubeflow',
            'Scheduled retraining',
            DEV,
            'Training Automation (Model Development) at Level 2 is "Scheduled pipelines"; it also moves Retraining (Monitoring & Operations), whose Level 2 is "Scheduled (weekly/monthly)".',
          ],
          ['Feature store', 'Feast, Tecton', 'Centralized features', DEV],
          [
            'Pipeline orchestration',
            'Airflow with ML operators',
            'End-to-end automation',
            DEV,
            'Training Automation (Model Development); it also moves Deployment Process (People & Process), whose Level 2 is "Automated training, manual deploy".',
          ],
          ['Cost tracking', 'Cloud billing alerts', 'Budget monitoring', OPS],
        ]),
      },
      {
        name: 'Process Improvement',
        timeframe: 'Month 7-9',
        initiatives: rows([
          [
            'Model evaluation framework',
            'Custom validators',
            'Automated validation',
            DEPLOY,
          ],
          [
            'Training optimization',
            'Hyperparameter tuning',
            'Faster experiments',
            DEV,
          ],
          [
            'Team process',
            'Agile for ML, sprint planning',
            'Regular cadence',
            PEOPLE,
          ],
        ]),
      },
    ],
  },
  {
    from: 2,
    to: 3,
    goal: 'Continuous deployment with automated testing and A/B testing',
    duration: '9-12 months',
    investment:
      '$300K-$500K (infrastructure, advanced tooling, team expansion)',
    team: '3-5 MLOps engineers, 5-10 data scientists, SRE involvement',
    notes: [
      'The reference contradicts itself here: its worked example (Organization X, Level 2) lists "Implement monitoring and alerting" before "Add A/B testing framework", while these phases put A/B testing (Testing & Validation) before monitoring and alerting (Observability). The plan follows the phases.',
    ],
    phases: [
      {
        name: 'Deployment Automation',
        timeframe: 'Month 1-4',
        initiatives: rows([
          [
            'Model serving infrastructure',
            'Vertex AI Endpoints, KServe',
            'Managed endpoints',
            DEPLOY,
          ],
          [
            'CI/CD for models',
            'GitHub Actions ML workflows',
            'Automated deployment',
            PEOPLE,
            'The questionnaire puts "Fully automated CI/CD" (Level 3 of Deployment Process) under People & Process; it also moves Deployment Frequency and Testing (Model Deployment & Serving).',
          ],
          [
            'Staging environment',
            'Separate staging endpoints',
            'Test before production',
            DEPLOY,
          ],
          [
            'Traffic splitting',
            'Feature flags, load balancers',
            'Canary deployments',
            DEPLOY,
          ],
        ]),
      },
      {
        name: 'Testing & Validation',
        timeframe: 'Month 5-8',
        initiatives: rows([
          [
            'Integration testing',
            'Pytest, custom tests',
            'Automated model tests',
            DEPLOY,
          ],
          [
            'Shadow deployment',
            'Custom routing logic',
            'Safe production testing',
            DEPLOY,
          ],
          [
            'A/B testing framework',
            'Optimizely, custom',
            'Statistical comparisons',
            DEPLOY,
          ],
          [
            'Progressive rollout',
            'Automated traffic management',
            'Gradual deployments',
            DEPLOY,
          ],
        ]),
      },
      {
        name: 'Observability',
        timeframe: 'Month 9-12',
        initiatives: rows([
          ['Model monitoring', 'Evidently AI, Arize', 'Drift detection', OPS],
          [
            'Performance dashboards',
            'Grafana, Looker',
            'Real-time metrics',
            OPS,
          ],
          ['Alerting', 'PagerDuty, Slack', 'Automated alerts', OPS],
          [
            'Incident response',
            'Runbooks, postmortems',
            '< 1 hour MTTR',
            PEOPLE,
          ],
        ]),
      },
    ],
  },
  {
    from: 3,
    to: 4,
    goal: 'Fully automated ML operations with self-healing capabilities',
    duration: '12-18 months',
    investment: '$500K-$1M+ (advanced platform, team growth, R&D)',
    team: '5-10 MLOps/SRE engineers, 15+ data scientists, dedicated platform team',
    phases: [
      {
        name: 'Automated Retraining',
        timeframe: 'Month 1-6',
        initiatives: rows([
          [
            'Drift detection',
            'Evidently AI, custom',
            'Real-time monitoring',
            OPS,
          ],
          [
            'Auto-retraining triggers',
            'Cloud Functions, EventBridge',
            'Drift-based training',
            DEV,
          ],
          [
            'Smart data selection',
            'Feature store analytics',
            'Optimal training data',
            DEV,
          ],
          [
            'Hyperparameter auto-tuning',
            'Optuna, Vertex AI Vizier',
            'Automated optimization',
            DEV,
          ],
        ]),
      },
      {
        name: 'Self-Healing',
        timeframe: 'Month 7-12',
        initiatives: rows([
          [
            'Automated rollback',
            'Metric-based triggers',
            '< 5 min recovery',
            DEPLOY,
          ],
          ['Auto-scaling', 'Kubernetes HPA, custom', 'Dynamic capacity', OPS],
          [
            'Anomaly detection',
            'Time series ML models',
            'Predictive alerts',
            OPS,
          ],
          [
            'Circuit breakers',
            'Resilience4j, Hystrix',
            'Graceful degradation',
            PEOPLE,
            'Incident Response (People & Process) at Level 4 is "Self-healing with automated recovery"; it also moves Alerting (Monitoring & Operations), whose Level 4 is "Predictive alerts + auto-recovery".',
          ],
        ]),
      },
      {
        name: 'Advanced Operations',
        timeframe: 'Month 13-18',
        initiatives: rows([
          [
            'Multi-model optimization',
            'Model ensembles, caching',
            'Optimized serving',
            DEPLOY,
          ],
          [
            'Cost optimization',
            'Spot instances, auto-shutdown',
            '30%+ cost reduction',
            OPS,
          ],
          [
            'Governance & compliance',
            'Audit logs, explainability',
            'Regulatory compliance',
            PEOPLE,
          ],
          [
            'Advanced observability',
            'OpenTelemetry, distributed tracing',
            'Full lineage',
            OPS,
          ],
        ]),
      },
    ],
  },
  // Roadmap 5. The source gives week ranges but no tools or success
  // criteria; each block of weeks is tagged (our tag) with the dimension
  // whose questions it mostly moves (e.g. incident response is a People &
  // Process question).
  {
    from: 0,
    to: 3,
    name: 'Accelerated Path',
    goal: 'For organizations with resources and urgency',
    duration: '12 months',
    investment: '$600K-$1M (aggressive timeline requires more resources)',
    team: '5-7 MLOps engineers (some consultants), 8-12 data scientists',
    phases: [
      {
        name: 'Foundation + Training Automation',
        timeframe: 'Quarter 1',
        initiatives: weeks([
          [
            'Week 1-4',
            'Git, CI/CD, data pipelines',
            DEV,
            'Git and data pipelines move Reproducibility and Data Management (Model Development); CI/CD also moves Deployment Process (People & Process) and Testing (Model Deployment & Serving).',
          ],
          ['Week 5-8', 'MLflow, model registry, managed compute', DEV],
          ['Week 9-12', 'Training pipelines, feature store', DEV],
        ]),
      },
      {
        name: 'Advanced Training + Deployment Prep',
        timeframe: 'Quarter 2',
        initiatives: weeks([
          ['Week 13-16', 'Scheduled retraining, experiment optimization', DEV],
          [
            'Week 17-20',
            'Model serving infrastructure, staging environment',
            DEPLOY,
          ],
          ['Week 21-24', 'Shadow deployment, testing frameworks', DEPLOY],
        ]),
      },
      {
        name: 'Deployment Automation',
        timeframe: 'Quarter 3',
        initiatives: weeks([
          ['Week 25-28', 'CI/CD for models, canary deployments', DEPLOY],
          ['Week 29-32', 'A/B testing, progressive rollout', DEPLOY],
          ['Week 33-36', 'Monitoring, alerting, dashboards', OPS],
        ]),
      },
      {
        name: 'Optimization & Hardening',
        timeframe: 'Quarter 4',
        initiatives: weeks([
          ['Week 37-40', 'Performance tuning, cost optimization', OPS],
          ['Week 41-44', 'Incident response, runbooks', PEOPLE],
          ['Week 45-48', 'Documentation, training, knowledge transfer', PEOPLE],
        ]),
      },
    ],
  },
];
