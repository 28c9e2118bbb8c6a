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
          const dimension = before.dimensions.find(
            d => d.dimensionId === question.dimensionId,
          )!;
          const expected = dimension.weight / dimension.applicableCount;
          return Math.abs(after.score! - before.score! - expected) < 1e-9;
        },
      ),
    );
  });

  it('gives the weighted mean of the dimension averages when complete', () => {
    fc.assert(
      fc.property(answersArb, answers => {
        const result = computeScore(model, answers);
        if (!result.official) return true;
        const weighted = result.dimensions.reduce(
          (sum, d) => sum + d.average! * d.weight,
          0,
        );
        return Math.abs(weighted - result.score!) < 1e-9;
      }),
    );
  });
});
