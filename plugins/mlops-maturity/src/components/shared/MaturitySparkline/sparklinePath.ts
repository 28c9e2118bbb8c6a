/** The sparkline's size, in its viewBox units. */
export const SPARK_WIDTH = 120;
export const SPARK_HEIGHT = 32;
/** Room for the end dot. */
const PAD = 4;

/** The x of point `index` of `count`, evenly spaced (the points are periods). */
export const sparkX = (index: number, count: number) =>
  count <= 1
    ? SPARK_WIDTH / 2
    : PAD + (index / (count - 1)) * (SPARK_WIDTH - 2 * PAD);

/** The y of a score from 0 (bottom) to 4 (top). */
export const sparkY = (score: number) =>
  SPARK_HEIGHT - PAD - (Math.min(4, Math.max(0, score)) / 4) * (SPARK_HEIGHT - 2 * PAD);

/**
 * The line through the scored points; a point without a score (not
 * assessed then) breaks it, so no change is drawn across a gap.
 */
export function sparklinePath(scores: Array<number | null>): string {
  let drawing = false;
  return scores
    .map((score, i) => {
      if (score === null) {
        drawing = false;
        return '';
      }
      const move = drawing ? 'L' : 'M';
      drawing = true;
      return `${move}${sparkX(i, scores.length)},${sparkY(score)}`;
    })
    .filter(Boolean)
    .join(' ');
}
