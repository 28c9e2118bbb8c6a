import { AssessmentAnswers } from '../answers/types';
import { MaturityLevelNumber, MaturityModel } from '../model/types';
import { computeScore } from '../scoring/computeScore';
import { Fraction } from '../scoring/Fraction';
import { bandStart, stepGains } from '../scoring/stepGains';
import { VerificationGap, VerificationPolicy } from './types';

/**
 * What closes a gap without changing the claim: a reviewer approves the
 * answer (`review`), its owners re-confirm it (`reconfirm`), or an
 * exemption is approved (`approve-exemption`) or renewed
 * (`renew-exemption`). A rejected exemption has none: the owners must answer
 * the question with a level.
 *
 * @public
 */
export type VerificationActionKind =
  | 'review'
  | 'reconfirm'
  | 'approve-exemption'
  | 'renew-exemption';

/**
 * One action that makes one answer count as claimed.
 *
 * @public
 */
export interface VerificationAction extends VerificationGap {
  kind: VerificationActionKind;
}

/**
 * The action that closes a gap. An expired answer at or above
 * `requiredFromLevel` needs a review, not only a re-confirmation: once
 * reviewed it is no longer self-reported, so neither rule holds it down.
 */
function actionOf(
  gap: VerificationGap,
  policy: VerificationPolicy,
): VerificationAction | undefined {
  switch (gap.reason) {
    case 'awaits-review':
      return { ...gap, kind: 'review' };
    case 'expired-answer':
      return {
        ...gap,
        kind:
          gap.claimed !== 'not-applicable' &&
          gap.claimed >= policy.requiredFromLevel
            ? 'review'
            : 'reconfirm',
      };
    case 'exemption-pending':
      return { ...gap, kind: 'approve-exemption' };
    case 'exemption-expired':
      return { ...gap, kind: 'renew-exemption' };
    default:
      return undefined;
  }
}

/**
 * Every way to approve some of each dimension's exemptions, as how many per
 * dimension: the fewest approvals in all first.
 */
function exemptionChoices(counts: number[]): number[][] {
  const sum = (choice: number[]) => choice.reduce((a, b) => a + b, 0);
  return counts
    .reduce<number[][]>(
      (choices, count) =>
        choices.flatMap(choice =>
          Array.from({ length: count + 1 }, (_, m) => [...choice, m]),
        ),
      [[]],
    )
    .sort((a, b) => sum(a) - sum(b));
}

/**
 * The fewest actions that bring the counted answers' score into the band of
 * `targetLevel`, no claim changed; undefined when even all of them do not.
 *
 * Closing a level gap adds (claimed - counted) × the dimension's step gain
 * to the score, independently of the others, so for a given set of approved
 * exemptions the largest lifts first are the fewest. Approving an exemption
 * takes a Level 0 out of its dimension's average, which changes every gain
 * there; the N/As of one dimension are interchangeable, so each number of
 * approvals per dimension is tried. Ties go to the fewest approvals, then to
 * the answers earliest in the model. Actions come in the model's order.
 */
export function fewestVerifications(
  model: MaturityModel,
  claimed: AssessmentAnswers,
  counted: { answers: AssessmentAnswers; gaps: VerificationGap[] },
  policy: VerificationPolicy,
  targetLevel: MaturityLevelNumber,
): VerificationAction[] | undefined {
  const actions = counted.gaps.flatMap(gap => actionOf(gap, policy) ?? []);
  const lifts = actions.filter(a => a.claimed !== 'not-applicable');
  const dimensions = [
    ...new Set(
      actions
        .filter(a => a.claimed === 'not-applicable')
        .map(a => a.dimensionId),
    ),
  ];
  const exemptionsIn = (dimensionId: string) =>
    actions.filter(
      a => a.claimed === 'not-applicable' && a.dimensionId === dimensionId,
    );
  let best: VerificationAction[] | undefined;
  for (const choice of exemptionChoices(
    dimensions.map(d => exemptionsIn(d).length),
  )) {
    const approved = dimensions.flatMap((d, i) =>
      exemptionsIn(d).slice(0, choice[i]),
    );
    if (best && approved.length >= best.length) continue;
    const answers = { ...counted.answers };
    for (const a of approved) answers[a.questionId] = claimed[a.questionId];
    const taken = largestLiftsFirst(model, answers, lifts, targetLevel);
    if (taken && (!best || approved.length + taken.length < best.length)) {
      best = [...approved, ...taken];
    }
  }
  const order = new Map(model.questions.map((q, i) => [q.id, i]));
  return best?.sort(
    (a, b) => order.get(a.questionId)! - order.get(b.questionId)!,
  );
}

/** The fewest level gaps whose closing lifts the score into the band, largest lifts first. */
function largestLiftsFirst(
  model: MaturityModel,
  answers: AssessmentAnswers,
  lifts: VerificationAction[],
  targetLevel: MaturityLevelNumber,
): VerificationAction[] | undefined {
  const result = computeScore(model, answers);
  if (result.score === null) return undefined;
  const { score, gainOf } = stepGains(result);
  let deficit = bandStart(targetLevel).sub(score);
  const liftOf = (a: VerificationAction) =>
    gainOf
      .get(a.dimensionId)!
      .mul(Fraction.of((a.claimed as number) - a.counted));
  const taken: VerificationAction[] = [];
  // A stable sort: equal lifts stay in the model's order.
  for (const lift of [...lifts].sort((a, b) => liftOf(b).compare(liftOf(a)))) {
    if (deficit.compare(Fraction.of(0)) <= 0) break;
    deficit = deficit.sub(liftOf(lift));
    taken.push(lift);
  }
  return deficit.compare(Fraction.of(0)) <= 0 ? taken : undefined;
}
