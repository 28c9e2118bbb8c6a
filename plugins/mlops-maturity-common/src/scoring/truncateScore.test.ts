import fc from 'fast-check';
import { truncateScore } from './truncateScore';

/** The level band of a value, as computeScore bands scores. */
const band = (value: number) => Math.min(4, Math.floor(value + 0.5));

describe('truncateScore', () => {
  it('cuts instead of rounding, so 1.4958 stays below the Level 2 boundary', () => {
    expect(truncateScore(359 / 240)).toBe(1.49);
    expect(truncateScore(2.499)).toBe(2.49);
    expect(truncateScore(1.5)).toBe(1.5);
    expect(truncateScore(4)).toBe(4);
    expect(truncateScore(0)).toBe(0);
  });

  it('keeps decimals that binary floating point stores just below their value', () => {
    expect(2.3 * 100).toBeLessThan(230);
    expect(truncateScore(2.3)).toBe(2.3);
    expect(truncateScore(0.29)).toBe(0.29);
    expect(truncateScore(1.9)).toBe(1.9);
  });

  it('never shows a number in another level band than the value, for any fraction a model can produce', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2400 }),
        fc.integer({ min: 0, max: 9600 }),
        (den, numerator) => {
          const value = Math.min(numerator, 4 * den) / den;
          const shown = truncateScore(value);
          expect(band(shown)).toBe(band(value));
          expect(value - shown).toBeLessThan(0.01);
          expect(shown).toBeLessThanOrEqual(value);
        },
      ),
    );
  });
});
