/** `part` of `whole` as a whole percentage, "–" when the whole is 0. */
export function formatShare(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–';
}

/** A weight in (0, 1] as a percentage, e.g. 0.3 as "30%". */
export function formatWeight(weight: number): string {
  return `${Math.round(weight * 1000) / 10}%`;
}

/**
 * A share in [0, 1] as a whole percentage, rounded as {@link formatShare}
 * rounds a count, e.g. 0.75 as "75%"; "–" when there is none.
 */
export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined
    ? '–'
    : `${Math.round(share * 100)}%`;
}
