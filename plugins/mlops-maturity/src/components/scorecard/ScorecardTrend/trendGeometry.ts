// The trend chart's size and margins, in its viewBox units.
export const WIDTH = 960;
export const HEIGHT = 240;
export const LEFT = 44;
export const RIGHT = 36;
export const TOP = 14;
export const BOTTOM = 30;
/** The least room between two date labels. */
export const LABEL_SPACING = 64;

export const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
export const PLOT_BOTTOM = HEIGHT - BOTTOM;
export const PLOT_HEIGHT = PLOT_BOTTOM - TOP;

/** The smallest "nice" number (1, 2 or 5 times a power of ten) at or above `value`, at least 1. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find(m => m * power >= value)!;
  return step * power;
}

/** The band each of `count` points takes on the time axis. */
export function bandOf(count: number) {
  const width = PLOT_WIDTH / Math.max(1, count);
  return {
    width,
    /** The centre of point `index`. */
    centre: (index: number) => LEFT + width * (index + 0.5),
  };
}

/** The y of a count of services, 0 at the bottom and `max` at the top. */
export const countY = (count: number, max: number) =>
  PLOT_BOTTOM - (count / max) * PLOT_HEIGHT;

/** The y of a score from 0 (bottom) to 4 (top). */
export const scoreY = (score: number) =>
  PLOT_BOTTOM - (score / 4) * PLOT_HEIGHT;

/**
 * The points whose date gets a label: the first point of each month when
 * the points span more than two months, else every point; fewer when
 * labels would crowd (at least LABEL_SPACING apart).
 */
export function labelledIndexes(dates: string[]): number[] {
  const { width } = bandOf(dates.length);
  const months = new Set(dates.map(d => d.slice(0, 7)));
  const candidates =
    months.size > 2
      ? dates.flatMap((d, i) =>
          i === 0 || d.slice(0, 7) !== dates[i - 1].slice(0, 7) ? [i] : [],
        )
      : dates.map((_, i) => i);
  const picked: number[] = [];
  for (const i of candidates) {
    const last = picked[picked.length - 1];
    if (last === undefined || (i - last) * width >= LABEL_SPACING) {
      picked.push(i);
    }
  }
  return picked;
}
