import { MaturityLevel } from './types';

// Source: MLOps maturity reference, sections 1-5 and the level overview table.
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
  },
];
