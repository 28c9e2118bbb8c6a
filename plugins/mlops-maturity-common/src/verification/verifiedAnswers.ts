import {
  AssessmentAnswer,
  AssessmentAnswers,
  isNotApplicable,
} from '../answers/types';
import { MaturityLevelNumber, MaturityModel } from '../model/types';
import {
  AnswerVerification,
  VerificationContext,
  VerificationGap,
  VerificationGapReason,
  VerificationPolicy,
} from './types';
import { policyOrDefault } from './verificationPolicy';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The answers the verified level counts, and every answer counted lower
 * than claimed; see {@link verifiedAnswers}.
 *
 * @public
 */
export interface VerifiedAnswers {
  /** The claimed answers with each gap's answer replaced by its counted level. */
  answers: AssessmentAnswers;
  /** One per answer counted lower than claimed, in the model's question order. */
  gaps: VerificationGap[];
}

/** When a timestamp is at or before `now`; a timestamp that does not parse is. */
function reached(timestamp: string | undefined, now: Date, offsetMs = 0) {
  const time = timestamp === undefined ? NaN : Date.parse(timestamp);
  return Number.isNaN(time) || time + offsetMs <= now.getTime();
}

/** Why an N/A counts as Level 0, or undefined when its exemption holds. */
function exemptionGap(
  verification: AnswerVerification | undefined,
  now: Date,
): VerificationGapReason | undefined {
  const exemption = verification?.exemption ?? { status: 'pending' };
  if (exemption.status === 'pending') return 'exemption-pending';
  if (exemption.status === 'rejected') return 'exemption-rejected';
  if (exemption.expiresAt !== undefined && reached(exemption.expiresAt, now)) {
    return 'exemption-expired';
  }
  return undefined;
}

/** The level a self-reported answer counts at, and why when lower. */
function selfReportedCount(
  level: MaturityLevelNumber,
  verification: AnswerVerification | undefined,
  policy: VerificationPolicy,
  now: Date,
): { counted: MaturityLevelNumber; reason?: VerificationGapReason } {
  // "Older than answerTtlDays": still counted on the last day itself.
  if (
    policy.answerTtlDays !== undefined &&
    reached(verification?.confirmedAt, now, policy.answerTtlDays * DAY_MS + 1)
  ) {
    return { counted: 0, reason: 'expired-answer' };
  }
  if (level >= policy.requiredFromLevel) {
    return {
      counted: (policy.requiredFromLevel - 1) as MaturityLevelNumber,
      reason: 'awaits-review',
    };
  }
  return { counted: level };
}

/** How one claimed answer counts; a gap when it counts lower. */
function countAnswer(
  answer: AssessmentAnswer,
  verification: AnswerVerification | undefined,
  policy: VerificationPolicy,
  now: Date,
): Omit<VerificationGap, 'questionId' | 'dimensionId'> | undefined {
  if (isNotApplicable(answer)) {
    const reason = exemptionGap(verification, now);
    return reason && { claimed: 'not-applicable', counted: 0, reason };
  }
  const trust = verification?.trust ?? 'self-reported';
  if (trust !== 'self-reported') return undefined;
  const { counted, reason } = selfReportedCount(
    answer.level,
    verification,
    policy,
    now,
  );
  return reason && counted < answer.level
    ? { claimed: answer.level, counted, reason }
    : undefined;
}

/**
 * The answers the verified level counts: the claim the organisation can
 * stand behind. Evidence-backed and reviewed answers count as claimed. A
 * self-reported answer at or above `requiredFromLevel` counts at
 * `requiredFromLevel - 1`, the most it can claim on its owners' word alone
 * (so claiming higher without review gains nothing); with `answerTtlDays`, a
 * self-reported answer confirmed longer ago than that counts at Level 0. An
 * N/A whose exemption is pending, expired or rejected counts as Level 0: it
 * enters its dimension's average instead of leaving it. Every answer counts
 * at or below its claim, and no answer is dropped, so the verified score is
 * never above the claimed one and the answered count is the same.
 * Unanswered questions stay unanswered; answers to questions the model does
 * not have are left out.
 *
 * @public
 */
export function verifiedAnswers(
  model: Pick<MaturityModel, 'questions'>,
  answers: AssessmentAnswers,
  context: VerificationContext,
): VerifiedAnswers {
  const policy = policyOrDefault(context.policy);
  const counted: AssessmentAnswers = {};
  const gaps: VerificationGap[] = [];
  for (const question of model.questions) {
    const answer = answers[question.id];
    if (!answer) continue;
    const gap = countAnswer(
      answer,
      context.answers[question.id],
      policy,
      context.now,
    );
    if (gap) {
      gaps.push({
        questionId: question.id,
        dimensionId: question.dimensionId,
        ...gap,
      });
      counted[question.id] = { level: gap.counted };
    } else {
      counted[question.id] = answer;
    }
  }
  return { answers: counted, gaps };
}
