/** One day in milliseconds: the plugin counts its configured periods in whole days of 24 hours. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant `days` days of 24 hours before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
