/* eslint-disable no-console */
/**
 * The machine's load average around each scenario of a benchmark: printed,
 * kept for the report, and a run on a busy machine flagged.
 */
import { loadavg } from 'node:os';

/** A 1-minute load average above this at the start of a scenario marks it as run on a busy machine. */
export const BUSY_LOAD = 1.5;

export interface LoadReading {
  /** 1, 5 and 15-minute load averages. */
  one: number;
  five: number;
  fifteen: number;
}

export function readLoad(): LoadReading {
  const [one, five, fifteen] = loadavg();
  return { one, five, fifteen };
}

export const formatLoad = (l: LoadReading) =>
  `${l.one.toFixed(2)} ${l.five.toFixed(2)} ${l.fifteen.toFixed(2)}`;

/** What a scenario saw of the machine's load. */
export interface ScenarioLoad {
  /** When its measurements started, after waiting up to the settle time. */
  start: LoadReading;
  end?: LoadReading;
  /** How long it waited for the 1-minute load to fall to {@link BUSY_LOAD}. */
  waitedSeconds: number;
  busy: boolean;
}

/**
 * Waits up to `maxSeconds` for the 1-minute load average to fall to
 * {@link BUSY_LOAD} (the benchmark's own seeding and backend start raise it
 * for a while), prints it, and says whether the scenario starts busy.
 */
export async function settleLoad(
  label: string,
  maxSeconds: number,
): Promise<ScenarioLoad> {
  const started = Date.now();
  let reading = readLoad();
  while (reading.one > BUSY_LOAD && Date.now() - started < maxSeconds * 1000) {
    await new Promise(r => setTimeout(r, 2000));
    reading = readLoad();
  }
  const waitedSeconds = Math.round((Date.now() - started) / 1000);
  const busy = reading.one > BUSY_LOAD;
  console.log(
    `   load before ${label}: ${formatLoad(
      reading,
    )} (waited ${waitedSeconds} s)${
      busy ? ` — BUSY MACHINE: 1-minute load above ${BUSY_LOAD}` : ''
    }`,
  );
  return { start: reading, waitedSeconds, busy };
}

/** Records and prints the load at the end of a scenario. */
export function endLoad(label: string, load: ScenarioLoad) {
  load.end = readLoad();
  console.log(`   load after ${label}: ${formatLoad(load.end)}`);
}
