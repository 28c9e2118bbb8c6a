import { defaultMaturityModel as model } from '../model/defaultModel';
import { computeScore } from '../scoring/computeScore';
import { answersByDimension, uniformAnswers } from '../scoring/testAnswers';
import { nextLevelRoadmap } from './nextLevelRoadmap';

describe('nextLevelRoadmap', () => {
  const result = computeScore(
    model,
    answersByDimension({
      'people-process': [2, 2, 1],
      'model-development': [1, 2, 1, 1],
      'deployment-serving': [1, 1, 0, 1],
      'monitoring-operations': [2, 1, 'na', 2],
    }),
  );

  it('targets the next level with the source roadmap for that transition', () => {
    // A 1.667*0.3 + B 1.25*0.25 + C 0.75*0.25 + D 1.667*0.2 = 1.333 -> L1
    expect(result.level).toBe(1);
    const roadmap = nextLevelRoadmap(model, result)!;
    expect(roadmap.currentLevel).toBe(1);
    expect(roadmap.targetLevel).toBe(2);
    expect(roadmap.transition).toMatchObject({
      from: 1,
      to: 2,
      goal: 'Automated, reproducible training with centralized tracking',
      duration: '6-9 months',
    });
    const source = model.roadmaps[1].phases.flatMap(p => p.initiatives);
    expect(roadmap.steps).toHaveLength(source.length);
  });

  it('puts the weakest dimension first, then the next weakest', () => {
    const roadmap = nextLevelRoadmap(model, result)!;
    // Averages: deployment 0.75 < development 1.25 < people 1.667 = monitoring
    // 1.667 (tie goes to the heavier People & Process).
    const order = [...new Set(roadmap.steps.map(s => s.dimensionId))];
    expect(order).toEqual([
      'deployment-serving',
      'model-development',
      'people-process',
      'monitoring-operations',
    ]);
    // Within a dimension the source's phase order is kept.
    const deploymentSteps = roadmap.steps
      .filter(s => s.dimensionId === 'deployment-serving')
      .map(s => s.name);
    expect(deploymentSteps).toEqual([
      'Model registry',
      'Model evaluation framework',
    ]);
    expect(roadmap.steps[0]).toMatchObject({
      phase: 'Experiment Tracking',
      timeframe: 'Month 1-3',
      dimensionName: 'Model Deployment & Serving',
    });
  });

  it('lists the questions answered below the target level', () => {
    const roadmap = nextLevelRoadmap(model, result)!;
    expect(roadmap.questionGaps.map(g => g.questionId)).toEqual([
      'rollback', // deployment, level 0
      'deployment-frequency',
      'testing',
      'ab-testing',
      'reproducibility', // development
      'training-automation',
      'data-management',
      'incident-response', // people
      'alerting', // monitoring; retraining is N/A
    ]);
    expect(roadmap.questionGaps[0]).toEqual({
      questionId: 'rollback',
      title: 'Rollback',
      dimensionId: 'deployment-serving',
      currentLevel: 0,
      currentDescriptor: 'Hours to days (manual)',
      targetLevel: 2,
      targetDescriptor: 'Minutes (registry revert)',
    });
  });

  it('has nothing further at Level 4 or without a score', () => {
    expect(
      nextLevelRoadmap(model, computeScore(model, uniformAnswers(4))),
    ).toBeNull();
    expect(nextLevelRoadmap(model, computeScore(model, {}))).toBeNull();
  });
});
