import { CHAR_WIDTH, LABEL_GAP } from './chartGeometry';

let dayFormat: Intl.DateTimeFormat | undefined;

/** A YYYY-MM-DD day as the reader reads it ("3 Dec"), without shifting it by the time zone. */
export function dayLabel(date: string): string {
  dayFormat ??= new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dayFormat.format(parsed);
}

/**
 * Indexes of the days whose labels fit beside each other at `x(i)`: always
 * the first and the last, and as many between as have room.
 */
export function labelledDays(
  labels: string[],
  x: (index: number) => number,
): number[] {
  if (labels.length === 0) return [];
  const last = labels.length - 1;
  const fits = (a: number, b: number) =>
    Math.abs(x(b) - x(a)) >=
    ((labels[a].length + labels[b].length) * CHAR_WIDTH) / 2 + LABEL_GAP;
  const shown = [0];
  for (let i = 1; i < last; i++) {
    if (fits(shown[shown.length - 1], i) && fits(i, last)) shown.push(i);
  }
  if (last > 0 && fits(0, last)) shown.push(last);
  return shown;
}
