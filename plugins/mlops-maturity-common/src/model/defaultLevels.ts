import { MaturityLevel, MaturityLevelImprovement } from './types';

/** [aspect, previous level, this level] as in the source's tables. */
type ImprovementRow = [string, string, string];

const improvements = (list: ImprovementRow[]): MaturityLevelImprovement[] =>
  list.map(([aspect, previousLevel, thisLevel]) => ({
    aspect,
    previousLevel,
    thisLevel,
  }));

const MICROSOFT = {
  source: 'Microsoft MLOps Maturity Model',
  url: 'https://learn.microsoft.com/en-us/azure/architecture/ai-ml/guide/mlops-maturity-model',
};

// Source: MLOps maturity reference, sections 1-5 and the level overview table,
// in its words (markdown emphasis dropped). referenceText.test.ts holds every
// text here to a copy of the reference. `notes` are ours, not the reference's:
// they say where the reference contradicts itself.
export const defaultLevels: MaturityLevel[] = [
  {
    level: 0,
    name: 'Manual',
    summary:
      'The "black box" stage where ML models are developed in silos, manually deployed, and difficult to reproduce or maintain.',
    characteristics: {
      keyCharacteristic: 'Ad-hoc scripts, no versioning',
      automation: '0%',
      deployTime: '2-6 weeks (manual coordination, testing, deployment)',
      teamSize:
        '1-2 data scientists, 2-3 engineers (no dedicated ML platform team)',
      stack: [
        'Jupyter notebooks (not version controlled)',
        'Local CSV files or manual database queries',
        'Pickle files for model storage',
        'No experiment tracking',
        'No centralized logging',
        'Manual testing (if any)',
      ],
    },
    people: [
      {
        role: 'Data scientists',
        description:
          'Work in isolation, minimal communication with engineering',
      },
      {
        role: 'Data engineers',
        description: 'If exist, operate separately from DS team',
      },
      {
        role: 'Software engineers',
        description: 'Receive model files "over the wall" without context',
      },
      {
        role: 'No shared ownership',
        description: 'Each team blames others when models fail',
      },
    ],
    modelRelease: [
      'Manual handoff of model file (via email, shared drive, Slack)',
      'Scoring script written weeks after experiments',
      'No version control or documentation',
      'Deployment requires data scientist availability',
      'Rollback means finding the "previous model file"',
    ],
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
    realWorldExample: {
      title: 'A retail recommendation system at Level 0:',
      steps: [
        'Data scientist downloads 6 months of purchase history manually',
        'Trains collaborative filtering model in notebook',
        'Achieves 78% accuracy on validation set',
        'Emails pickle file to backend team with note: "Use this for recommendations"',
        'Engineering deploys model, no monitoring',
        '3 months later: Recommendations degrade (new products not in training data)',
        'No alerts, customers complain, no one knows what changed',
        'Original data scientist has left company, no documentation',
      ],
    },
    quotes: [
      {
        source: 'ml-ops.org Model Governance',
        url: 'https://ml-ops.org/content/model-governance',
        accessed: '2025-11-16',
        text: "At Level 0, most systems exist as 'black boxes,' with little feedback during or post deployment. The teams are disparate and releases are painful.",
      },
    ],
  },
  {
    level: 1,
    name: 'DevOps but no MLOps',
    summary:
      'Software DevOps practices exist, but ML workflows remain manual. Application code has CI/CD, but models are still trained and deployed manually by data scientists.',
    characteristics: {
      keyCharacteristic: 'Automated builds, manual training',
      automation: '20%',
      deployTime:
        '1-2 weeks (faster than Level 0, still requires manual coordination)',
      teamSize: '3-5 data scientists, 5-10 engineers, 1-2 data engineers',
      stack: [
        'Git for code versioning (notebooks converted to .py scripts)',
        'Airflow/Prefect for data pipelines',
        'Docker for application packaging',
        'Jenkins/GitHub Actions for CI/CD (application only)',
        'S3/GCS for data storage',
        'Still no experiment tracking (no MLflow, W&B)',
        'Still no model registry',
      ],
    },
    people: [
      {
        role: 'Data scientists',
        description: 'Still siloed, but now use version control for code',
      },
      {
        role: 'Data engineers',
        description: 'Build automated data pipelines (scheduled ETL)',
      },
      {
        role: 'Software engineers',
        description:
          'Have CI/CD for application, treat model as external dependency',
      },
      {
        role: 'Improved communication',
        description: 'Weekly sync meetings, but handoffs still manual',
      },
    ],
    modelRelease: [
      'Scoring script is version controlled (Git)',
      'Manual deployment via engineering team',
      'Basic integration tests exist',
      'Application code has CI/CD (automated builds, tests)',
      'Model versioning informal (Git tags, manual naming)',
    ],
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
    realWorldExample: {
      title: 'E-commerce fraud detection at Level 1:',
      steps: [
        'Automated: Daily data pipeline extracts transactions → S3',
        'Manual: Data scientist trains new model monthly on their laptop',
        'Manual: Model evaluation logged in spreadsheet',
        'Automated: Application code CI/CD deploys API service',
        'Manual: Data scientist uploads model file to S3, notifies engineering',
        'Manual: Engineering updates model path in config, redeploys service',
        'Automated: Application monitoring (latency, errors)',
        'Missing: Model accuracy tracking, drift detection, auto-retraining',
      ],
    },
    quotes: [
      {
        ...MICROSOFT,
        text: 'Level 1: Releases are less painful than No MLOps, but rely on Data Team for every new model. Still limited feedback on how well a model performs in production.',
      },
    ],
    notes: [
      'The reference disagrees with itself on Level 1\'s experiment tracking and compute: the questionnaire\'s Level 1 answers are "Git commits" and "Manual runs on cloud", while this level\'s text and Level 2\'s table say spreadsheets and local laptops. The questionnaire decides the score.',
    ],
  },
  {
    level: 2,
    name: 'Automated Training',
    summary:
      'Training pipelines are automated and reproducible. Data scientists and data engineers collaborate to convert experiments into repeatable jobs with centralized tracking.',
    characteristics: {
      keyCharacteristic: 'Reproducible pipelines, manual deployment',
      automation: '50%',
      deployTime: '2-5 days (training automated, deployment manual)',
      teamSize: '5-10 data scientists, 10-15 engineers, 2-3 MLOps engineers',
      stack: [
        'Experiment tracking: MLflow, W&B, Vertex AI Experiments',
        'Model registry: MLflow Registry, Vertex AI Model Registry',
        'Training orchestration: Vertex AI Pipelines, SageMaker Pipelines, Kubeflow',
        'Data versioning: DVC, Delta Lake, Feast Feature Store',
        'Managed compute: Vertex AI, SageMaker, Databricks',
        'CI/CD for training code: GitHub Actions tests training pipeline code',
      ],
    },
    people: [
      {
        role: 'Data scientists',
        description:
          'Work directly with data engineers to productionize experiments',
      },
      {
        role: 'Data engineers',
        description:
          'Build and maintain training pipelines with data scientists',
      },
      {
        role: 'Software engineers',
        description:
          'Still receive models from DS/DE, but process is more standardized',
      },
      {
        role: 'MLOps engineer (emerging)',
        description: 'New role managing ML platform infrastructure',
      },
    ],
    modelRelease: [
      'Still manual deployment (requires engineering team)',
      'Scoring script is version controlled with tests',
      'Model evaluation automated (test set, validation metrics)',
      'Easy to reproduce any model version',
      'Low friction releases (model file + metadata ready)',
    ],
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
    realWorldExample: {
      title: 'Recommendation system at Level 2:',
      steps: [
        'Automated: Weekly training pipeline (Vertex AI Custom Job)',
        'Tracked: All experiments logged to W&B with hyperparameters, metrics',
        'Versioned: Models stored in Vertex AI Model Registry',
        'Reproducible: Can recreate any model from registry (data + code + environment)',
        'Still manual: Data scientist evaluates model, decides to deploy',
        'Still manual: Engineering team deploys new model version',
        'Improved: Deployment takes 2 days instead of 2 weeks (model ready, just needs deployment)',
      ],
    },
    quotes: [
      {
        ...MICROSOFT,
        text: 'Level 2: Training environment is fully managed and traceable. Easy to reproduce model. Releases are manual, but low friction.',
      },
    ],
    notes: [
      "The reference's worked example (Organization X: 2.0, 2.3, 1.7, 1.5 → 1.9, Level 2) calls deployment \"the main gap\", yet its lowest dimension is Monitoring (1.5). It then lists monitoring and alerting before A/B testing, while the Level 2 → Level 3 roadmap's phases put A/B testing (Testing & Validation) before monitoring and alerting (Observability). Our plan follows the roadmap's phase order.",
    ],
  },
  {
    level: 3,
    name: 'Automated Model Deployment',
    summary:
      'Continuous deployment for models. Full CI/CD pipeline from training to production with automated testing, A/B testing, and gradual rollout.',
    characteristics: {
      keyCharacteristic: 'CI/CD for models, A/B testing',
      automation: '80%',
      deployTime: 'Hours to 1 day (fully automated, optional manual approval)',
      teamSize: '10-20 data scientists, 15-25 engineers, 3-5 MLOps engineers',
      stack: [
        'CI/CD: GitHub Actions, GitLab CI, Jenkins with ML extensions',
        'Deployment: Vertex AI Endpoints, SageMaker Endpoints, KServe',
        'A/B Testing: Optimizely, Split.io, custom traffic splitting',
        'Model validation: Great Expectations, Evidently AI, custom validators',
        'Feature store: Feast, Tecton, Vertex AI Feature Store (training-serving consistency)',
        'Monitoring: Prometheus, Grafana, CloudWatch (model-specific metrics)',
      ],
    },
    people: [
      {
        role: 'Data scientists',
        description: 'Focus on model development, less on deployment mechanics',
      },
      {
        role: 'Data engineers',
        description: 'Manage feature pipelines and data quality',
      },
      {
        role: 'Software engineers',
        description: 'Collaborate with DS on deployment automation',
      },
      {
        role: 'MLOps team',
        description:
          'Dedicated team manages ML platform and deployment pipelines',
      },
      {
        role: 'Shared ownership',
        description: 'All teams responsible for production model performance',
      },
    ],
    improvementsOverPrevious: improvements([
      ['Deployment', 'Manual', 'Automated CI/CD'],
      ['Testing', 'Manual evaluation', 'Automated staging + shadow + canary'],
      ['Rollout', 'All-at-once', 'Progressive (10% → 50% → 100%)'],
      ['A/B testing', 'Manual comparison', 'Automated with statistical tests'],
      ['Rollback', 'Manual revert', 'Automated on metric degradation'],
      ['Training-serving skew', 'Possible', 'Prevented (shared feature store)'],
    ]),
    realWorldExample: {
      title: 'Fraud detection at Level 3:',
      steps: [
        'Automated: Weekly training pipeline produces new model',
        'Automated: Model registry triggers deployment pipeline',
        'Automated: Staging deployment + integration tests',
        "Automated: Shadow deployment (serves 100% traffic, logs predictions, doesn't return)",
        'Automated: Compare shadow vs production (precision, recall, latency)',
        'Automated: If shadow passes, deploy canary (10% traffic)',
        'Automated: Monitor canary for 1 hour (alert on anomalies)',
        'Manual gate: Human approval for full rollout (optional)',
        'Automated: Progressive rollout (10% → 25% → 50% → 100%)',
        'Automated: Automatic rollback if production metrics degrade',
      ],
    },
    quotes: [
      {
        ...MICROSOFT,
        text: 'Level 3: Releases are low friction and automatic. Full traceability from deployment back to original data. Entire environment managed: train → test → production.',
      },
    ],
    notes: [
      'The reference disagrees with itself on Level 3: its table has rollback "Automated on metric degradation" and rollout "10% → 50% → 100%", while the questionnaire puts automatic rollback on metric degradation at Level 4 (Level 3 is "Seconds (traffic split)"), the Level 3 → Level 4 roadmap adds automated rollback, and the real-world example rolls out 10% → 25% → 50% → 100%. Level 4\'s table says Level 3 retrains on a schedule; the questionnaire\'s Level 3 retraining is "Triggered by drift". The questionnaire decides the score.',
    ],
  },
  {
    level: 4,
    name: 'Full MLOps',
    summary:
      'Zero-touch production ML system. Automatic retraining triggered by drift detection, full observability, and self-healing capabilities.',
    characteristics: {
      keyCharacteristic: 'Auto-retraining, drift detection',
      automation: '95%',
      deployTime: 'Minutes to hours (fully automated, human approval optional)',
      uptime: '99.9%+ (approaching zero-downtime)',
      teamSize: '20+ data scientists, 30+ engineers, 5-10 MLOps/SRE engineers',
      stack: [
        'Drift detection: Evidently AI, NannyML, Alibi Detect',
        'Auto-retraining: Vertex AI Pipelines + Cloud Functions, SageMaker Pipelines + EventBridge',
        'Observability: OpenTelemetry, Datadog ML Monitoring, Arize AI',
        'Feature store: Tecton (real-time features), Feast (batch + streaming)',
        'Model governance: Fiddler, Arthur AI (bias detection, explainability)',
        'Incident response: PagerDuty, Opsgenie with ML-specific runbooks',
        'Cost optimization: Spot instances, auto-scaling, multi-model endpoints',
      ],
    },
    people: [
      {
        role: 'Data scientists',
        description: 'Focus on research, model architecture, business problems',
      },
      {
        role: 'ML platform team',
        description: 'Manages fully automated ML infrastructure',
      },
      {
        role: 'SRE/DevOps',
        description:
          'Ensure ML system reliability (SLA, uptime, incident response)',
      },
      {
        role: 'Product teams',
        description: 'Consume ML models as reliable services',
      },
      {
        role: 'Governance team',
        description: 'Ensures compliance, fairness, explainability',
      },
    ],
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
    realWorldExample: {
      title: 'Large-scale recommendation system at Level 4:',
      steps: [
        'Continuous: Real-time drift detection every 15 minutes',
        'Automated: Drift detected → trigger retraining (no human intervention)',
        'Automated: Smart data selection (recent data + hard negatives)',
        'Automated: Hyperparameter tuning (Bayesian optimization, 2 hours)',
        'Automated: Model training (distributed, 4 hours)',
        'Automated: Validation (accuracy, bias, latency tests)',
        'Automated: Progressive deployment (5% → 25% → 100%, 2 hours)',
        'Automated: Continuous monitoring (rollback if metrics degrade)',
        'Self-healing: Auto-scale on latency spikes, auto-rollback on errors',
        'Observable: Full tracing from user request → recommendation → model → features',
      ],
    },
    quotes: [
      {
        ...MICROSOFT,
        text: 'Level 4: Full system automated and easily monitored. Production systems are providing information on how to improve and, in some cases, automatically improve with new models. Approaching a zero-downtime system.',
      },
    ],
  },
];
