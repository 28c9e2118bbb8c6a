import { defaultMaturityModel as model } from '../model/defaultModel';
import { MATURITY_LEVELS } from '../model/types';
import { computeScore } from './computeScore';
import { LEVEL_BOUNDARIES, levelBand } from './levelBands';
import { answersByDimension } from '../testUtils';

describe('levelBand', () => {
  it('matches the levels computeScore gives, on and just below each boundary', () => {
    expect(LEVEL_BOUNDARIES).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(MATURITY_LEVELS.map(levelBand)).toEqual([
      { from: 0, to: 0.5 },
      { from: 0.5, to: 1.5 },
      { from: 1.5, to: 2.5 },
      { from: 2.5, to: 3.5 },
      { from: 3.5, to: 4 },
    ]);
    // Every dimension at x averages to a score of exactly x.
    const at = (a: number[], b: number[]) =>
      computeScore(
        model,
        answersByDimension({
          'people-process': a,
          'model-development': b,
          'deployment-serving': b,
          'monitoring-operations': b,
        }),
      );
    // On the boundary (0.5), and below it (0.275).
    const on = at([0, 1], [0, 1, 0, 1]);
    expect(on.score).toBe(0.5);
    expect(levelBand(on.level!).from).toBe(0.5);
    const below = at([0, 0, 1], [0, 0, 0, 1]);
    expect(below.score).toBeLessThan(0.5);
    expect(levelBand(below.level!)).toEqual({ from: 0, to: 0.5 });
  });
});
