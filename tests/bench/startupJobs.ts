import { readFileSync } from 'node:fs';

/**
 * The plugin's snapshot task starts a minute after the backend and, on a
 * freshly seeded database, first backfills the daily snapshots of every
 * service from its revisions: at 10,000 services × 20 revisions on SQLite
 * it holds the backend's only thread for about 48 s (4.65 million rows),
 * and a page load that meets it waits that long. A reader meets it once,
 * on the first start after an upgrade; the benchmark measures the loads
 * after it, as on any other day.
 */
export async function waitForSnapshotBackfill(
  logFile: string,
  timeoutMs = 300_000,
): Promise<number> {
  const started = Date.now();
  const done = /Backfilled \d+ daily maturity snapshots/;
  while (!done.test(readFileSync(logFile, 'utf8'))) {
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `no snapshot backfill in ${logFile} after ${timeoutMs / 1000} s`,
      );
    await new Promise(r => setTimeout(r, 1000));
  }
  return Date.now() - started;
}
