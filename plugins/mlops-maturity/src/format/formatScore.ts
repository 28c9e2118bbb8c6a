/** A score or dimension average for display: two decimals, "–" when none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '–' : score.toFixed(2);
}
