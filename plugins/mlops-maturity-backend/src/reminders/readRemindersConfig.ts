import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  Config,
  ConfigReader,
  readDurationFromConfig,
} from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

const KEY = 'mlopsMaturity.reminders';

/**
 * Why an ML service's owners are reminded:
 * - `stale`: its assessment is older than `mlopsMaturity.staleAfterDays`;
 * - `never-assessed`: it has no assessment;
 * - `below-target`: a target applies and its level is below it (or it has no level);
 * - `campaign-deadline-soon`: an active campaign's deadline is near and it is not done;
 * - `campaign-deadline-passed`: an active campaign's deadline has passed and it is not done.
 */
export type ReminderReason =
  | 'stale'
  | 'never-assessed'
  | 'below-target'
  | 'campaign-deadline-soon'
  | 'campaign-deadline-passed'
  | 'exemption-expired';

/** Each reason by the config key that turns it on or off. */
export const REMINDER_REASON_KEYS: Record<string, ReminderReason> = {
  stale: 'stale',
  neverAssessed: 'never-assessed',
  belowTarget: 'below-target',
  campaignDeadlineSoon: 'campaign-deadline-soon',
  campaignDeadlinePassed: 'campaign-deadline-passed',
  exemptionExpired: 'exemption-expired',
};

/** `mlopsMaturity.reminders`, validated. */
export interface RemindersConfig {
  enabled: boolean;
  /** When the reminders task runs; always with global scope. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** The reasons turned on. */
  reasons: Set<ReminderReason>;
  /** A campaign's deadline is near this many days before it. */
  deadlineSoonDays: number;
  /**
   * A digest with nothing new or cleared is sent again (marking it unread)
   * only this long after its last send; the default, 20 hours, lets a daily
   * schedule remind daily while a run triggered in between sends no repeat.
   */
  repeatAfterMs: number;
}

const DEFAULT_SCHEDULE = {
  frequency: { hours: 24 },
  timeout: { hours: 1 },
  // After a first start, let the catalog sync list the ML services first.
  initialDelay: { minutes: 10 },
};
const DEFAULT_DEADLINE_SOON_DAYS = 7;
const DEFAULT_REPEAT_AFTER_MS = 20 * 60 * 60 * 1000;

function readRepeatAfter(config: Config | undefined): number {
  if (config?.getOptional('repeatAfter') === undefined) {
    return DEFAULT_REPEAT_AFTER_MS;
  }
  try {
    return durationToMilliseconds(
      readDurationFromConfig(config, { key: 'repeatAfter' }),
    );
  } catch (error) {
    throw new Error(
      `${KEY}.repeatAfter must be a duration such as { hours: 20 } or an ISO 8601 duration; ${
        (error as Error).message
      }`,
    );
  }
}

function readBoolean(config: Config, where: string, key: string) {
  const value = config.getOptional(key);
  if (value === undefined) return true;
  if (typeof value !== 'boolean') {
    throw new Error(
      `${where}.${key} must be true or false, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function readSchedule(
  config: Config | undefined,
): SchedulerServiceTaskScheduleDefinition {
  const given = config?.getOptional('schedule');
  if (given !== undefined && (typeof given !== 'object' || given === null)) {
    throw new Error(
      `${KEY}.schedule must be an object such as { frequency: { hours: 24 }, timeout: { hours: 1 } }, got ${JSON.stringify(
        given,
      )}`,
    );
  }
  // Fields left out keep their defaults; the initial delay only with the
  // default frequency (a cron schedule or a manual trigger sets its own time).
  const { initialDelay, ...defaults } = DEFAULT_SCHEDULE;
  const merged = {
    ...defaults,
    ...(given && 'frequency' in given ? {} : { initialDelay }),
    ...(given as object | undefined),
  };
  try {
    return {
      ...readSchedulerServiceTaskScheduleDefinitionFromConfig(
        new ConfigReader(merged, `${KEY}.schedule`),
      ),
      // Several backend instances share one run.
      scope: 'global',
    };
  } catch (error) {
    throw new Error(
      `${KEY}.schedule is not a valid schedule: frequency as a duration ({ hours: 24 }), a cron expression ({ cron: '0 9 * * 1-5' }) or { trigger: manual }, timeout and initialDelay as durations; ${
        (error as Error).message
      }`,
    );
  }
}

function readReasons(config: Config | undefined): Set<ReminderReason> {
  const reasons = new Set(Object.values(REMINDER_REASON_KEYS));
  const raw = config?.getOptional('reasons');
  if (raw === undefined) return reasons;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(
      `${KEY}.reasons must be an object such as { stale: false }, got ${JSON.stringify(
        raw,
      )}`,
    );
  }
  const given = config!.getConfig('reasons');
  for (const key of given.keys()) {
    const reason = REMINDER_REASON_KEYS[key];
    if (!reason) {
      throw new Error(
        `${KEY}.reasons.${key} is not a reminder reason; the reasons are ${Object.keys(
          REMINDER_REASON_KEYS,
        ).join(', ')}`,
      );
    }
    if (!readBoolean(given, `${KEY}.reasons`, key)) reasons.delete(reason);
  }
  return reasons;
}

/**
 * Reads and checks `mlopsMaturity.reminders`: `enabled` (default true),
 * `schedule` (default daily), `reasons.<reason>` (each default true),
 * `deadlineSoonDays` (default 7) and `repeatAfter` (default 20 hours). Throws naming the key and the value at
 * fault.
 */
export function readRemindersConfig(root: Config): RemindersConfig {
  const config = root.getOptionalConfig(KEY);
  const enabled = config ? readBoolean(config, KEY, 'enabled') : true;
  const reasons = readReasons(config);
  const days = config?.getOptional('deadlineSoonDays');
  const deadlineSoonDays = days ?? DEFAULT_DEADLINE_SOON_DAYS;
  if (
    typeof deadlineSoonDays !== 'number' ||
    !Number.isInteger(deadlineSoonDays) ||
    deadlineSoonDays < 1 ||
    deadlineSoonDays > 365
  ) {
    throw new Error(
      `${KEY}.deadlineSoonDays must be a whole number of days from 1 to 365, got ${JSON.stringify(
        days,
      )}`,
    );
  }
  return {
    enabled,
    schedule: readSchedule(config),
    reasons,
    deadlineSoonDays,
    repeatAfterMs: readRepeatAfter(config),
  };
}
