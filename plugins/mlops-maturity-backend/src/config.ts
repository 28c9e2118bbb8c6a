import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import {
  MaturityModel,
  MlServiceSelection,
  readMlServiceSelection,
  resolveMaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { readTargets, TargetRule } from './service/targets';
import {
  readRemindersConfig,
  RemindersConfig,
} from './reminders/readRemindersConfig';
import { readReviewConfig, ReviewConfig } from './review/readReviewConfig';

/** The plugin's settings from `mlopsMaturity.*`, validated. */
export interface MaturityPluginConfig {
  staleAfterDays: number;
  selection: MlServiceSelection;
  model: MaturityModel;
  catalogSync: SchedulerServiceTaskScheduleDefinition;
  demoDataEnabled: boolean;
  /** How long a set of readable services asked of the catalog is reused, in ms. */
  visibilityCacheTtlMs: number;
  /** `mlopsMaturity.visibility.refresh`: how often the copy of the catalog's ML services is brought up to date. */
  visibilityRefresh: SchedulerServiceTaskScheduleDefinition;
  /** Submissions allowed per entity in any hour. */
  submissionsPerEntityPerHour: number;
  /** Purge stored data of entities gone from the catalog this many days; undefined: never. */
  purgeDepartedAfterDays?: number;
  /** `mlopsMaturity.targets`, validated. */
  targets: TargetRule[];
  /** `mlopsMaturity.reminders`, validated. */
  reminders: RemindersConfig;
  /** `mlopsMaturity.review`, validated: the verified level's policy and reviews. */
  review: ReviewConfig;
  /** `mlopsMaturity.export.maxConcurrent`: scorecard exports at once per instance. */
  exportMaxConcurrent: number;
  /** `mlopsMaturity.export.writeTimeoutMs`: how long an export waits for a stalled reader. */
  exportWriteTimeoutMs: number;
  /** `mlopsMaturity.snapshots.retentionDays`: how many days of daily snapshots are kept. */
  snapshotRetentionDays: number;
}

const DEFAULT_STALE_AFTER_DAYS = 90;
const DEFAULT_SUBMISSIONS_PER_HOUR = 30;
const DEFAULT_EXPORT_MAX_CONCURRENT = 4;
const DEFAULT_EXPORT_WRITE_TIMEOUT_MS = 30_000;
const DEFAULT_SNAPSHOT_RETENTION_DAYS = 730;

/** A whole number within bounds from config, or the fallback when unset. */
function wholeNumber(
  config: Config,
  key: string,
  fallback: number | undefined,
  min: number,
  max: number,
): number | undefined {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (
    value !== undefined &&
    (!Number.isInteger(value) || value < min || value > max)
  ) {
    throw new Error(
      `${key} must be a whole number from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}

type ScheduleDurations = {
  frequency: HumanDuration;
  timeout: HumanDuration;
  initialDelay: HumanDuration;
};

/**
 * A task schedule of durations under `key`, each part falling back to its
 * default; a part that is no duration, or a frequency under a second, throws
 * naming the key.
 */
function readSchedule(
  config: Config,
  key: string,
  defaults: ScheduleDurations,
): ScheduleDurations {
  if (config.has(key) && config.getOptional(key)?.constructor !== Object) {
    throw new Error(
      `${key} must be an object with frequency, timeout and initialDelay`,
    );
  }
  const schedule = config.getOptionalConfig(key);
  const read = (part: keyof ScheduleDurations) => {
    if (!schedule?.has(part)) return defaults[part];
    try {
      return readDurationFromConfig(schedule, { key: part });
    } catch (error) {
      throw new Error(
        `${key}.${part} must be a duration such as { seconds: 30 }: ${error}`,
      );
    }
  };
  const frequency = read('frequency');
  if (durationToMilliseconds(frequency) < 1000) {
    throw new Error(
      `${key}.frequency must be at least 1 second, got { ${Object.entries(
        frequency,
      )
        .map(([unit, n]) => `${unit}: ${n}`)
        .join(', ')} }`,
    );
  }
  return {
    frequency,
    timeout: read('timeout'),
    initialDelay: read('initialDelay'),
  };
}

/** Reads and checks `mlopsMaturity.*`; throws with the key and value at fault. */
export function readPluginConfig(config: Config): MaturityPluginConfig {
  const staleAfterDays =
    config.getOptionalNumber('mlopsMaturity.staleAfterDays') ??
    DEFAULT_STALE_AFTER_DAYS;
  if (!Number.isInteger(staleAfterDays) || staleAfterDays < 1) {
    throw new Error(
      `mlopsMaturity.staleAfterDays must be a whole number of days >= 1, got ${staleAfterDays}`,
    );
  }
  const visibility = config.getOptionalConfig('mlopsMaturity.visibility');
  let cacheTtl = 30_000;
  if (visibility?.has('cacheTtl')) {
    try {
      cacheTtl = durationToMilliseconds(
        readDurationFromConfig(visibility, { key: 'cacheTtl' }),
      );
    } catch (error) {
      throw new Error(
        `mlopsMaturity.visibility.cacheTtl must be a duration such as { seconds: 30 }: ${error}`,
      );
    }
  }
  const catalogSync = readSchedule(config, 'mlopsMaturity.catalogSync', {
    frequency: { minutes: 5 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 5 },
  });
  // Every 30 s: a change in the catalog reaches the copy within about a minute.
  const visibilityRefresh = readSchedule(
    config,
    'mlopsMaturity.visibility.refresh',
    {
      frequency: { seconds: 30 },
      timeout: { minutes: 2 },
      initialDelay: { seconds: 30 },
    },
  );
  return {
    staleAfterDays,
    selection: readMlServiceSelection(config),
    model: resolveMaturityModel(config.getOptional('mlopsMaturity.model')),
    catalogSync,
    demoDataEnabled:
      config.getOptionalBoolean('mlopsMaturity.demoData.enabled') ?? false,
    visibilityCacheTtlMs: cacheTtl,
    visibilityRefresh,
    submissionsPerEntityPerHour: wholeNumber(
      config,
      'mlopsMaturity.limits.submissionsPerEntityPerHour',
      DEFAULT_SUBMISSIONS_PER_HOUR,
      1,
      100_000,
    )!,
    purgeDepartedAfterDays: wholeNumber(
      config,
      'mlopsMaturity.retention.purgeDepartedAfterDays',
      undefined,
      1,
      36_500,
    ),
    targets: readTargets(config),
    reminders: readRemindersConfig(config),
    review: readReviewConfig(config),
    exportMaxConcurrent: wholeNumber(
      config,
      'mlopsMaturity.export.maxConcurrent',
      DEFAULT_EXPORT_MAX_CONCURRENT,
      1,
      100,
    )!,
    exportWriteTimeoutMs: wholeNumber(
      config,
      'mlopsMaturity.export.writeTimeoutMs',
      DEFAULT_EXPORT_WRITE_TIMEOUT_MS,
      1_000,
      600_000,
    )!,
    // More than a month: a monthly trend always has its last month.
    snapshotRetentionDays: wholeNumber(
      config,
      'mlopsMaturity.snapshots.retentionDays',
      DEFAULT_SNAPSHOT_RETENTION_DAYS,
      31,
      36_500,
    )!,
  };
}
