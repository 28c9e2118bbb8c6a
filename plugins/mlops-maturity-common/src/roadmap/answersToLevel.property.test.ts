import fc from 'fast-check';
import { MaturityLevelNumber, MaturityModel } from '../model/types';
import { AssessmentAnswers } from '../answers/types';
import { computeScore } from '../scoring/computeScore';
import { answersToLevel } from './answersToLevel';
import { smallModel } from '../__testUtils__/smallModel';

/**
 * A small model (2–3 dimensions, 4–6 questions, whole-percent weights
 * summing to 100), answers with some N/A, a level to aim for and a priority
 * over every question: small enough to try every plan.
 */
const world = fc
  .tuple(
    fc.integer({ min: 2, max: 3 }),
    fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 6 }),
  )
  .chain(([dimensionCount, dimensionOf]) =>
    fc.record({
      weights: fc
        .array(fc.integer({ min: 1, max: 60 }), {
          minLength: dimensionCount,
          maxLength: dimensionCount,
        })
        .map(raw => wholePercents(raw)),
      dimensionOf: fc.constant(dimensionOf.map(d => d % dimensionCount)),
      answers: fc.array(
        fc.oneof(
          { weight: 5, arbitrary: fc.integer({ min: 0, max: 4 }) },
          { weight: 1, arbitrary: fc.constant('na' as const) },
        ),
        { minLength: dimensionOf.length, maxLength: dimensionOf.length },
      ),
      target: fc.integer({ min: 1, max: 4 }),
      priority: fc.shuffledSubarray(
        dimensionOf.map((_, i) => `q${i}`),
        { minLength: dimensionOf.length, maxLength: dimensionOf.length },
      ),
    }),
  );

/** Whole percentages in proportion to `raw`, summing to exactly 100. */
function wholePercents(raw: number[]): number[] {
  const total = raw.reduce((a, b) => a + b, 0);
  const percents = raw.map(r => Math.max(1, Math.floor((100 * r) / total)));
  percents[0] += 100 - percents.reduce((a, b) => a + b, 0);
  return percents[0] > 0
    ? percents.map(p => p / 100)
    : raw.map(() => 1 / raw.length);
}

/**
 * Every plan under the cap, scored by computeScore: the fewest raises that
 * reach the target, and among those the one whose raises, listed by the
 * priority's rank of their question (one entry per level), come first in
 * lexicographic order.
 */
function bestPlanByTrying(
  model: MaturityModel,
  answers: AssessmentAnswers,
  target: number,
  priority: string[],
) {
  const ids = model.questions.map(q => q.id);
  const levelOf = (id: string) =>
    answers[id] && 'level' in answers[id]
      ? (answers[id] as { level: number }).level
      : null;
  const room = ids.map(id => {
    const level = levelOf(id);
    return level === null ? 0 : Math.max(0, target - level);
  });
  let best: { total: number; key: number[]; steps: number[] } | undefined;
  const steps = ids.map(() => 0);
  const visit = (i: number) => {
    if (i === ids.length) {
      const raised: AssessmentAnswers = { ...answers };
      ids.forEach((id, j) => {
        if (steps[j] > 0) {
          raised[id] = {
            level: (levelOf(id)! + steps[j]) as MaturityLevelNumber,
          };
        }
      });
      if (computeScore(model, raised).level! < target) return;
      const total = steps.reduce((a, b) => a + b, 0);
      const key = ids
        .flatMap((id, j) => Array(steps[j]).fill(priority.indexOf(id)))
        .sort((a, b) => a - b);
      if (
        !best ||
        total < best.total ||
        (total === best.total && lexLess(key, best.key))
      ) {
        best = { total, key, steps: [...steps] };
      }
      return;
    }
    for (let n = 0; n <= room[i]; n++) {
      steps[i] = n;
      visit(i + 1);
    }
    steps[i] = 0;
  };
  visit(0);
  return { best: best!, ids, levelOf };
}

function lexLess(a: number[], b: number[]) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i];
  }
  return a.length < b.length;
}

describe('answersToLevel against every plan under the cap', () => {
  it('has the fewest raises, none above the target, and is the plan its priority ranks first', () => {
    fc.assert(
      fc.property(
        world,
        ({ weights, dimensionOf, answers, target, priority }) => {
          const model = smallModel(weights, dimensionOf);
          const given: AssessmentAnswers = Object.fromEntries(
            answers.map((a, i) => [
              `q${i}`,
              a === 'na'
                ? { notApplicable: true as const, reason: 'n/a' }
                : { level: a as MaturityLevelNumber },
            ]),
          );
          const result = computeScore(model, given);
          fc.pre(result.score !== null);
          const path = answersToLevel(
            result,
            target as MaturityLevelNumber,
            priority,
          )!;
          const { best, ids, levelOf } = bestPlanByTrying(
            model,
            given,
            target,
            priority,
          );
          expect(path.raiseCount).toBe(best.total);
          expect(path.raises.every(r => r.to <= target)).toBe(true);
          const expected = ids.flatMap((id, j) =>
            best.steps[j] > 0
              ? [{ id, from: levelOf(id), to: levelOf(id)! + best.steps[j] }]
              : [],
          );
          expect(
            path.raises
              .map(r => ({ id: r.questionId, from: r.from, to: r.to }))
              .sort((a, b) => a.id.localeCompare(b.id)),
          ).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
          expect(path.answerCount).toBe(expected.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
