import { defaultMaturityModel as model } from '../model/defaultModel';
import { AssessmentAnswers } from '../answers/types';
import { computeScore } from '../scoring/computeScore';
import { answersByDimension, uniformAnswers } from '../testUtils';
import { answersToLevel, LevelPath, raisesToNextLevel } from './answersToLevel';

/** Applies a plan's raises to the answers it was computed from. */
function applyRaises(
  answers: AssessmentAnswers,
  path: LevelPath,
): AssessmentAnswers {
  const raised = { ...answers };
  for (const r of path.raises) {
    expect(raised[r.questionId]).toEqual({ level: r.from });
    raised[r.questionId] = { level: r.to };
  }
  return raised;
}

const questionsOf = (dimensionId: string) =>
  model.questions.filter(q => q.dimensionId === dimensionId).map(q => q.id);

describe('answersToLevel', () => {
  it('reaches the level with the fewest raises, none above the level it aims for', () => {
    // Every answer at 1: score 1, Level 1; Level 2 starts at 1.5.
    const answers = uniformAnswers(1);
    const path = answersToLevel(computeScore(model, answers), 2)!;
    // A People & Process raise adds 0.30 / 3 = 0.1; a Development or
    // Deployment one 0.25 / 4 = 0.0625; a Monitoring one 0.20 / 4 = 0.05.
    // Raising no answer above 2, the three People answers give 0.3; the
    // other 0.2 takes four Development or Deployment raises (three give
    // 0.1875): seven raises, each of a different answer, from 1 to 2.
    expect(path.raiseCount).toBe(7);
    expect(path.answerCount).toBe(7);
    expect(path.raises.every(r => r.from === 1 && r.to === 2)).toBe(true);
    const raised = path.raises.map(r => r.questionId);
    expect(raised).toEqual(
      expect.arrayContaining(questionsOf('people-process')),
    );
    expect(
      raised.filter(id => questionsOf('monitoring-operations').includes(id)),
    ).toEqual([]);
    const after = computeScore(model, applyRaises(answers, path));
    expect(after.level).toBe(2);
  });

  it('among plans of that size, raises the questions its priority names first', () => {
    // Four Monitoring raises (0.2) and the three People ones (0.3) reach
    // 1.5 exactly, also in seven: the priority picks this plan.
    const answers = uniformAnswers(1);
    const monitoring = questionsOf('monitoring-operations');
    const path = answersToLevel(computeScore(model, answers), 2, monitoring)!;
    expect(path.raiseCount).toBe(7);
    expect(path.raises.map(r => r.questionId)).toEqual([
      ...monitoring,
      ...questionsOf('people-process'),
    ]);
    expect(computeScore(model, applyRaises(answers, path)).level).toBe(2);
  });

  it('is empty when the score is already in the band, and null without a score', () => {
    const result = computeScore(model, uniformAnswers(2));
    expect(answersToLevel(result, 2)).toEqual({
      targetLevel: 2,
      raiseCount: 0,
      answerCount: 0,
      raises: [],
    });
    expect(answersToLevel(result, 1)?.raiseCount).toBe(0);
    expect(answersToLevel(computeScore(model, {}), 1)).toBeNull();
  });

  it('never raises a not-applicable or unanswered question', () => {
    const answers = answersByDimension({
      'people-process': ['na', 'na', 0],
      'model-development': [0, 0, 0, 0],
      'deployment-serving': [0, 0, 0, 0],
      'monitoring-operations': [0, 0, 0],
    });
    const path = answersToLevel(computeScore(model, answers), 4)!;
    const raised = new Set(path.raises.map(r => r.questionId));
    expect(raised.has('team-collaboration')).toBe(false);
    expect(raised.has('deployment-process')).toBe(false);
    expect(raised.has('cost-visibility')).toBe(false);
    expect(computeScore(model, applyRaises(answers, path)).level).toBe(4);
  });

  it('counts the raises to the next level, none at Level 4', () => {
    expect(raisesToNextLevel(computeScore(model, uniformAnswers(1)))).toBe(7);
    expect(
      raisesToNextLevel(computeScore(model, uniformAnswers(4))),
    ).toBeNull();
    expect(raisesToNextLevel(computeScore(model, {}))).toBeNull();
  });
});
