const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// Building an Intl formatter costs far more than formatting with one, and
// the scorecard formats two dates on every row: build each once.
let relativeFormat: Intl.RelativeTimeFormat | undefined;
let absoluteFormat: Intl.DateTimeFormat | undefined;

/**
 * "3 days ago", "in 2 hours" for an instant relative to `now`, and `justNow`
 * under a minute (components pass the app's wording for it).
 */
export function formatRelativeTime(
  date: Date,
  now: Date = new Date(),
  justNow: string = 'just now',
): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const format = relativeFormat;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return justNow;
}

/** The absolute date and time in the reader's locale. */
export function formatAbsoluteTime(date: Date): string {
  absoluteFormat ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return absoluteFormat.format(date);
}
