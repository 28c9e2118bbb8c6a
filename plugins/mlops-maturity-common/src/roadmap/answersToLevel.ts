import { MaturityLevelNumber } from '../model/types';
import { MaturityResult } from '../scoring/computeScore';
import { Fraction } from '../scoring/Fraction';
import { bandStart, stepGains } from '../scoring/stepGains';

/**
 * Raising one question's answer, one or more levels.
 *
 * @public
 */
export interface AnswerRaise {
  questionId: string;
  dimensionId: string;
  from: MaturityLevelNumber;
  to: MaturityLevelNumber;
}

/**
 * A plan to reach a level: the fewest one-level answer raises that lift a
 * result's score into the level's band, no answer raised above that level.
 *
 * @public
 */
export interface LevelPath {
  targetLevel: MaturityLevelNumber;
  /** How many one-level raises (level steps) in all: the sum of `to - from` over `raises`. */
  raiseCount: number;
  /** How many answers change: the length of `raises`. */
  answerCount: number;
  /** One entry per answer raised, the first actions first (see {@link answersToLevel}). */
  raises: AnswerRaise[];
}

interface Candidate {
  questionId: string;
  dimensionId: string;
  level: MaturityLevelNumber;
  /** How many one-level raises it can take: up to the target level. */
  room: number;
  gain: Fraction;
}

const ZERO = Fraction.of(0);

/**
 * The plan to bring a result's score into the band of `targetLevel`, with
 * the same exact fractions as the score.
 *
 * Raising an applicable answer in dimension d by one level adds
 * weight(d) / (sum of scored weights × applicable answers in d) to the score,
 * whatever its current level, and no answer is raised above `targetLevel`
 * (reaching Level 2 never asks for a Level 4 practice). The plan has the
 * fewest raises that reach the band: taking the largest gains first finds
 * that number. Among the plans of that size it is the one that raises the
 * questions earliest in `priority` most: question by question in that order,
 * each is raised as far as it can be while the rest of the band can still be
 * reached, in the raises left, by the questions after it. Questions the
 * priority does not name come after it, the lowest answers first, then in
 * the model's order. Unanswered and not-applicable questions are not raised:
 * that would change which answers the averages are over.
 *
 * Null when the result has no score. An empty plan when the score is already
 * in or above the band.
 *
 * @public
 */
export function answersToLevel(
  result: MaturityResult,
  targetLevel: MaturityLevelNumber,
  priority?: readonly string[],
): LevelPath | null {
  if (result.score === null) return null;
  const { score, candidates } = candidatesOf(result, targetLevel);
  let deficit = bandStart(targetLevel).sub(score);
  const ordered = orderBy(candidates, priority);
  let budget = fewestRaises(ordered, deficit);
  const raises: AnswerRaise[] = [];
  ordered.forEach((candidate, index) => {
    if (budget === 0) return;
    const rest = ordered.slice(index + 1);
    const after = (steps: number) =>
      deficit.sub(candidate.gain.mul(Fraction.of(steps)));
    let steps = Math.min(candidate.room, budget);
    while (steps > 0 && !reachable(rest, after(steps), budget - steps)) {
      steps -= 1;
    }
    if (steps === 0) return;
    deficit = after(steps);
    budget -= steps;
    raises.push({
      questionId: candidate.questionId,
      dimensionId: candidate.dimensionId,
      from: candidate.level,
      to: (candidate.level + steps) as MaturityLevelNumber,
    });
  });
  return {
    targetLevel,
    raiseCount: raises.reduce((sum, r) => sum + r.to - r.from, 0),
    answerCount: raises.length,
    raises,
  };
}

/** The score as an exact fraction, and what each answer below the target can add. */
function candidatesOf(result: MaturityResult, targetLevel: number) {
  const { score, gainOf } = stepGains(result);
  const candidates: Candidate[] = [];
  for (const q of result.questions) {
    const gain = gainOf.get(q.dimensionId);
    if (q.level !== null && gain && q.level < targetLevel) {
      candidates.push({
        questionId: q.questionId,
        dimensionId: q.dimensionId,
        level: q.level,
        room: targetLevel - q.level,
        gain,
      });
    }
  }
  return { score, candidates };
}

/** The candidates in priority order; those it does not name after, lowest answers first. */
function orderBy(candidates: Candidate[], priority?: readonly string[]) {
  const rank = new Map((priority ?? []).map((id, i) => [id, i]));
  const rankOf = (c: Candidate) => rank.get(c.questionId) ?? rank.size;
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort(
      (a, b) =>
        rankOf(a.candidate) - rankOf(b.candidate) ||
        a.candidate.level - b.candidate.level ||
        a.index - b.index,
    )
    .map(({ candidate }) => candidate);
}

/** Every one-level raise the candidates can take, the largest gain first. */
function gainsOf(candidates: Candidate[]): Fraction[] {
  return candidates
    .flatMap(c => Array.from({ length: c.room }, () => c.gain))
    .sort((a, b) => b.compare(a));
}

/** Whether `raises` raises of these candidates can cover the deficit. */
function reachable(candidates: Candidate[], deficit: Fraction, raises: number) {
  if (deficit.compare(ZERO) <= 0) return true;
  const best = gainsOf(candidates)
    .slice(0, raises)
    .reduce((sum, g) => sum.add(g), ZERO);
  return best.compare(deficit) >= 0;
}

/** The fewest one-level raises whose gains cover the deficit. */
function fewestRaises(candidates: Candidate[], deficit: Fraction): number {
  let covered = ZERO;
  let count = 0;
  for (const gain of gainsOf(candidates)) {
    if (covered.compare(deficit) >= 0) break;
    covered = covered.add(gain);
    count += 1;
  }
  return count;
}

/**
 * How many one-level answer raises the next level is away: the size of
 * {@link answersToLevel} for `level + 1`. Null without a score or at Level 4.
 *
 * @public
 */
export function raisesToNextLevel(result: MaturityResult): number | null {
  if (result.level === null || result.level >= 4) return null;
  return (
    answersToLevel(result, (result.level + 1) as MaturityLevelNumber)
      ?.raiseCount ?? null
  );
}
