import fc from 'fast-check';
import { defaultMaturityModel as model } from '../model/defaultModel';
import { MaturityLevelNumber } from '../model/types';
import { AssessmentAnswer, AssessmentAnswers } from '../answers/types';
import { computeScore } from './computeScore';

const level = fc.integer({
  min: 0,
  max: 4,
}) as fc.Arbitrary<MaturityLevelNumber>;

const answer: fc.Arbitrary<AssessmentAnswer> = fc.oneof(
  { weight: 4, arbitrary: level.map(l => ({ level: l })) },
  {
    weight: 1,
    arbitrary: fc.constant({ notApplicable: true as const, reason: 'n/a' }),
  },
);

/** Complete answers (some N/A) for the default model. */
const answersArb: fc.Arbitrary<AssessmentAnswers> = fc
  .tuple(...model.questions.map(() => answer))
  .map(list =>
    Object.fromEntries(model.questions.map((q, i) => [q.id, list[i]])),
  );

const bandOf = (x: number) => Math.min(4, Math.floor(x + 0.5));

/**
 * The test's own exact arithmetic, independent of the Fraction class that
 * computeScore uses: a rational n/d as two BigInts, d > 0, not reduced.
 */
type Rational = { n: bigint; d: bigint };
const rational = (n: number | bigint, d: number | bigint = 1): Rational => ({
  n: BigInt(n),
  d: BigInt(d),
});
const plus = (a: Rational, b: Rational) =>
  rational(a.n * b.d + b.n * a.d, a.d * b.d);
const times = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
const over = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
const below = (a: Rational, b: Rational) => a.n * b.d < b.n * a.d;
/** floor(a) for a >= 0. */
const floor = (a: Rational) => Number(a.n / a.d);
const toNumber = (a: Rational) => Number(a.n) / Number(a.d);

/**
 * The model's score of a set of answers, from its definition: each
 * dimension's mean over its applicable answers, weighted by the dimension's
 * share (whole percentages in the model), the weights of the dimensions with
 * no applicable answer left out and the rest rescaled; the level is the band
 * [L - 1/2, L + 1/2) the exact score falls in, the gated level the floor of
 * the lowest dimension mean.
 */
function expectedScore(answers: AssessmentAnswers) {
  const means: Array<{ mean: Rational; weight: Rational }> = [];
  for (const dimension of model.dimensions) {
    const levels = model.questions
      .filter(q => q.dimensionId === dimension.id)
      .flatMap(q => {
        const a = answers[q.id];
        return a && 'level' in a ? [a.level] : [];
      });
    if (levels.length === 0) continue;
    means.push({
      mean: rational(
        levels.reduce<number>((sum, l) => sum + l, 0),
        levels.length,
      ),
      weight: rational(Math.round(dimension.weight * 100), 100),
    });
  }
  if (means.length === 0) return undefined;
  const total = means.reduce((sum, m) => plus(sum, m.weight), rational(0));
  const score = means.reduce(
    (sum, m) => plus(sum, over(times(m.mean, m.weight), total)),
    rational(0),
  );
  const lowest = means
    .map(m => m.mean)
    .reduce((low, m) => (below(m, low) ? m : low));
  return {
    score,
    level: Math.min(4, floor(plus(score, rational(1, 2)))),
    gatedLevel: Math.min(4, floor(lowest)),
  };
}

describe('computeScore invariants', () => {
  it('keeps the score within [0, 4] and the levels consistent with it', () => {
    fc.assert(
      fc.property(answersArb, answers => {
        const result = computeScore(model, answers);
        if (result.score === null) {
          return result.level === null;
        }
        // An exact score on a boundary (k + 1/2) converts to the same double,
        // so banding the double must agree with the exactly banded level.
        return (
          result.score >= 0 &&
          result.score <= 4 &&
          result.level === bandOf(result.score) &&
          result.gatedLevel! <= result.level! &&
          result.dimensions.every(
            d => d.average === null || d.average >= result.gatedLevel!,
          )
        );
      }),
    );
  });

  it('never lowers the score or the level when one answer goes up', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.integer({ min: 0, max: model.questions.length - 1 }),
        (answers, index) => {
          const id = model.questions[index].id;
          const current = answers[id];
          if (!('level' in current) || current.level === 4) return true;
          const before = computeScore(model, answers);
          const after = computeScore(model, {
            ...answers,
            [id]: { level: (current.level + 1) as MaturityLevelNumber },
          });
          return (
            after.score! >= before.score! &&
            after.level! >= before.level! &&
            after.gatedLevel! >= before.gatedLevel!
          );
        },
      ),
    );
  });

  it('moves the score by weight / applicable answers for a one-step change', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.integer({ min: 0, max: model.questions.length - 1 }),
        (answers, index) => {
          const question = model.questions[index];
          const current = answers[question.id];
          const before = computeScore(model, answers);
          if (
            !before.official ||
            !('level' in current) ||
            current.level === 4
          ) {
            return true;
          }
          const after = computeScore(model, {
            ...answers,
            [question.id]: {
              level: (current.level + 1) as MaturityLevelNumber,
            },
          });
          // Complete answers: every dimension counts, and the weights sum
          // to one, so one step moves the score by the dimension's weight
          // over its applicable answers, as the answers count them.
          const dimension = model.dimensions.find(
            d => d.id === question.dimensionId,
          )!;
          const applicable = model.questions.filter(
            q => q.dimensionId === dimension.id && 'level' in answers[q.id],
          ).length;
          const expected = toNumber(
            rational(Math.round(dimension.weight * 100), 100 * applicable),
          );
          return Math.abs(after.score! - before.score! - expected) < 1e-9;
        },
      ),
    );
  });

  it('gives the weighted mean of the dimension averages, and the levels of it, exactly', () => {
    fc.assert(
      fc.property(answersArb, answers => {
        const result = computeScore(model, answers);
        const expected = expectedScore(answers);
        if (!expected) return result.score === null;
        return (
          Math.abs(result.score! - toNumber(expected.score)) < 1e-12 &&
          result.level === expected.level &&
          result.gatedLevel === expected.gatedLevel
        );
      }),
      { numRuns: 1000 },
    );
  });
});
