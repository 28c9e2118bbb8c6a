/**
 * Resident memory of a backend process read from /proc, without forking
 * (`ps` forked every 20 ms gave a 0.13 s export a handful of samples and
 * cost the machine a process each time). Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The processes whose process group is `pgid` (a detached backend and, in development, the CLI that runs it). */
export function processGroup(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) pids.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** VmRSS of a process in kB (0 once it is gone). */
export function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The largest process of the group: the backend itself, not the CLI that started it. */
export function largestProcess(pgid: number): number {
  let best = pgid;
  let bestKb = -1;
  for (const pid of processGroup(pgid)) {
    const kb = rssKb(pid);
    if (kb > bestKb) [best, bestKb] = [pid, kb];
  }
  return best;
}

/** Resident memory of the group's largest process, in MB. */
export function backendRssMb(pgid: number): number {
  return rssKb(largestProcess(pgid)) / 1024;
}

export interface RssSampling {
  /** Stops sampling: the level when it started, the peak seen, and how many samples were read. */
  stop(): { beforeMb: number; peakMb: number; samples: number };
}

/**
 * Reads the process's VmRSS every `everyMs` (5 ms unless said) until
 * stopped. The reads are synchronous file reads of a few microseconds in
 * the benchmark's own process; the backend is not asked anything.
 */
export function sampleRss(pid: number, everyMs = 5): RssSampling {
  const beforeKb = rssKb(pid);
  let peakKb = beforeKb;
  let samples = 1;
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, rssKb(pid));
    samples++;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      peakKb = Math.max(peakKb, rssKb(pid));
      samples++;
      return { beforeMb: beforeKb / 1024, peakMb: peakKb / 1024, samples };
    },
  };
}
