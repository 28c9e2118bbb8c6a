import { truncateScore } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * A score or dimension average for display: cut (never rounded up) to two
 * decimals, so the number shown is never in a higher level band than the
 * score; "–" when there is none.
 */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined
    ? '–'
    : truncateScore(score).toFixed(2);
}
