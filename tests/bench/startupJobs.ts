import { readFileSync } from 'node:fs';

/**
 * The plugin's scheduled tasks that run once soon after the backend
 * starts, by the line each logs when done. On a freshly seeded database of
 * 10,000 services × 20 revisions on SQLite each holds the backend's only
 * thread for a while, and a page load that meets one waits for it: the
 * reminders (30 s after the start; 20 s), the snapshot backfill (after a
 * minute; 4.65 million rows, 48 s; one Maturity tab load took 50 s) and the
 * verification (after two minutes; a scorecard load took 15 s, another did
 * not start within 30 s). A reader meets them once, at the first start
 * after an upgrade; the benchmark measures the loads after them.
 */
const STARTUP_JOBS: Array<[string, RegExp]> = [
  ['reminders', /MLOps maturity reminders: /],
  ['snapshot backfill', /Backfilled \d+ daily maturity snapshots/],
  ['verification', /Verified levels computed for /],
];

/** Waits until each startup job has logged its end; the ms waited. */
export async function waitForStartupJobs(
  logFile: string,
  timeoutMs = 400_000,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const log = readFileSync(logFile, 'utf8');
    const pending = STARTUP_JOBS.filter(([, done]) => !done.test(log));
    if (pending.length === 0) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `${pending
          .map(([name]) => name)
          .join(', ')} not done in ${logFile} after ${timeoutMs / 1000} s`,
      );
    await new Promise(r => setTimeout(r, 1000));
  }
}
