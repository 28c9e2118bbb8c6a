import { defaultMaturityModel as model } from '../model/defaultModel';
import { computeScore } from '../scoring/computeScore';
import { answersByDimension, uniformAnswers } from '../testUtils';
import { actionPriority, nextBestActions } from './nextBestActions';
import { nextLevelRoadmap } from './nextLevelRoadmap';

const questionsOf = (dimensionId: string) =>
  model.questions.filter(q => q.dimensionId === dimensionId).map(q => q.id);

describe('nextBestActions', () => {
  it("starts where the next level's roadmap starts, in as few raises as any plan", () => {
    // Level 1 everywhere. The Level 1 → 2 roadmap opens with Experiment
    // Tracking, whose initiatives the model tags Model Development and
    // Deployment: those questions come first, and the plan still takes the
    // fewest raises, seven (see answersToLevel.test.ts).
    const result = computeScore(model, uniformAnswers(1));
    const plan = nextBestActions(model, result, 2)!;
    expect(plan.raiseCount).toBe(7);
    expect(plan.raises.slice(0, 4).map(r => r.questionId)).toEqual(
      questionsOf('model-development'),
    );
    expect(plan.raises.every(r => r.to === 2)).toBe(true);
  });

  it('never raises an answer above the level it aims for', () => {
    // A Level 1 service with no team collaboration at all: the old
    // fewest-raises path asked for a cross-functional platform team (L4)
    // to reach Level 2.
    const answers = answersByDimension({
      'people-process': [0, 1, 0],
      'model-development': [2, 1, 1, 1],
      'deployment-serving': [1, 1, 1, 0],
      'monitoring-operations': [1, 1, 2, 1],
    });
    const result = computeScore(model, answers);
    expect(result.level).toBe(1);
    const plan = nextBestActions(model, result, 2)!;
    expect(plan.raises.length).toBeGreaterThan(0);
    for (const raise of plan.raises) expect(raise.to).toBeLessThanOrEqual(2);
    expect(plan.answerCount).toBe(plan.raises.length);
  });

  it('is the plan the roadmap card shows, and orders its questions the same way', () => {
    const answers = answersByDimension({
      'people-process': [1, 2, 1],
      'model-development': [2, 2, 3, 2],
      'deployment-serving': [1, 2, 1, 1],
      'monitoring-operations': [1, 1, 2, 1],
    });
    const result = computeScore(model, answers);
    const roadmap = nextLevelRoadmap(model, result)!;
    expect(roadmap.path).toEqual(
      nextBestActions(model, result, roadmap.targetLevel),
    );
    expect(roadmap.questionGaps.map(g => g.questionId)).toEqual(
      actionPriority(model, result, roadmap.targetLevel),
    );
  });

  it('uses the roadmaps of every level on the way to a target two levels up', () => {
    const result = computeScore(model, uniformAnswers(1));
    const plan = nextBestActions(model, result, 3)!;
    expect(plan.raises.every(r => r.to <= 3)).toBe(true);
    expect(
      computeScore(model, {
        ...uniformAnswers(1),
        ...Object.fromEntries(
          plan.raises.map(r => [r.questionId, { level: r.to }]),
        ),
      }).level,
    ).toBe(3);
    // Every answer is below 3, so every question is in the priority.
    expect(actionPriority(model, result, 3)).toHaveLength(
      model.questions.length,
    );
  });
});
