import { daysBefore } from './daysBefore';

/**
 * The instant an assessment must be newer than to be current: one last
 * updated before it is stale (`mlopsMaturity.staleAfterDays`).
 */
export function staleBefore(now: Date, staleAfterDays: number): Date {
  return daysBefore(now, staleAfterDays);
}

/** Whether an assessment last updated at `updatedAt` is stale, given {@link staleBefore}. */
export function isStale(updatedAt: Date | string, before: Date): boolean {
  return new Date(updatedAt).getTime() < before.getTime();
}
