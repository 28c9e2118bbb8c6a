/* eslint-disable no-console */
/**
 * Waits until a freshly started backend has nothing running beside the
 * requests a benchmark is about to time.
 *
 * What ran beside them (issue 30): the plugin's once-after-start work, which
 * the scheduler starts a minute or two after the backend: the daily
 * snapshots' first run (a backfill of every seeded revision: 25–35 s at
 * 10,000 × 20) and the verification task's first run (the verified level
 * of every service that has none yet). Both landed in the middle of the
 * development server's measurements, whose start takes longer than the
 * production build's, which is why its figures swung between runs of the
 * same code. Here they are triggered at once through the scheduler's own
 * HTTP API and waited for; then the backend's processes must use less than
 * a tenth of a core over two windows in a row (the catalog's processing,
 * garbage collection after the start, anything else not named here).
 */
import { readFileSync } from 'node:fs';
import { processGroup } from './processMemory';

/**
 * The tasks whose first run comes soon after a start and reads or writes
 * every service: the backfills, the first reminders run (30 s after the
 * start), and the Tech Insights facts (5 s after the start, 15 s at 2,000
 * services). As `plugin/task`.
 */
export const FIRST_RUN_TASKS = [
  'mlops-maturity/mlops-maturity-snapshots',
  'mlops-maturity/mlops-maturity-verification',
  'mlops-maturity/mlops-maturity-reminders',
  'tech-insights/mlopsMaturityFactRetriever',
] as const;

const tasksPath = (plugin: string) =>
  `/api/${plugin}/.backstage/scheduler/v1/tasks`;
const POLL_MS = 500;
const WINDOW_MS = 2000;
/** A share of one core: under this over a window is quiet. */
const QUIET_SHARE = 0.1;
const TIMEOUT_MS = 15 * 60_000;

interface TaskState {
  status: 'running' | 'idle';
  lastRunEndedAt?: string;
  lastRunError?: string;
}

interface TaskEntry {
  taskId: string;
  taskState: TaskState | null;
}

/** CPU time (user + system) of a process, in clock ticks (0 once it is gone). */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** CPU seconds every process of the group has used so far (100 ticks a second on Linux). */
export function groupCpuSeconds(pgid: number): number {
  return processGroup(pgid).reduce((sum, pid) => sum + cpuTicks(pid), 0) / 100;
}

const sleep = (ms: number) => new Promise(done => setTimeout(done, ms));

/** The state of a `plugin/task`. */
async function taskEntry(
  url: string,
  token: string,
  pluginTask: string,
): Promise<TaskEntry | undefined> {
  const [plugin, id] = pluginTask.split('/');
  const res = await fetch(`${url}${tasksPath(plugin)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok)
    throw new Error(`${plugin} tasks: ${res.status} ${await res.text()}`);
  const { tasks } = (await res.json()) as { tasks: TaskEntry[] };
  return tasks.find(t => t.taskId === id);
}

/** Starts a `plugin/task` now (a 409 means it is running already, which is as good). */
async function trigger(url: string, token: string, pluginTask: string) {
  const [plugin, id] = pluginTask.split('/');
  const res = await fetch(`${url}${tasksPath(plugin)}/${id}/trigger`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok && res.status !== 409)
    throw new Error(`trigger ${pluginTask}: ${res.status} ${await res.text()}`);
}

/** Whether a task has run to its end since `since` and is not running now. */
function ranSince(entry: TaskEntry | undefined, since: number): boolean {
  const state = entry?.taskState;
  if (!state || state.status !== 'idle' || !state.lastRunEndedAt) return false;
  return Date.parse(state.lastRunEndedAt) >= since;
}

export interface QuietReport {
  /** Seconds until each first-run task had run to its end. */
  tasks: Record<string, number>;
  /** Seconds from the start of the wait until the processes were quiet. */
  quietAfter: number;
}

/** Waits until the group's CPU use stays under QUIET_SHARE of a core for two windows in a row. */
async function waitForIdleCpu(pgid: number, deadline: number) {
  let quietWindows = 0;
  while (quietWindows < 2) {
    if (Date.now() > deadline) throw new Error('the backend never went quiet');
    const before = groupCpuSeconds(pgid);
    await sleep(WINDOW_MS);
    const share = (groupCpuSeconds(pgid) - before) / (WINDOW_MS / 1000);
    quietWindows = share < QUIET_SHARE ? quietWindows + 1 : 0;
  }
}

/**
 * Runs the first-run tasks now and waits for them, then for the backend's
 * processes to go quiet. Prints and returns how long each took.
 */
export async function waitUntilQuiet(backend: {
  url: string;
  token: string;
  pid: number;
}): Promise<QuietReport> {
  const { url, token, pid } = backend;
  const started = Date.now();
  const deadline = started + TIMEOUT_MS;
  for (const id of FIRST_RUN_TASKS) await trigger(url, token, id);
  const done: Record<string, number> = {};
  while (Object.keys(done).length < FIRST_RUN_TASKS.length) {
    if (Date.now() > deadline)
      throw new Error(`tasks still running after ${TIMEOUT_MS / 60_000} min`);
    for (const id of FIRST_RUN_TASKS) {
      if (done[id] !== undefined) continue;
      const entry = await taskEntry(url, token, id);
      if (!entry) throw new Error(`the backend has no task ${id}`);
      if (ranSince(entry, started)) done[id] = (Date.now() - started) / 1000;
    }
    await sleep(POLL_MS);
  }
  await waitForIdleCpu(pid, deadline);
  const report = { tasks: done, quietAfter: (Date.now() - started) / 1000 };
  console.log(
    `   backend quiet after ${report.quietAfter.toFixed(1)} s (${Object.entries(
      done,
    )
      .map(([id, s]) => `${id} ${s.toFixed(1)} s`)
      .join(', ')})`,
  );
  return report;
}
