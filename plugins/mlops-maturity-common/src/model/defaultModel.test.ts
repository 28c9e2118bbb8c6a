import { defaultMaturityModel as model } from './defaultModel';

const level = (n: number) => model.levels.find(l => l.level === n)!;

describe('the built-in model, against the reference', () => {
  it("has Level 0's pain point table", () => {
    expect(level(0).painPoints).toEqual([
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
    ]);
  });

  it('has the "improvements over" table of every level above 0', () => {
    expect(level(0).improvementsOverPrevious).toBeUndefined();
    expect(level(1).improvementsOverPrevious?.map(i => i.aspect)).toEqual([
      'Data extraction',
      'Code versioning',
      'Application deployment',
      'Application testing',
      'Model training',
      'Model deployment',
    ]);
    expect(level(1).improvementsOverPrevious).toContainEqual({
      aspect: 'Model deployment',
      previousLevel: 'Manual coordination',
      thisLevel: 'Still manual (via engineering)',
    });
    expect(level(2).improvementsOverPrevious).toContainEqual({
      aspect: 'Experiment tracking',
      previousLevel: 'Spreadsheets',
      thisLevel: 'Centralized (MLflow/W&B)',
    });
    expect(level(3).improvementsOverPrevious).toContainEqual({
      aspect: 'Rollout',
      previousLevel: 'All-at-once',
      thisLevel: 'Progressive (10% → 50% → 100%)',
    });
    expect(level(4).improvementsOverPrevious?.map(i => i.aspect)).toEqual([
      'Retraining',
      'Monitoring',
      'Incident response',
      'Deployment',
      'Cost optimization',
      'Observability',
    ]);
    expect(level(4).improvementsOverPrevious![0]).toEqual({
      aspect: 'Retraining',
      previousLevel: 'Scheduled (weekly/monthly)',
      thisLevel: 'Triggered by drift/performance',
    });
  });

  it('lists the remaining pain points of Levels 1 and 2 only, as the reference does', () => {
    expect(level(1).remainingPainPoints).toEqual([
      'Model training not reproducible (environment differences)',
      'No centralized tracking of model performance',
      'Manual model deployment (data scientist → engineer handoff)',
      'No monitoring of model-specific metrics (drift, accuracy)',
      'Training environment not version controlled',
      'Experiment results tracked in spreadsheets or notebooks',
    ]);
    expect(level(2).remainingPainPoints).toContain(
      'Training-serving skew still possible (different preprocessing)',
    );
    expect(level(2).remainingPainPoints).toContain('No A/B testing framework');
    for (const n of [0, 3, 4]) {
      expect(level(n).remainingPainPoints).toBeUndefined();
    }
  });

  it('ships the accelerated path from Level 0 to Level 3 in 12 months', () => {
    const path = model.roadmaps.find(r => r.from === 0 && r.to === 3)!;
    expect(path).toMatchObject({
      name: 'Accelerated Path',
      duration: '12 months',
      investment: '$600K-$1M (aggressive timeline requires more resources)',
      team: '5-7 MLOps engineers (some consultants), 8-12 data scientists',
    });
    expect(path.phases.map(p => [p.timeframe, p.name])).toEqual([
      ['Quarter 1', 'Foundation + Training Automation'],
      ['Quarter 2', 'Advanced Training + Deployment Prep'],
      ['Quarter 3', 'Deployment Automation'],
      ['Quarter 4', 'Optimization & Hardening'],
    ]);
    const items = path.phases.flatMap(p => p.initiatives);
    expect(items[0]).toMatchObject({
      name: 'Git, CI/CD, data pipelines',
      timeframe: 'Week 1-4',
      dimensionId: 'model-development',
    });
    expect(items).toContainEqual({
      name: 'Monitoring, alerting, dashboards',
      timeframe: 'Week 33-36',
      dimensionId: 'monitoring-operations',
    });
    expect(items).toContainEqual({
      name: 'Incident response, runbooks',
      timeframe: 'Week 41-44',
      dimensionId: 'people-process',
    });
    // The week ranges follow each other without gap or overlap, 1 to 48.
    const ranges = items.map(i => i.timeframe!.match(/^Week (\d+)-(\d+)$/)!);
    ranges.forEach((range, i) => {
      const previousEnd = i === 0 ? 0 : Number(ranges[i - 1][2]);
      expect(Number(range[1])).toBe(previousEnd + 1);
    });
    expect(ranges[ranges.length - 1][2]).toBe('48');
  });

  it("credits the reference's sources, not its internal knowledge files", () => {
    expect(model.sources?.map(s => s.url)).toEqual([
      'https://learn.microsoft.com/en-us/azure/architecture/ai-ml/guide/mlops-maturity-model',
      'https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning',
      'https://ml-ops.org/content/model-governance',
      'https://medium.com/@NickHystax/mlops-maturity-levels-the-most-well-known-models-5b1de94ea285',
      'https://ml-architects.ch/blog_posts/mlops_maturity_model.html',
    ]);
    expect(model.sources![0]).toEqual({
      title: 'Microsoft MLOps Maturity Model',
      url: 'https://learn.microsoft.com/en-us/azure/architecture/ai-ml/guide/mlops-maturity-model',
      note: 'Azure MLOps maturity framework (accessed 2025-11-16)',
    });
  });
});
