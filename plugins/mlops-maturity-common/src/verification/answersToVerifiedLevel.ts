import { AssessmentAnswers } from '../answers/types';
import { MaturityLevelNumber, MaturityModel } from '../model/types';
import { AnswerRaise } from '../roadmap/answersToLevel';
import { nextBestActions } from '../roadmap/nextBestActions';
import { computeScore } from '../scoring/computeScore';
import { fewestVerifications, VerificationAction } from './fewestVerifications';
import { VerificationContext } from './types';
import { policyOrDefault } from './verificationPolicy';
import { verifiedAnswers } from './verifiedAnswers';

/**
 * A plan to reach a verified level; see {@link answersToVerifiedLevel}.
 *
 * @public
 */
export interface VerifiedLevelPath {
  targetLevel: MaturityLevelNumber;
  /** Changes to the claim: the plan `nextBestActions` gives for it. Empty when the claim already reaches the level. */
  raises: AnswerRaise[];
  /** How many one-level raises in all: the sum of `to - from` over `raises`. */
  raiseCount: number;
  /** Reviews, re-confirmations and exemption decisions, in the model's order. */
  verifications: VerificationAction[];
  /** `raiseCount` plus the number of verifications. */
  actionCount: number;
}

/**
 * The claim with every rejected N/A as a Level 0 answer: what the verified
 * level reaches once every other gap is closed, and what raises start from.
 */
function verifiableClaim(
  answers: AssessmentAnswers,
  rejected: string[],
): AssessmentAnswers {
  const claim = { ...answers };
  for (const id of rejected) claim[id] = { level: 0 };
  return claim;
}

/**
 * The claim and context after raises: a raised answer is a new claim of
 * its owners, self-reported and confirmed now, whatever backed the old one.
 */
function applyRaises(
  answers: AssessmentAnswers,
  context: VerificationContext,
  raises: AnswerRaise[],
) {
  const claim = { ...answers };
  const verification = { ...context.answers };
  for (const raise of raises) {
    claim[raise.questionId] = { level: raise.to };
    verification[raise.questionId] = {
      trust: 'self-reported',
      confirmedAt: context.now.toISOString(),
    };
  }
  return { claim, context: { ...context, answers: verification } };
}

/**
 * The plan to bring the verified level to `targetLevel`. Two kinds of action
 * lift it: a *raise* changes the claim (a practice improved, as in
 * `nextBestActions`), a *verification* (review, re-confirmation, exemption
 * approval or renewal) makes an answer count as claimed without changing
 * the claim. The verified level never exceeds the claimed one, so the
 * fewest raises are those the claim needs; with those, the fewest
 * verifications. So while the claim already reaches the level the plan is
 * only verifications: what separates the two levels is proof, not practice.
 *
 * Raises are planned on the claim with each rejected N/A as Level 0 (the
 * exemption was refused, so the question applies and may have to be
 * answered: a raise from 0), by `nextBestActions` with the same exact
 * arithmetic and roadmap order; a raised answer is then self-reported and
 * confirmed now, so a raise to `requiredFromLevel` or above also needs a
 * review, which the plan counts.
 *
 * Null when the verified level has no score, or when no raise or
 * verification can reach the level (every applicable answer is an N/A
 * still to be decided). An empty plan when the verified level is already
 * at or above `targetLevel`.
 *
 * @public
 */
export function answersToVerifiedLevel(
  model: MaturityModel,
  answers: AssessmentAnswers,
  context: VerificationContext,
  targetLevel: MaturityLevelNumber,
): VerifiedLevelPath | null {
  const policy = policyOrDefault(context.policy);
  const counted = verifiedAnswers(model, answers, context);
  const verified = computeScore(model, counted.answers);
  if (verified.level === null) return null;
  const plan = (raises: AnswerRaise[], verifications: VerificationAction[]) => {
    const raiseCount = raises.reduce((sum, r) => sum + r.to - r.from, 0);
    return {
      targetLevel,
      raises,
      raiseCount,
      verifications,
      actionCount: raiseCount + verifications.length,
    };
  };
  if (verified.level >= targetLevel) return plan([], []);

  const rejected = counted.gaps
    .filter(gap => gap.reason === 'exemption-rejected')
    .map(gap => gap.questionId);
  const ceiling = computeScore(model, verifiableClaim(answers, rejected));
  if (ceiling.level === null) return null;
  const raises =
    ceiling.level < targetLevel
      ? nextBestActions(model, ceiling, targetLevel)?.raises ?? []
      : [];
  const raised = applyRaises(answers, context, raises);
  const verifications = fewestVerifications(
    model,
    raised.claim,
    verifiedAnswers(model, raised.claim, raised.context),
    policy,
    targetLevel,
  );
  return verifications ? plan(raises, verifications) : null;
}

/**
 * {@link answersToVerifiedLevel} for the level above the verified one. Null
 * without a verified score or at verified Level 4.
 *
 * @public
 */
export function answersToNextVerifiedLevel(
  model: MaturityModel,
  answers: AssessmentAnswers,
  context: VerificationContext,
): VerifiedLevelPath | null {
  const { level } = computeScore(
    model,
    verifiedAnswers(model, answers, context).answers,
  );
  if (level === null || level >= 4) return null;
  return answersToVerifiedLevel(
    model,
    answers,
    context,
    (level + 1) as MaturityLevelNumber,
  );
}
