import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import {
  MaturityModel,
  MlServiceSelection,
  readMlServiceSelection,
  resolveMaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The plugin's settings from `mlopsMaturity.*`, validated. */
export interface MaturityPluginConfig {
  staleAfterDays: number;
  selection: MlServiceSelection;
  model: MaturityModel;
  catalogSync: SchedulerServiceTaskScheduleDefinition;
  demoDataEnabled: boolean;
}

const DEFAULT_STALE_AFTER_DAYS = 90;

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
  const sync = config.getOptionalConfig('mlopsMaturity.catalogSync');
  const duration = (key: string, fallback: HumanDuration) =>
    sync?.has(key) ? readDurationFromConfig(sync, { key }) : fallback;
  const catalogSync: SchedulerServiceTaskScheduleDefinition = {
    frequency: duration('frequency', { minutes: 5 }),
    timeout: duration('timeout', { minutes: 2 }),
    initialDelay: duration('initialDelay', { seconds: 5 }),
  };
  return {
    staleAfterDays,
    selection: readMlServiceSelection(config),
    model: resolveMaturityModel(config.getOptional('mlopsMaturity.model')),
    catalogSync,
    demoDataEnabled:
      config.getOptionalBoolean('mlopsMaturity.demoData.enabled') ?? false,
  };
}
