import fc from 'fast-check';
import { defaultMaturityModel as model } from '../model/defaultModel';
import { MaturityLevelNumber } from '../model/types';
import { AssessmentAnswer, AssessmentAnswers } from '../answers/types';
import { computeScore } from '../scoring/computeScore';
import { computeVerifiedScore } from './computeVerifiedScore';
import {
  AnswerTrust,
  AnswerVerification,
  NotApplicableExemption,
  VerificationPolicy,
} from './types';

const now = new Date('2026-12-10T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();

const level = fc.integer({
  min: 0,
  max: 4,
}) as fc.Arbitrary<MaturityLevelNumber>;
const answer: fc.Arbitrary<AssessmentAnswer | undefined> = fc.oneof(
  { weight: 6, arbitrary: level.map(l => ({ level: l })) },
  {
    weight: 2,
    arbitrary: fc.constant({ notApplicable: true as const, reason: 'n/a' }),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const trust = fc.constantFrom<AnswerTrust | undefined>(
  'evidence-backed',
  'reviewed',
  'self-reported',
  undefined,
);
const exemption = fc.oneof(
  fc.constant(undefined),
  fc.constant<NotApplicableExemption>({ status: 'pending' }),
  fc.constant<NotApplicableExemption>({ status: 'rejected' }),
  fc.constant<NotApplicableExemption>({ status: 'approved' }),
  fc.integer({ min: -30, max: 30 }).map<NotApplicableExemption>(d => ({
    status: 'approved',
    expiresAt: at(d),
  })),
);
const verification: fc.Arbitrary<AnswerVerification> = fc.record(
  {
    trust,
    confirmedAt: fc.integer({ min: -60, max: 0 }).map(at),
    exemption,
  },
  { requiredKeys: [] },
);
const policy: fc.Arbitrary<VerificationPolicy> = fc.record(
  {
    requiredFromLevel: fc.integer({ min: 1, max: 4 }) as fc.Arbitrary<
      1 | 2 | 3 | 4
    >,
    answerTtlDays: fc.integer({ min: 1, max: 45 }),
  },
  { requiredKeys: ['requiredFromLevel'] },
);

const world = fc.record({
  answers: fc.tuple(...model.questions.map(() => answer)),
  verification: fc.tuple(...model.questions.map(() => verification)),
  policy,
});

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function inputs(w: World) {
  const answers: AssessmentAnswers = {};
  const context: Record<string, AnswerVerification> = {};
  model.questions.forEach((q, i) => {
    if (w.answers[i]) answers[q.id] = w.answers[i]!;
    context[q.id] = w.verification[i];
  });
  return { answers, context: { answers: context, policy: w.policy, now } };
}

/**
 * The counted level of one answer, read from the rule's wording rather than
 * the code: an N/A whose exemption is not approved-and-unexpired is 0; a
 * self-reported answer older than the TTL (or of unknown age) is 0, else at
 * most requiredFromLevel - 1; anything else counts as given (N/A stays out).
 */
function countedByTheRule(
  given: AssessmentAnswer,
  v: AnswerVerification,
  p: VerificationPolicy,
): AssessmentAnswer {
  if ('notApplicable' in given) {
    const e = v.exemption;
    const holds =
      e?.status === 'approved' &&
      (e.expiresAt === undefined || Date.parse(e.expiresAt) > now.getTime());
    return holds ? given : { level: 0 };
  }
  if ((v.trust ?? 'self-reported') !== 'self-reported') return given;
  const ageDays = v.confirmedAt
    ? (now.getTime() - Date.parse(v.confirmedAt)) / DAY
    : Infinity;
  if (p.answerTtlDays !== undefined && ageDays > p.answerTtlDays) {
    return given.level === 0 ? given : { level: 0 };
  }
  return given.level >= p.requiredFromLevel
    ? { level: (p.requiredFromLevel - 1) as MaturityLevelNumber }
    : given;
}

describe('computeVerifiedScore properties', () => {
  it('is computeScore over the answers the rule counts, with a gap exactly where an answer counts lower', () => {
    fc.assert(
      fc.property(world, w => {
        const { answers, context } = inputs(w);
        const result = computeVerifiedScore(model, answers, context);
        const expected: AssessmentAnswers = {};
        for (const [id, given] of Object.entries(answers)) {
          expected[id] = countedByTheRule(given, context.answers[id], w.policy);
        }
        expect(result.verified).toEqual(computeScore(model, expected));
        expect(result.claimed).toEqual(computeScore(model, answers));
        expect(result.gaps.map(g => g.questionId).sort()).toEqual(
          Object.keys(answers)
            .filter(id => expected[id] !== answers[id])
            .sort(),
        );
        expect(result.gapCounts.reduce((sum, c) => sum + c.count, 0)).toBe(
          result.gaps.length,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('is never above the claim: score, level and gated level', () => {
    fc.assert(
      fc.property(world, w => {
        const { answers, context } = inputs(w);
        const { claimed, verified } = computeVerifiedScore(
          model,
          answers,
          context,
        );
        if (claimed.score === null) return;
        expect(verified.score!).toBeLessThanOrEqual(claimed.score);
        expect(verified.level!).toBeLessThanOrEqual(claimed.level!);
        expect(verified.gatedLevel!).toBeLessThanOrEqual(claimed.gatedLevel!);
        expect(dimensionsNotAbove(verified, claimed)).not.toContain(false);
      }),
      { numRuns: 500 },
    );
  });

  it('equals the claim when every answer is backed, reviewed or fresh below the line, and every N/A exempt', () => {
    fc.assert(
      fc.property(world, w => {
        const { answers, context } = inputs(w);
        for (const [id, given] of Object.entries(answers)) {
          const v = context.answers[id];
          if ('notApplicable' in given) {
            v.exemption = { status: 'approved', expiresAt: at(1) };
          } else if (given.level >= w.policy.requiredFromLevel) {
            v.trust = given.level % 2 ? 'reviewed' : 'evidence-backed';
          } else if (!v.trust || v.trust === 'self-reported') {
            v.confirmedAt = now.toISOString();
          }
        }
        const result = computeVerifiedScore(model, answers, context);
        expect(result.gaps).toEqual([]);
        expect(result.verified).toEqual(result.claimed);
      }),
      { numRuns: 300 },
    );
  });
});

/** Each dimension's verified average is at most its claimed one, where both exist. */
function dimensionsNotAbove(
  verified: ReturnType<typeof computeScore>,
  claimed: ReturnType<typeof computeScore>,
): boolean[] {
  return verified.dimensions.map((d, i) => {
    const c = claimed.dimensions[i].average;
    return d.average === null || c === null || d.average <= c;
  });
}
