/**
 * A score or dimension average cut to `digits` decimals for display, never
 * rounded up: 359/240 = 1.4958 is Level 1 and shows as 1.49, not as 1.50,
 * which would read as Level 2. The level bands start at multiples of 0.5,
 * which two decimals hold exactly, so a cut value stays in the real value's
 * band. The tiny allowance absorbs binary representation (2.3 is stored as
 * 2.2999999999999998); scores are fractions with small denominators, never
 * that close below a boundary.
 *
 * @public
 */
export function truncateScore(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.floor(value * scale + 1e-9) / scale;
}
