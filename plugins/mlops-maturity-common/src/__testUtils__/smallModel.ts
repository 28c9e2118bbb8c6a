import { defaultMaturityModel } from '../model/defaultModel';
import { MaturityModel } from '../model/types';

/**
 * A model for property tests: the default model's levels with one dimension
 * per weight (`d0`, `d1`, …) and one question per entry of `dimensionOf`
 * (`q0`, `q1`, …), each in the dimension of that index.
 */
export function smallModel(
  weights: readonly number[],
  dimensionOf: readonly number[],
): MaturityModel {
  return {
    ...defaultMaturityModel,
    dimensions: weights.map((weight, d) => ({
      id: `d${d}`,
      name: `D${d}`,
      weight,
    })),
    questions: dimensionOf.map((d, i) => ({
      id: `q${i}`,
      dimensionId: `d${d}`,
      title: `Q${i}`,
      prompt: '',
      descriptors: ['0', '1', '2', '3', '4'],
    })),
  };
}
