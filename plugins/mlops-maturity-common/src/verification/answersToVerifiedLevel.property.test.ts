import fc from 'fast-check';
import { MaturityLevelNumber } from '../model/types';
import { AssessmentAnswers } from '../answers/types';
import { computeScore } from '../scoring/computeScore';
import { answersToVerifiedLevel } from './answersToVerifiedLevel';
import { computeVerifiedScore } from './computeVerifiedScore';
import { AnswerVerification, VerificationContext } from './types';
import { smallModel } from '../__testUtils__/smallModel';

const now = new Date('2026-12-10T12:00:00.000Z');
const old = '2026-01-01T00:00:00.000Z';

/** Two dimensions (weights 0.6 / 0.4 or 0.35 / 0.65), five questions: small enough to try every plan. */
const world = fc.record({
  weights: fc.constantFrom([0.6, 0.4], [0.35, 0.65]),
  dimensionOf: fc.array(fc.integer({ min: 0, max: 1 }), {
    minLength: 5,
    maxLength: 5,
  }),
  answers: fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
      { weight: 1, arbitrary: fc.constant('na' as const) },
    ),
    { minLength: 5, maxLength: 5 },
  ),
  verification: fc.array(
    fc.record({
      trust: fc.constantFrom('reviewed' as const, 'self-reported' as const),
      fresh: fc.boolean(),
      exemption: fc.constantFrom(
        'pending' as const,
        'rejected' as const,
        'approved' as const,
      ),
    }),
    { minLength: 5, maxLength: 5 },
  ),
  requiredFromLevel: fc.integer({ min: 1, max: 4 }),
  target: fc.integer({ min: 1, max: 4 }),
});

/** Every way to pick `size` or fewer of `items`. */
function* subsets<T>(items: T[], size: number): Generator<T[]> {
  if (size === 0 || items.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = items;
  yield* subsets(rest, size);
  for (const s of subsets(rest, size - 1)) yield [first, ...s];
}

/** Every raise vector over `rooms` with fewer than `limit` steps in all. */
function* raiseVectors(rooms: number[], limit: number): Generator<number[]> {
  if (rooms.length === 0) {
    if (limit > 0) yield [];
    return;
  }
  const [room, ...rest] = rooms;
  for (let n = 0; n <= room && n < limit; n++) {
    for (const v of raiseVectors(rest, limit - n)) yield [n, ...v];
  }
}

describe('answersToVerifiedLevel against every plan', () => {
  it('reaches the level with the fewest raises, then the fewest verifications', () => {
    fc.assert(
      fc.property(world, w => {
        const model = smallModel(w.weights, w.dimensionOf);
        const answers: AssessmentAnswers = {};
        const verification: Record<string, AnswerVerification> = {};
        w.answers.forEach((a, i) => {
          const v = w.verification[i];
          answers[`q${i}`] =
            a === 'na'
              ? { notApplicable: true, reason: 'n/a' }
              : { level: a as MaturityLevelNumber };
          verification[`q${i}`] = {
            trust: v.trust,
            confirmedAt: v.fresh ? now.toISOString() : old,
            exemption: { status: v.exemption },
          };
        });
        const context: VerificationContext = {
          answers: verification,
          policy: {
            requiredFromLevel: w.requiredFromLevel as 1 | 2 | 3 | 4,
            answerTtlDays: 30,
          },
          now,
        };
        const target = w.target as MaturityLevelNumber;
        const path = answersToVerifiedLevel(model, answers, context, target);

        // The verifiable claim: every rejected N/A a Level 0 answer.
        const ceilingAnswers = { ...answers };
        model.questions.forEach(({ id }, i) => {
          if (
            w.answers[i] === 'na' &&
            w.verification[i].exemption === 'rejected'
          ) {
            ceilingAnswers[id] = { level: 0 };
          }
        });
        const ceiling = computeScore(model, ceilingAnswers);
        // No plan exactly when there is no verified score, or nothing to
        // score even with every N/A approved.
        const verifiedLevel = computeVerifiedScore(model, answers, context)
          .verified.level;
        expect(path === null).toBe(
          ceiling.level === null || verifiedLevel === null,
        );
        if (path === null) return;

        // Carried out, the plan reaches the level.
        const claim = { ...answers };
        const after = { ...verification };
        for (const r of path.raises) {
          claim[r.questionId] = { level: r.to };
          after[r.questionId] = {
            trust: 'self-reported',
            confirmedAt: now.toISOString(),
          };
        }
        const done = { ...after };
        for (const a of path.verifications) {
          done[a.questionId] = {
            review: { trust: 'reviewed' as const },
            reconfirm: {
              ...done[a.questionId],
              confirmedAt: now.toISOString(),
            },
            'approve-exemption': { exemption: { status: 'approved' as const } },
            'renew-exemption': { exemption: { status: 'approved' as const } },
          }[a.kind];
        }
        const reached = computeVerifiedScore(model, claim, {
          ...context,
          answers: done,
        });
        expect(reached.verified.level!).toBeGreaterThanOrEqual(target);
        expect(reached.claimed.level).toBe(computeScore(model, claim).level);

        // No fewer raises reach it, even with every gap closed.
        const levels = model.questions.map(({ id }) => {
          const a = ceilingAnswers[id];
          return 'level' in a ? a.level : null;
        });
        for (const steps of raiseVectors(
          levels.map(l => (l === null ? 0 : Math.max(0, target - l))),
          path.raiseCount,
        )) {
          const raised = { ...ceilingAnswers };
          steps.forEach((n, i) => {
            if (n > 0)
              raised[`q${i}`] = {
                level: (levels[i]! + n) as MaturityLevelNumber,
              };
          });
          expect(computeScore(model, raised).level ?? -1).toBeLessThan(target);
        }

        // With the plan's raises, no fewer verifications reach it.
        const gaps = computeVerifiedScore(model, claim, {
          ...context,
          answers: after,
        }).gaps.filter(g => g.reason !== 'exemption-rejected');
        const fewer = path.verifications.length - 1;
        for (const chosen of fewer < 0 ? [] : subsets(gaps, fewer)) {
          const closed = { ...after };
          for (const g of chosen) {
            closed[g.questionId] = {
              trust: 'reviewed',
              exemption: { status: 'approved' },
            };
          }
          expect(
            computeVerifiedScore(model, claim, { ...context, answers: closed })
              .verified.level,
          ).toBeLessThan(target);
        }
      }),
      { numRuns: 400 },
    );
  });
});
