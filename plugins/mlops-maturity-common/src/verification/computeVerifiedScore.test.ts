import { defaultMaturityModel as model } from '../model/defaultModel';
import { answersByDimension } from '../testUtils';
import { computeVerifiedScore } from './computeVerifiedScore';
import { AnswerVerification } from './types';

const now = new Date('2026-12-10T12:00:00.000Z');
const questionsOf = (dimensionId: string) =>
  model.questions.filter(q => q.dimensionId === dimensionId).map(q => q.id);
const [people1, people2, people3] = questionsOf('people-process');
const [dev1] = questionsOf('model-development');
const [mon1, mon2] = questionsOf('monitoring-operations');

describe('computeVerifiedScore', () => {
  it('sets the claimed and the verified level side by side, with what separates them', () => {
    const answers = answersByDimension({
      'people-process': [3, 3, 4],
      'model-development': [3, 3, 3, 3],
      'deployment-serving': [3, 3, 3, 3],
      'monitoring-operations': [3, 3, 3, 'na'],
    });
    const verification: Record<string, AnswerVerification> = {};
    for (const q of model.questions) verification[q.id] = { trust: 'reviewed' };
    verification[people1] = { trust: 'self-reported' };
    verification[people2] = {};
    verification[people3] = { trust: 'self-reported' };
    verification[mon1] = { trust: 'self-reported' };
    const result = computeVerifiedScore(model, answers, {
      answers: verification,
      now,
    });

    expect(result.claimed.level).toBe(3);
    // People & Process: (2 + 2 + 2) / 3 = 2; Monitoring: (2 + 3 + 3 + 0) / 4
    // = 2; the rest 3: 0.3 × 2 + 0.5 × 3 + 0.2 × 2 = 2.5, Level 3 still.
    expect(result.verified.score).toBe(2.5);
    expect(result.verified.level).toBe(3);
    expect(result.verified.dimensions.map(d => d.average)).toEqual([
      2, 3, 3, 2,
    ]);
    expect(result.gapCounts).toEqual([
      { reason: 'awaits-review', claimed: 4, count: 1 },
      { reason: 'awaits-review', claimed: 3, count: 3 },
      { reason: 'exemption-pending', claimed: 'not-applicable', count: 1 },
    ]);
    expect(result.gaps.map(g => g.questionId)).toEqual([
      people1,
      people2,
      people3,
      mon1,
      questionsOf('monitoring-operations')[3],
    ]);
    expect(result.counted[people3]).toEqual({ level: 2 });
  });

  it('bands the verified score exactly: 1.5 is Level 2, not 1.4999999999999998', () => {
    // Counted: People 3 + 2 + 3 = 8 (of 3), Development 0 (of 4),
    // Deployment 4 (of 4), Monitoring 2 + 3 + 2 + 2 = 9 (of 4):
    // 0.3 × 8/3 + 0.25 × 1 + 0.2 × 9/4 = 0.8 + 0.25 + 0.45 = 1.5 exactly,
    // which the plain sum of the floating-point products puts just below.
    expect(
      (8 / 3) * 0.3 + (0 / 4) * 0.25 + (4 / 4) * 0.25 + (9 / 4) * 0.2,
    ).toBe(1.4999999999999998);
    const answers = answersByDimension({
      'people-process': [3, 4, 3],
      'model-development': [0, 0, 0, 0],
      'deployment-serving': [1, 1, 1, 1],
      'monitoring-operations': [4, 3, 2, 2],
    });
    const verification: Record<string, AnswerVerification> = {
      [people1]: { trust: 'reviewed' },
      [people3]: { trust: 'evidence-backed' },
      [mon2]: { trust: 'evidence-backed' },
    };
    const result = computeVerifiedScore(model, answers, {
      answers: verification,
      now,
    });
    expect(result.gaps.map(g => [g.questionId, g.counted])).toEqual([
      [people2, 2],
      [mon1, 2],
    ]);
    expect(result.verified.score).toBe(1.5);
    expect(result.verified.level).toBe(2);
  });

  it('can be official where the claim is not: an undecided N/A gives its dimension a Level 0', () => {
    const answers = answersByDimension({
      'people-process': [2, 2, 2],
      'model-development': ['na', 'na', 'na', 'na'],
      'deployment-serving': [2, 2, 2, 2],
      'monitoring-operations': [2, 2, 2, 2],
    });
    const result = computeVerifiedScore(model, answers, { answers: {}, now });
    expect(result.claimed.official).toBe(false);
    expect(result.claimed.score).toBe(2);
    expect(result.verified.official).toBe(true);
    expect(result.verified.score).toBe(1.5);
    expect(result.verified.dimensions[1].average).toBe(0);
    expect(result.counted[dev1]).toEqual({ level: 0 });
  });
});
