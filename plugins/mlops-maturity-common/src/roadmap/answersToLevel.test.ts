import fc from 'fast-check';
import { defaultMaturityModel as model } from '../model/defaultModel';
import { MaturityLevelNumber } from '../model/types';
import { AssessmentAnswers } from '../answers/types';
import { computeScore } from '../scoring/computeScore';
import { answersByDimension, uniformAnswers } from '../testUtils';
import { answersToLevel, raisesToNextLevel } from './answersToLevel';

/** Applies a path's raises to the answers it was computed from. */
function applyRaises(
  answers: AssessmentAnswers,
  path: NonNullable<ReturnType<typeof answersToLevel>>,
): AssessmentAnswers {
  const raised = { ...answers };
  for (const r of path.raises) {
    expect(raised[r.questionId]).toEqual({ level: r.from });
    raised[r.questionId] = { level: r.to };
  }
  return raised;
}

describe('answersToLevel', () => {
  it('finds the cheapest raises: People & Process answers weigh most per raise', () => {
    // People 1 (3 questions), the rest 1 (4 questions each): score 1, Level 1.
    const answers = uniformAnswers(1);
    const result = computeScore(model, answers);
    const path = answersToLevel(result, 2)!;
    // A People & Process raise adds 0.30 / 3 = 0.1; a Development or
    // Deployment one 0.25 / 4 = 0.0625; a Monitoring one 0.20 / 4 = 0.05.
    // To add 0.5: three People raises (0.3) still leave 0.2, and the next
    // best are 0.1 each (People again, from level 2): five raises in all.
    expect(path.raiseCount).toBe(5);
    expect(path.raises).toEqual([
      {
        questionId: 'team-collaboration',
        dimensionId: 'people-process',
        from: 1,
        to: 3,
      },
      {
        questionId: 'deployment-process',
        dimensionId: 'people-process',
        from: 1,
        to: 3,
      },
      {
        questionId: 'incident-response',
        dimensionId: 'people-process',
        from: 1,
        to: 2,
      },
    ]);
    const after = computeScore(model, applyRaises(answers, path));
    expect(after.level).toBe(2);
    expect(after.score).toBeCloseTo(1.5, 12);
  });

  it('is empty when the score is already in the band, and null without a score', () => {
    const result = computeScore(model, uniformAnswers(2));
    expect(answersToLevel(result, 2)).toEqual({
      targetLevel: 2,
      raiseCount: 0,
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
    expect(raisesToNextLevel(computeScore(model, uniformAnswers(1)))).toBe(5);
    expect(
      raisesToNextLevel(computeScore(model, uniformAnswers(4))),
    ).toBeNull();
    expect(raisesToNextLevel(computeScore(model, {}))).toBeNull();
  });

  it('is as short as any way to reach the level (exhaustive search over raises per dimension)', () => {
    const level = fc.constantFrom<MaturityLevelNumber | 'na'>(
      0,
      1,
      2,
      3,
      4,
      'na',
    );
    const dimensions = model.dimensions.map(
      d => model.questions.filter(q => q.dimensionId === d.id).length,
    );
    fc.assert(
      fc.property(
        fc.tuple(
          ...dimensions.map(n =>
            fc.array(level, { minLength: n, maxLength: n }),
          ),
        ),
        fc.constantFrom<MaturityLevelNumber>(1, 2, 3, 4),
        (levels, target) => {
          const answers = answersByDimension(
            Object.fromEntries(
              model.dimensions.map((d, i) => [d.id, levels[i]]),
            ),
          );
          const result = computeScore(model, answers);
          // Everything not applicable has no score (tested above).
          fc.pre(result.score !== null);
          const path = answersToLevel(result, target);
          const reached = computeScore(model, applyRaises(answers, path!))
            .level!;
          expect(reached).toBeGreaterThanOrEqual(target);
          expect(path!.raiseCount).toBe(
            path!.raises.reduce((n, r) => n + r.to - r.from, 0),
          );
          // The fewest raises any distribution over the dimensions needs,
          // each dimension's raises spent on its lowest answers (where they
          // go within a dimension does not change its average).
          expect(path!.raiseCount).toBe(fewestRaises(answers, target));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Brute force: tries every count of raises per dimension, scored by computeScore. */
function fewestRaises(
  answers: AssessmentAnswers,
  target: MaturityLevelNumber,
): number {
  const byDimension = model.dimensions.map(d =>
    model.questions
      .filter(q => q.dimensionId === d.id)
      .filter(q => answers[q.id] && 'level' in answers[q.id])
      .map(q => q.id),
  );
  const capacity = byDimension.map(ids =>
    ids.reduce((n, id) => n + 4 - (answers[id] as { level: number }).level, 0),
  );
  let best = Number.POSITIVE_INFINITY;
  const counts = [0, 0, 0, 0];
  const visit = (d: number, spent: number) => {
    if (spent >= best) return;
    if (d === counts.length) {
      const raised = { ...answers };
      byDimension.forEach((ids, i) => {
        let left = counts[i];
        while (left > 0) {
          const lowest = ids.reduce((a, b) =>
            (raised[a] as { level: number }).level <=
            (raised[b] as { level: number }).level
              ? a
              : b,
          );
          const current = (raised[lowest] as { level: number }).level;
          raised[lowest] = { level: (current + 1) as MaturityLevelNumber };
          left--;
        }
      });
      if (computeScore(model, raised).level! >= target) best = spent;
      return;
    }
    for (let n = 0; n <= capacity[d]; n++) {
      counts[d] = n;
      visit(d + 1, spent + n);
    }
    counts[d] = 0;
  };
  visit(0, 0);
  return best;
}
