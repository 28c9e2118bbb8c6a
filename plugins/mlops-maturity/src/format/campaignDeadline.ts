/**
 * Where a campaign stands against its deadline, in the reader's calendar:
 * `days` whole days left (0: the deadline is later today), or overdue by
 * `days` days (0: it passed earlier today).
 */
export type DeadlineStatus =
  | { kind: 'left'; days: number }
  | { kind: 'overdue'; days: number };

const DAY_MS = 24 * 3600 * 1000;

/** Midnight UTC of the local calendar day of `date`: a day count that ignores clock changes. */
function localDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
}

/**
 * Days left until `deadline` (an ISO instant), or how long ago it passed,
 * counted in calendar days: a deadline at the end of tomorrow is one day
 * left, whatever the time now.
 */
export function deadlineStatus(
  deadline: string,
  now: Date = new Date(),
): DeadlineStatus {
  const end = new Date(deadline);
  const days = Math.abs(localDay(end) - localDay(now));
  return end.getTime() < now.getTime()
    ? { kind: 'overdue', days }
    : { kind: 'left', days };
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** A date in the reader's locale, e.g. "31 Dec 2026". */
export function formatDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return dateFormat.format(date);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, as a date input holds it (YYYY-MM-DD). */
export function toDateInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

/** An instant as a local datetime input holds it (YYYY-MM-DDTHH:mm). */
export function toDateTimeInput(date: Date): string {
  return `${toDateInput(date)}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

/**
 * The last moment of a local calendar day given as YYYY-MM-DD: a deadline
 * "on 31 Dec" lasts until that day ends. Undefined when it is not a date.
 */
export function endOfDateInput(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(year, month - 1, day, 23, 59, 59, 999);
  return date.getDate() === day ? date : undefined;
}

/** A local datetime input's value (YYYY-MM-DDTHH:mm) as an instant. */
export function fromDateTimeInput(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number);
  const date = new Date(year, month - 1, day, hours, minutes);
  return date.getDate() === day ? date : undefined;
}
