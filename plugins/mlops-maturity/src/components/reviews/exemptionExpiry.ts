/** The latest expiry when the backend's policy is not known (its default). */
export const DEFAULT_EXEMPTION_MAX_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date as `YYYY-MM-DD`, in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The latest expiry date an approval may give: `maxDays` from now. */
export function latestExpiryDate(now: Date, maxDays: number): string {
  return isoDate(new Date(now.getTime() + maxDays * DAY_MS));
}

/**
 * Whether a `YYYY-MM-DD` expiry may be sent: after today and not after
 * {@link latestExpiryDate} (both in UTC, as the backend measures).
 */
export function isValidExpiryDate(
  value: string,
  now: Date,
  maxDays: number,
): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  if (Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return false;
  return value > isoDate(now) && value <= latestExpiryDate(now, maxDays);
}

/**
 * The instant sent for an expiry date: its start, in UTC, so the latest
 * date is never more than `maxDays` ahead of the decision.
 */
export function expiresAtOf(value: string): string {
  return new Date(`${value}T00:00:00Z`).toISOString();
}
