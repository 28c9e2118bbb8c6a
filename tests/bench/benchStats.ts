/**
 * Timing helpers of the scale benchmark: percentiles that say when they are
 * a maximum, requests measured in turns with the catalog GET they are
 * compared with, and throughput with concurrent clients.
 */

/** Latency figures of one measured request, in milliseconds. */
export interface Stats {
  p50: number;
  /** The 95th percentile; with fewer than {@link P95_MIN_SAMPLES} samples it is the maximum. */
  p95: number;
  max: number;
  /** How many samples the figures come from. */
  n: number;
}

/** Below this many samples a "p95" is the slowest sample or next to it: call it the maximum. */
export const P95_MIN_SAMPLES = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
    n: sorted.length,
  };
}

/** Milliseconds `fn` takes. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** `samples` timings of `fn` after up to 5 untimed warm-up calls. */
export async function measureTimes(
  samples: number,
  fn: () => Promise<unknown>,
): Promise<number[]> {
  for (let i = 0; i < Math.min(5, samples); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await time(fn));
  return times;
}

export async function measure(
  samples: number,
  fn: () => Promise<unknown>,
): Promise<Stats> {
  return stats(await measureTimes(samples, fn));
}

/** A request and the baseline it is compared with, measured in the same turns. */
export interface InTurns {
  value: Stats;
  baseline: Stats;
  baselineTimes: number[];
}

/**
 * Times `fn` and `baseline` in turns (one of each per sample, the order
 * alternating), so that both meet the same machine state: the same warm-up,
 * the same background work, the same load from elsewhere. `before` runs
 * untimed ahead of each turn (e.g. a write that makes the next read cold).
 */
export async function measureInTurns(
  samples: number,
  fn: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  before?: (i: number) => Promise<unknown>,
): Promise<InTurns> {
  if (!before) {
    for (let i = 0; i < Math.min(5, samples); i++) {
      await baseline();
      await fn();
    }
  }
  const values: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (before) await before(i);
    if (i % 2 === 0) {
      values.push(await time(fn));
      baselineTimes.push(await time(baseline));
    } else {
      baselineTimes.push(await time(baseline));
      values.push(await time(fn));
    }
  }
  return {
    value: stats(values),
    baseline: stats(baselineTimes),
    baselineTimes,
  };
}

/** Requests per second with `clients` callers each sending the next request when its last one is answered. */
async function throughput(
  clients: number,
  total: number,
  fn: (i: number) => Promise<unknown>,
  offset: number,
): Promise<number> {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) await fn(offset + next++);
    }),
  );
  return total / (Number(process.hrtime.bigint() - start) / 1e9);
}

/**
 * Throughput of `fn` and of `baseline` in `rounds` alternating bursts of
 * `total / rounds` requests each: requests per second over all the bursts
 * of each. `fn` gets the running index, so that bursts walk on.
 */
export async function throughputInTurns(options: {
  clients: number;
  total: number;
  rounds: number;
  fn: (i: number) => Promise<unknown>;
  baseline: () => Promise<unknown>;
}): Promise<{ value: number; baseline: number }> {
  const { clients, total, rounds, fn, baseline } = options;
  for (let i = 0; i < clients; i++) {
    await baseline();
    await fn(i);
  }
  const burst = Math.ceil(total / rounds);
  let valueSeconds = 0;
  let baselineSeconds = 0;
  for (let round = 0; round < rounds; round++) {
    const runValue = async () => {
      valueSeconds +=
        burst / (await throughput(clients, burst, fn, round * burst));
    };
    const runBaseline = async () => {
      baselineSeconds +=
        burst / (await throughput(clients, burst, baseline, 0));
    };
    if (round % 2 === 0) {
      await runBaseline();
      await runValue();
    } else {
      await runValue();
      await runBaseline();
    }
  }
  return {
    value: (burst * rounds) / valueSeconds,
    baseline: (burst * rounds) / baselineSeconds,
  };
}

/** "p50 / p95", or "p50 / max (max of N)" when there are too few samples for a 95th percentile. */
export function formatStats(value: unknown): string {
  const s = value as Stats | undefined;
  if (!s) return '';
  return s.n >= P95_MIN_SAMPLES
    ? `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}`
    : `${s.p50.toFixed(1)} / ${s.max.toFixed(1)} (max of ${s.n})`;
}
