import { ConfigReader } from '@backstage/config';
import { JsonValue } from '@backstage/types';
import { readRemindersConfig } from './readRemindersConfig';

const read = (reminders: JsonValue) =>
  readRemindersConfig(new ConfigReader({ mlopsMaturity: { reminders } }));

describe('readRemindersConfig', () => {
  it('is on, daily, with every reason, by default', () => {
    expect(readRemindersConfig(new ConfigReader({}))).toEqual({
      enabled: true,
      schedule: {
        frequency: { hours: 24 },
        timeout: { hours: 1 },
        initialDelay: { minutes: 10 },
        scope: 'global',
      },
      reasons: new Set([
        'stale',
        'never-assessed',
        'below-target',
        'campaign-deadline-soon',
        'campaign-deadline-passed',
        'exemption-expired',
      ]),
      deadlineSoonDays: 7,
      repeatAfterMs: 20 * 60 * 60 * 1000,
    });
  });

  it('reads every setting', () => {
    const config = read({
      enabled: false,
      schedule: {
        frequency: { cron: '0 9 * * 1-5' },
        timeout: { minutes: 20 },
        initialDelay: { seconds: 10 },
      },
      reasons: {
        stale: false,
        campaignDeadlineSoon: false,
        belowTarget: true,
        exemptionExpired: false,
      },
      deadlineSoonDays: 14,
      repeatAfter: { days: 6 },
    });
    expect(config).toEqual({
      enabled: false,
      schedule: {
        frequency: { cron: '0 9 * * 1-5' },
        timeout: { minutes: 20 },
        initialDelay: { seconds: 10 },
        scope: 'global',
      },
      reasons: new Set([
        'never-assessed',
        'below-target',
        'campaign-deadline-passed',
      ]),
      deadlineSoonDays: 14,
      repeatAfterMs: 6 * 24 * 60 * 60 * 1000,
    });
    expect(read({ repeatAfter: 'PT2H' }).repeatAfterMs).toBe(2 * 3600_000);
  });

  it('keeps the default timeout, and drops the default initial delay, when only a frequency is given', () => {
    expect(
      read({ schedule: { frequency: { trigger: 'manual' } } }).schedule,
    ).toEqual({
      frequency: { trigger: 'manual' },
      timeout: { hours: 1 },
      initialDelay: undefined,
      scope: 'global',
    });
    expect(read({ schedule: { timeout: { minutes: 5 } } }).schedule).toEqual({
      frequency: { hours: 24 },
      timeout: { minutes: 5 },
      initialDelay: { minutes: 10 },
      scope: 'global',
    });
  });

  it('always runs with global scope, so that several instances make one run', () => {
    expect(
      read({ schedule: { frequency: { hours: 6 }, scope: 'local' } }).schedule
        .scope,
    ).toBe('global');
  });

  it.each([
    [
      { enabled: 'yes' },
      'mlopsMaturity.reminders.enabled must be true or false, got "yes"',
    ],
    [
      { reasons: { stale: 'off' } },
      'mlopsMaturity.reminders.reasons.stale must be true or false, got "off"',
    ],
    [
      { reasons: { staleness: false } },
      'mlopsMaturity.reminders.reasons.staleness is not a reminder reason; the reasons are stale, neverAssessed, belowTarget, campaignDeadlineSoon, campaignDeadlinePassed, exemptionExpired',
    ],
    [
      { reasons: ['stale'] },
      'mlopsMaturity.reminders.reasons must be an object such as { stale: false }, got ["stale"]',
    ],
    [
      { deadlineSoonDays: 0 },
      'mlopsMaturity.reminders.deadlineSoonDays must be a whole number of days from 1 to 365, got 0',
    ],
    [
      { deadlineSoonDays: 2.5 },
      'mlopsMaturity.reminders.deadlineSoonDays must be a whole number of days from 1 to 365, got 2.5',
    ],
    [
      { repeatAfter: { hourz: 2 } },
      'mlopsMaturity.reminders.repeatAfter must be a duration such as { hours: 20 } or an ISO 8601 duration;',
    ],
    [
      { schedule: 'daily' },
      'mlopsMaturity.reminders.schedule must be an object such as { frequency: { hours: 24 }, timeout: { hours: 1 } }, got "daily"',
    ],
  ])('rejects %j naming the key', (reminders, message) => {
    expect(() => read(reminders)).toThrow(message);
  });

  it('names the schedule when a duration is malformed', () => {
    expect(() => read({ schedule: { frequency: { hourz: 24 } } })).toThrow(
      /^mlopsMaturity\.reminders\.schedule is not a valid schedule: .*at 'frequency'/,
    );
  });
});
