import { MaturityLevelNumber } from '../model/types';
import { MaturityResult } from '../scoring/computeScore';
import { Fraction } from '../scoring/Fraction';

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
 * The fewest one-level answer raises that lift a result's score into a level.
 *
 * @public
 */
export interface LevelPath {
  targetLevel: MaturityLevelNumber;
  /** How many one-level raises in all: the sum of `to - from` over `raises`. */
  raiseCount: number;
  /** The raises, the ones that add most to the score first. */
  raises: AnswerRaise[];
}

interface UnitRaise {
  questionId: string;
  dimensionId: string;
  /** The level this raise starts from. */
  level: number;
  gain: Fraction;
  order: number;
}

/**
 * The fewest one-level answer raises that bring a result's score to the band
 * of `targetLevel`, computed with the same exact fractions as the score.
 *
 * Raising an applicable answer in dimension d by one level adds
 * weight(d) / (sum of scored weights × applicable answers in d) to the score,
 * whatever its current level: every raise costs one, and its gain depends only
 * on its dimension. So for any number k of raises, the k largest gains add the
 * most, and taking raises in order of gain until the score reaches the band
 * is optimal. Among equal gains the lowest answers go first, then the model's
 * question order. Unanswered and not-applicable questions are not raised: that
 * would change which answers the averages are over.
 *
 * Null when the result has no score. An empty path when the score is already
 * in or above the band.
 *
 * @public
 */
export function answersToLevel(
  result: MaturityResult,
  targetLevel: MaturityLevelNumber,
): LevelPath | null {
  if (result.score === null) return null;
  const scored = result.dimensions.filter(d => d.applicableCount > 0);
  const totalWeight = scored.reduce(
    (sum, d) => sum.add(Fraction.fromDecimal(d.weight)),
    Fraction.of(0),
  );
  const gainOf = new Map(
    scored.map(d => [
      d.dimensionId,
      Fraction.fromDecimal(d.weight).div(
        totalWeight.mul(Fraction.of(d.applicableCount)),
      ),
    ]),
  );

  let score = Fraction.of(0);
  const units: UnitRaise[] = [];
  result.questions.forEach((q, order) => {
    const gain = gainOf.get(q.dimensionId);
    if (q.level === null || !gain) return;
    score = score.add(gain.mul(Fraction.of(q.level)));
    for (let level = q.level; level < 4; level++) {
      units.push({ ...q, level, gain, order });
    }
  });
  units.sort(
    (a, b) => b.gain.compare(a.gain) || a.level - b.level || a.order - b.order,
  );

  // The band of level L starts at L - 1/2 (Level 0 at 0).
  const threshold = Fraction.of(Math.max(0, 2 * targetLevel - 1), 2);
  const taken: UnitRaise[] = [];
  for (const unit of units) {
    if (score.compare(threshold) >= 0) break;
    score = score.add(unit.gain);
    taken.push(unit);
  }

  const raises = new Map<string, AnswerRaise>();
  for (const unit of taken) {
    const raise = raises.get(unit.questionId);
    if (raise) {
      raise.to = (unit.level + 1) as MaturityLevelNumber;
    } else {
      raises.set(unit.questionId, {
        questionId: unit.questionId,
        dimensionId: unit.dimensionId,
        from: unit.level as MaturityLevelNumber,
        to: (unit.level + 1) as MaturityLevelNumber,
      });
    }
  }
  return {
    targetLevel,
    raiseCount: taken.length,
    raises: [...raises.values()],
  };
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
