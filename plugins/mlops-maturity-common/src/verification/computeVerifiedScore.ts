import { AssessmentAnswers } from '../answers/types';
import { MaturityLevelNumber, MaturityModel } from '../model/types';
import { computeScore, MaturityResult } from '../scoring/computeScore';
import {
  VerificationContext,
  VerificationGap,
  VerificationGapReason,
} from './types';
import { verifiedAnswers } from './verifiedAnswers';

/**
 * How many answers claimed at one level (or N/A) count lower for one reason:
 * "2 answers at Level 3 await review".
 *
 * @public
 */
export interface VerificationGapCount {
  reason: VerificationGapReason;
  claimed: MaturityLevelNumber | 'not-applicable';
  count: number;
}

/**
 * The claimed and the verified result of one set of answers, and what
 * separates them; see {@link computeVerifiedScore}.
 *
 * @public
 */
export interface VerifiedScore {
  /** `computeScore` of the answers as given. */
  claimed: MaturityResult;
  /** `computeScore` of {@link VerifiedScore.counted}: its level is the verified level. */
  verified: MaturityResult;
  /** The answers the verified level counts (see `verifiedAnswers`). */
  counted: AssessmentAnswers;
  /** Every answer counted lower than claimed, in the model's question order. */
  gaps: VerificationGap[];
  /**
   * The gaps counted by reason and claimed level: reasons in the order of
   * {@link VerificationGapReason}'s documentation, highest claims first,
   * N/A last.
   */
  gapCounts: VerificationGapCount[];
}

const REASON_ORDER: VerificationGapReason[] = [
  'awaits-review',
  'expired-answer',
  'exemption-pending',
  'exemption-expired',
  'exemption-rejected',
];

const claimRank = (claimed: VerificationGapCount['claimed']) =>
  claimed === 'not-applicable' ? -1 : claimed;

function countGaps(gaps: VerificationGap[]): VerificationGapCount[] {
  const counts = new Map<string, VerificationGapCount>();
  for (const { reason, claimed } of gaps) {
    const key = `${reason}:${claimed}`;
    const known = counts.get(key);
    if (known) known.count += 1;
    else counts.set(key, { reason, claimed, count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) =>
      REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
      claimRank(b.claimed) - claimRank(a.claimed),
  );
}

/**
 * The claimed and the verified level side by side. The verified result is
 * `computeScore` over the answers `verifiedAnswers` counts, so it has the
 * same exact arithmetic and bands as the claimed one, and is never above
 * it (score, level, gated level). Its `official` is `computeScore`'s over the
 * counted answers: an N/A counted as Level 0 gives its dimension an
 * applicable answer, so it can be official where the claim is not.
 *
 * @public
 */
export function computeVerifiedScore(
  model: MaturityModel,
  answers: AssessmentAnswers,
  context: VerificationContext,
): VerifiedScore {
  const counted = verifiedAnswers(model, answers, context);
  return {
    claimed: computeScore(model, answers),
    verified: computeScore(model, counted.answers),
    counted: counted.answers,
    gaps: counted.gaps,
    gapCounts: countGaps(counted.gaps),
  };
}
