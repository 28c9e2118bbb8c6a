import { MaturityResult } from './computeScore';
import { Fraction } from './Fraction';

/**
 * A result's score as an exact fraction, and what one one-level change of an
 * applicable answer adds to it in each scored dimension:
 * weight(d) / (sum of scored weights × applicable answers in d), whatever the
 * answer's level. The same arithmetic as `computeScore`, read back from its
 * result so plans can be worked out without rescoring.
 */
export function stepGains(result: MaturityResult): {
  score: Fraction;
  gainOf: Map<string, Fraction>;
} {
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
  for (const q of result.questions) {
    const gain = gainOf.get(q.dimensionId);
    if (q.level !== null && gain) {
      score = score.add(gain.mul(Fraction.of(q.level)));
    }
  }
  return { score, gainOf };
}

/** Where the band of a level starts: L - 1/2, and 0 for Level 0. */
export function bandStart(level: number): Fraction {
  return Fraction.of(Math.max(0, 2 * level - 1), 2);
}
