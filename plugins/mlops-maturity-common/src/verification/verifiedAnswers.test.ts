import { defaultMaturityModel as model } from '../model/defaultModel';
import { AssessmentAnswers } from '../answers/types';
import { verifiedAnswers } from './verifiedAnswers';
import { verificationPolicyProblems } from './verificationPolicy';
import { AnswerVerification, VerificationPolicy } from './types';

const now = new Date('2026-12-10T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number, ms = 0) =>
  new Date(now.getTime() - days * DAY - ms).toISOString();
const [q1, q2, q3, q4] = model.questions.map(q => q.id);
const na = { notApplicable: true as const, reason: 'No models in production' };

function count(
  answers: AssessmentAnswers,
  verification: Record<string, AnswerVerification>,
  policy?: VerificationPolicy,
) {
  return verifiedAnswers(model, answers, {
    answers: verification,
    policy,
    now,
  });
}

describe('verifiedAnswers', () => {
  it('holds a self-reported answer from requiredFromLevel down to the level below it, and trusts the rest', () => {
    const answers: AssessmentAnswers = {
      [q1]: { level: 4 },
      [q2]: { level: 3, note: 'kept' },
      [q3]: { level: 4 },
      [q4]: { level: 2 },
    };
    const { answers: counted, gaps } = count(answers, {
      [q1]: { trust: 'evidence-backed' },
      [q2]: { trust: 'reviewed' },
    });
    expect(counted).toEqual({
      [q1]: { level: 4 },
      [q2]: { level: 3, note: 'kept' },
      [q3]: { level: 2 },
      [q4]: { level: 2 },
    });
    expect(gaps).toEqual([
      {
        questionId: q3,
        dimensionId: model.questions[2].dimensionId,
        claimed: 4,
        counted: 2,
        reason: 'awaits-review',
      },
    ]);
  });

  it('moves the line with requiredFromLevel', () => {
    const answers = { [q1]: { level: 4 }, [q2]: { level: 3 } } as const;
    const { answers: counted } = count(answers, {}, { requiredFromLevel: 4 });
    expect(counted).toEqual({ [q1]: { level: 3 }, [q2]: { level: 3 } });
    expect(count(answers, {}, { requiredFromLevel: 1 }).answers).toEqual({
      [q1]: { level: 0 },
      [q2]: { level: 0 },
    });
  });

  it('counts an N/A as Level 0 unless its exemption is approved and not expired', () => {
    const answers = { [q1]: na, [q2]: na, [q3]: na, [q4]: na };
    const { answers: counted, gaps } = count(answers, {
      [q1]: { exemption: { status: 'approved' } },
      [q2]: { exemption: { status: 'approved', expiresAt: daysAgo(0, -1) } },
      [q3]: { exemption: { status: 'approved', expiresAt: daysAgo(0) } },
      [q4]: { exemption: { status: 'rejected' } },
    });
    expect(counted).toEqual({
      [q1]: na,
      [q2]: na,
      [q3]: { level: 0 },
      [q4]: { level: 0 },
    });
    expect(gaps.map(g => [g.questionId, g.claimed, g.reason])).toEqual([
      [q3, 'not-applicable', 'exemption-expired'],
      [q4, 'not-applicable', 'exemption-rejected'],
    ]);
    // No decision recorded: the N/A is the request, still pending.
    expect(count({ [q1]: na }, {}).gaps[0].reason).toBe('exemption-pending');
  });

  it('with answerTtlDays, counts a self-reported answer older than that at Level 0', () => {
    const answers: AssessmentAnswers = {
      [q1]: { level: 2 },
      [q2]: { level: 2 },
      [q3]: { level: 4 },
      [q4]: { level: 2 },
    };
    const verification: Record<string, AnswerVerification> = {
      [q1]: { confirmedAt: daysAgo(30) },
      [q2]: { confirmedAt: daysAgo(30, 1) },
      [q3]: { confirmedAt: daysAgo(31) },
      [q4]: { trust: 'reviewed', confirmedAt: daysAgo(400) },
    };
    const { answers: counted, gaps } = count(answers, verification, {
      requiredFromLevel: 3,
      answerTtlDays: 30,
    });
    expect(counted).toEqual({
      [q1]: { level: 2 },
      [q2]: { level: 0 },
      [q3]: { level: 0 },
      [q4]: { level: 2 },
    });
    // Expired and above the line: expiry is what sets the count.
    expect(gaps.map(g => [g.questionId, g.reason])).toEqual([
      [q2, 'expired-answer'],
      [q3, 'expired-answer'],
    ]);
    // Off by default: the same answers do not expire.
    expect(count(answers, verification).answers[q2]).toEqual({ level: 2 });
  });

  it('takes a self-reported answer of unknown age to be expired, and lists no gap for a Level 0', () => {
    const policy = { requiredFromLevel: 3 as const, answerTtlDays: 7 };
    const unknown = count({ [q1]: { level: 1 } }, {}, policy);
    expect(unknown.answers[q1]).toEqual({ level: 0 });
    const garbled = count(
      { [q1]: { level: 1 } },
      { [q1]: { confirmedAt: 'last week' } },
      policy,
    );
    expect(garbled.gaps[0].reason).toBe('expired-answer');
    expect(count({ [q1]: { level: 0 } }, {}, policy).gaps).toEqual([]);
  });

  it('leaves unanswered questions and questions the model lacks out', () => {
    const { answers: counted } = count(
      { [q1]: { level: 1 }, retired: { level: 4 } },
      {},
    );
    expect(counted).toEqual({ [q1]: { level: 1 } });
  });

  it('refuses a policy it cannot apply, naming the field and the value', () => {
    expect(() =>
      count({}, {}, { requiredFromLevel: 0 as unknown as 1 }),
    ).toThrow('requiredFromLevel is 0; allowed: 1, 2, 3 or 4');
    expect(() =>
      count({}, {}, { requiredFromLevel: 3, answerTtlDays: 0 }),
    ).toThrow('answerTtlDays is 0; allowed: a number above 0');
    expect(
      verificationPolicyProblems({
        requiredFromLevel: 2.5 as unknown as 2,
        answerTtlDays: Number.NaN,
      }).map(p => p.field),
    ).toEqual(['requiredFromLevel', 'answerTtlDays']);
    expect(verificationPolicyProblems({ requiredFromLevel: 4 })).toEqual([]);
  });
});
