import { MaturityLevel, MaturityLevelImprovement } from './types';

/** [aspect, previous level, this level] as in the source's tables. */
type ImprovementRow = [string, string, string];

const improvements = (list: ImprovementRow[]): MaturityLevelImprovement[] =>
  list.map(([aspect, previousLevel, thisLevel]) => ({
    aspect,
    previousLevel,
    thisLevel,
  }));

// Source: MLOps maturity reference, sections 1-5 and the level overview table.
// Pain points, remaining pain points and improvement tables are given where
// the source has them: Level 0's pain point table, Levels 1-2's remaining
// pain points, Levels 1-4's "improvements over" tables.
export const defaultLevels: MaturityLevel[] = [
  {
    level: 0,
    name: 'Manual',
    summary:
      'The "black box" stage: models are developed in silos, handed over manually, and hard to reproduce or maintain.',
    characteristics: {
      keyCharacteristic: 'Ad-hoc scripts, no versioning',
      automation: '0%',
      deployTime: '2-6 weeks',
      teamSize: '1-2 data scientists, 2-3 engineers, no ML platform team',
      stack: [
        'Jupyter notebooks (not version controlled)',
        'Local CSV files or manual database queries',
        'Pickle files for model storage',
        'No experiment tracking',
        'No centralized logging',
        'Manual testing, if any',
      ],
    },
    painPoints: [
      {
        problem: 'No reproducibility',
        impact: "Can't recreate model results",
        example: '"It worked on my laptop"',
      },
      {
        problem: 'No monitoring',
        impact: 'Models fail silently',
        example: 'Accuracy drops from 85% → 45% unnoticed',
      },
      {
        problem: 'Manual everything',
        impact: 'Weeks to deploy simple changes',
        example: '"We need to retrain but Jane is on vacation"',
      },
      {
        problem: 'No traceability',
        impact: "Can't explain predictions",
        example: '"Which training data produced this model?"',
      },
      {
        problem: 'Knowledge silos',
        impact: 'Key person risk',
        example: 'Only one person knows how model works',
      },
    ],
  },
  {
    level: 1,
    name: 'DevOps but no MLOps',
    summary:
      'Application code has CI/CD and data pipelines are automated, but models are still trained and deployed by hand.',
    characteristics: {
      keyCharacteristic: 'Automated builds, manual training',
      automation: '20%',
      deployTime: '1-2 weeks',
      teamSize: '3-5 data scientists, 5-10 engineers, 1-2 data engineers',
      stack: [
        'Git for all code',
        'Airflow or Prefect for data pipelines',
        'Docker for application packaging',
        'Jenkins or GitHub Actions (application only)',
        'S3 or GCS for data storage',
        'No experiment tracking, no model registry',
      ],
    },
    improvementsOverPrevious: improvements([
      ['Data extraction', 'Manual downloads', 'Automated pipelines'],
      ['Code versioning', 'None or inconsistent', 'Git for all code'],
      ['Application deployment', 'Manual', 'Automated CI/CD'],
      ['Application testing', 'Manual or none', 'Automated unit tests'],
      ['Model training', 'Manual', 'Still manual'],
      [
        'Model deployment',
        'Manual coordination',
        'Still manual (via engineering)',
      ],
    ]),
    remainingPainPoints: [
      'Model training not reproducible (environment differences)',
      'No centralized tracking of model performance',
      'Manual model deployment (data scientist → engineer handoff)',
      'No monitoring of model-specific metrics (drift, accuracy)',
      'Training environment not version controlled',
      'Experiment results tracked in spreadsheets or notebooks',
    ],
  },
  {
    level: 2,
    name: 'Automated Training',
    summary:
      'Training pipelines are automated and reproducible, with centralized experiment tracking and a model registry; deployment is still manual.',
    characteristics: {
      keyCharacteristic: 'Reproducible pipelines, manual deployment',
      automation: '50%',
      deployTime: '2-5 days',
      teamSize: '5-10 data scientists, 10-15 engineers, 2-3 MLOps engineers',
      stack: [
        'Experiment tracking: MLflow, W&B, Vertex AI Experiments',
        'Model registry: MLflow Registry, Vertex AI Model Registry',
        'Training orchestration: Vertex AI Pipelines, SageMaker Pipelines, Kubeflow',
        'Data versioning: DVC, Delta Lake, Feast',
        'Managed compute: Vertex AI, SageMaker, Databricks',
        'CI/CD for training code',
      ],
    },
    improvementsOverPrevious: improvements([
      [
        'Training reproducibility',
        'Environment-dependent',
        'Fully reproducible',
      ],
      ['Experiment tracking', 'Spreadsheets', 'Centralized (MLflow/W&B)'],
      ['Compute management', 'Local laptops', 'Managed cloud resources'],
      [
        'Model versioning',
        'Informal (Git tags)',
        'Model registry with metadata',
      ],
      ['Data versioning', 'None', 'Tracked (DVC, feature store)'],
      ['Training automation', 'Manual runs', 'Scheduled pipelines'],
    ]),
    remainingPainPoints: [
      'Model deployment still manual (handoff to engineering)',
      'No automated model evaluation in production',
      'No A/B testing framework',
      'Manual approval process for model promotion',
      'Training-serving skew still possible (different preprocessing)',
    ],
  },
  {
    level: 3,
    name: 'Automated Model Deployment',
    summary:
      'Continuous deployment for models: automated testing, staging, shadow and canary releases, A/B tests and automatic rollback.',
    characteristics: {
      keyCharacteristic: 'CI/CD for models, A/B testing',
      automation: '80%',
      deployTime: 'Hours to 1 day',
      teamSize: '10-20 data scientists, 15-25 engineers, 3-5 MLOps engineers',
      stack: [
        'CI/CD: GitHub Actions, GitLab CI, Jenkins with ML extensions',
        'Serving: Vertex AI Endpoints, SageMaker Endpoints, KServe',
        'A/B testing: Optimizely, Split.io, custom traffic splitting',
        'Model validation: Great Expectations, Evidently AI',
        'Feature store: Feast, Tecton, Vertex AI Feature Store',
        'Monitoring: Prometheus, Grafana, CloudWatch',
      ],
    },
    improvementsOverPrevious: improvements([
      ['Deployment', 'Manual', 'Automated CI/CD'],
      ['Testing', 'Manual evaluation', 'Automated staging + shadow + canary'],
      ['Rollout', 'All-at-once', 'Progressive (10% → 50% → 100%)'],
      ['A/B testing', 'Manual comparison', 'Automated with statistical tests'],
      ['Rollback', 'Manual revert', 'Automated on metric degradation'],
      ['Training-serving skew', 'Possible', 'Prevented (shared feature store)'],
    ]),
  },
  {
    level: 4,
    name: 'Full MLOps',
    summary:
      'A zero-touch production ML system: drift-triggered retraining, full observability and self-healing.',
    characteristics: {
      keyCharacteristic: 'Auto-retraining, drift detection',
      automation: '95%',
      deployTime: 'Minutes to hours',
      teamSize: '20+ data scientists, 30+ engineers, 5-10 MLOps/SRE engineers',
      stack: [
        'Drift detection: Evidently AI, NannyML, Alibi Detect',
        'Auto-retraining: pipelines triggered by events',
        'Observability: OpenTelemetry, Datadog ML Monitoring, Arize AI',
        'Feature store: Tecton, Feast (batch + streaming)',
        'Model governance: Fiddler, Arthur AI',
        'Incident response: PagerDuty, Opsgenie with ML runbooks',
        'Cost optimization: spot instances, auto-scaling, multi-model endpoints',
      ],
    },
    improvementsOverPrevious: improvements([
      [
        'Retraining',
        'Scheduled (weekly/monthly)',
        'Triggered by drift/performance',
      ],
      ['Monitoring', 'Metrics dashboards', 'Real-time with auto-response'],
      ['Incident response', 'Human-driven', 'Automated self-healing'],
      [
        'Deployment',
        'Automated but scheduled',
        'Continuous (multiple times/day)',
      ],
      ['Cost optimization', 'Manual tuning', 'Automated (spot, auto-scaling)'],
      ['Observability', 'Basic metrics', 'Full tracing + lineage'],
    ]),
  },
];
