import { MATURITY_LEVELS, MaturityLevelNumber } from '../model/types';

/**
 * The scores of a level: [from, to), and [3.5, 4] for Level 4. A score
 * exactly on a boundary belongs to the higher level.
 *
 * @public
 */
export function levelBand(level: MaturityLevelNumber): {
  from: number;
  to: number;
} {
  return { from: Math.max(0, level - 0.5), to: Math.min(4, level + 0.5) };
}

/**
 * The scores where one level ends and the next begins: 0.5, 1.5, 2.5, 3.5.
 *
 * @public
 */
export const LEVEL_BOUNDARIES: readonly number[] = MATURITY_LEVELS.slice(1).map(
  level => levelBand(level).from,
);
