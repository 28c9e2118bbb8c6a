import { defaultMaturityModel as model } from '../model/defaultModel';
import { computeScore } from './computeScore';
import { answersByDimension, uniformAnswers } from '../testUtils';

// Weights of the default model: People & Process 0.30, Model Development
// 0.25, Deployment & Serving 0.25, Monitoring & Operations 0.20; dimensions
// have 3, 4, 4 and 4 questions.

describe('computeScore', () => {
  it('scores all-0 answers as Level 0 and all-4 answers as Level 4', () => {
    const zero = computeScore(model, uniformAnswers(0));
    expect(zero).toMatchObject({
      official: true,
      score: 0,
      level: 0,
      gatedLevel: 0,
    });

    const four = computeScore(model, uniformAnswers(4));
    expect(four).toMatchObject({
      official: true,
      score: 4,
      level: 4,
      gatedLevel: 4,
    });
  });

  it('reproduces an "Organization X" style example by hand', () => {
    // A = (2+2+2)/3 = 2, B = (2+2+3+2)/4 = 2.25,
    // C = (2+2+1+2)/4 = 1.75, D = (2+1+2+1)/4 = 1.5
    // score = 2*0.30 + 2.25*0.25 + 1.75*0.25 + 1.5*0.20
    //       = 0.6 + 0.5625 + 0.4375 + 0.3 = 1.9  -> Level 2
    const result = computeScore(
      model,
      answersByDimension({
        'people-process': [2, 2, 2],
        'model-development': [2, 2, 3, 2],
        'deployment-serving': [2, 2, 1, 2],
        'monitoring-operations': [2, 1, 2, 1],
      }),
    );
    expect(result.official).toBe(true);
    expect(result.score).toBeCloseTo(1.9, 12);
    expect(result.level).toBe(2);
    expect(result.dimensions.map(d => d.average)).toEqual([2, 2.25, 1.75, 1.5]);
    expect(result.dimensions.map(d => d.level)).toEqual([2, 2, 2, 2]);
    // The lowest average is monitoring (1.5), so the chain holds at Level 1.
    expect(result.weakestDimensionId).toBe('monitoring-operations');
    expect(result.gatedLevel).toBe(1);
  });

  // Every dimension averages `x`, so the score is exactly `x`.
  const flat = (a: number[], b: number[]) =>
    answersByDimension({
      'people-process': a,
      'model-development': b,
      'deployment-serving': b,
      'monitoring-operations': b,
    });

  it.each([
    [0.5, [0, 1, 'na'], [0, 1, 0, 1], 1],
    [1.5, [1, 2, 'na'], [1, 2, 1, 2], 2],
    [2.5, [2, 3, 'na'], [2, 3, 2, 3], 3],
    [3.5, [3, 4, 'na'], [3, 4, 3, 4], 4],
  ] as const)(
    'puts a score exactly on the boundary %s into the higher level',
    (boundary, a, b, expectedLevel) => {
      const result = computeScore(model, flat(a as any, b as any));
      expect(result.score).toBe(boundary);
      expect(result.level).toBe(expectedLevel);
    },
  );

  it('does not drift below a boundary the way floating point does', () => {
    // A = 1, B = 1/3, C = 11/3, D = 1:
    // 0.3 + 1/12 + 11/12 + 0.2 = 1.5 exactly -> Level 2.
    // Summed in doubles the same terms give 1.4999999999999998 (Level 1).
    const naive = 1 * 0.3 + (1 / 3) * 0.25 + (11 / 3) * 0.25 + 1 * 0.2;
    expect(naive).toBeLessThan(1.5);
    const result = computeScore(
      model,
      answersByDimension({
        'people-process': [1, 1, 1],
        'model-development': [0, 0, 1, 'na'],
        'deployment-serving': [4, 4, 3, 'na'],
        'monitoring-operations': [1, 1, 1, 1],
      }),
    );
    expect(result.score).toBe(1.5);
    expect(result.level).toBe(2);
  });

  it('bands scores on either side of the 1.5 boundary', () => {
    // A = 1, B = C = D = 1.75: 0.3 + 0.4375 + 0.4375 + 0.35 = 1.525 -> L2
    const above = computeScore(
      model,
      answersByDimension({
        'people-process': [1, 1, 1],
        'model-development': [2, 2, 2, 1],
        'deployment-serving': [2, 2, 2, 1],
        'monitoring-operations': [2, 2, 2, 1],
      }),
    );
    expect(above.score).toBeCloseTo(1.525, 12);
    expect(above.level).toBe(2);

    // A = 1, B = 1.5, C = 1.5, D = 1.75:
    // 0.3 + 0.375 + 0.375 + 0.35 = 1.4 -> L1
    const below = computeScore(
      model,
      answersByDimension({
        'people-process': [1, 1, 1],
        'model-development': [2, 2, 1, 1],
        'deployment-serving': [2, 2, 1, 1],
        'monitoring-operations': [2, 2, 2, 1],
      }),
    );
    expect(below.score).toBeCloseTo(1.4, 12);
    expect(below.level).toBe(1);
  });

  it('leaves N/A answers out of the dimension average', () => {
    const result = computeScore(
      model,
      answersByDimension({
        'people-process': [4, 'na', 'na'],
        'model-development': [0, 0, 0, 0],
        'deployment-serving': [0, 0, 0, 0],
        'monitoring-operations': [0, 0, 0, 0],
      }),
    );
    expect(result.official).toBe(true);
    const people = result.dimensions[0];
    expect(people).toMatchObject({
      average: 4,
      answeredCount: 3,
      applicableCount: 1,
    });
    // 4 * 0.3 = 1.2
    expect(result.score).toBeCloseTo(1.2, 12);
    expect(result.level).toBe(1);
  });

  it('is provisional while a question is unanswered', () => {
    const answers = uniformAnswers(3);
    delete answers.rollback;
    delete answers['cost-visibility'];
    const result = computeScore(model, answers);
    expect(result.official).toBe(false);
    expect(result.completeness).toEqual({
      answered: 13,
      total: 15,
      missingQuestionIds: ['rollback', 'cost-visibility'],
      dimensionsWithoutApplicableAnswers: [],
    });
    expect(result.score).toBe(3);
  });

  it('rescales the weights over scored dimensions when one is all N/A', () => {
    const result = computeScore(
      model,
      answersByDimension({
        'people-process': [2, 2, 2],
        'model-development': [4, 4, 4, 4],
        'deployment-serving': [0, 0, 0, 0],
        'monitoring-operations': ['na', 'na', 'na', 'na'],
      }),
    );
    expect(result.official).toBe(false);
    expect(result.completeness.dimensionsWithoutApplicableAnswers).toEqual([
      'monitoring-operations',
    ]);
    // (2*0.3 + 4*0.25 + 0*0.25) / 0.8 = 1.6 / 0.8 = 2
    expect(result.score).toBe(2);
    expect(result.dimensions[3].average).toBeNull();
  });

  it('has no score at all when nothing applicable is answered', () => {
    const result = computeScore(model, {});
    expect(result).toMatchObject({
      official: false,
      score: null,
      level: null,
      gatedLevel: null,
      weakestDimensionId: null,
    });
    expect(result.completeness.answered).toBe(0);
  });

  it('gates the level on the weakest dimension', () => {
    const result = computeScore(
      model,
      answersByDimension({
        'people-process': [4, 4, 4],
        'model-development': [4, 4, 4, 4],
        'deployment-serving': [4, 4, 4, 4],
        'monitoring-operations': [1, 0, 1, 1],
      }),
    );
    // 1.2 + 1 + 1 + 0.75*0.2 = 3.35 -> L3, but monitoring averages 0.75
    expect(result.score).toBeCloseTo(3.35, 12);
    expect(result.level).toBe(3);
    expect(result.gatedLevel).toBe(0);
    expect(result.weakestDimensionId).toBe('monitoring-operations');
  });

  it('breaks a tie for the weakest dimension towards the heavier one', () => {
    const result = computeScore(
      model,
      answersByDimension({
        'people-process': [3, 3, 3],
        'model-development': [3, 3, 3, 3],
        'deployment-serving': [1, 1, 1, 1],
        'monitoring-operations': [1, 1, 1, 1],
      }),
    );
    // Deployment (0.25) and monitoring (0.20) both average 1.
    expect(result.weakestDimensionId).toBe('deployment-serving');
  });

  it('names no weakest dimension when every dimension has the same average', () => {
    expect(
      computeScore(model, uniformAnswers(2)).weakestDimensionId,
    ).toBeNull();
    const level = computeScore(
      model,
      answersByDimension({
        'people-process': [1, 2, 3],
        'model-development': [2, 2, 2, 2],
        'deployment-serving': [0, 4, 'na', 2],
        'monitoring-operations': [3, 1, 2, 2],
      }),
    );
    expect(level.dimensions.map(d => d.average)).toEqual([2, 2, 2, 2]);
    expect(level.weakestDimensionId).toBeNull();
    expect(level.gatedLevel).toBe(2);
  });

  it('ignores answers to questions the model does not have', () => {
    const answers = { ...uniformAnswers(2), 'not-a-question': { level: 4 } };
    const result = computeScore(model, answers as any);
    expect(result.score).toBe(2);
    expect(result.questions).toHaveLength(15);
  });
});
