import { ConfigReader } from '@backstage/config';
import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { readPluginConfig } from './config';

describe('readPluginConfig', () => {
  it('has production defaults', () => {
    expect(readPluginConfig(new ConfigReader({}))).toEqual({
      staleAfterDays: 90,
      selection: {
        kinds: ['Component'],
        types: ['ml-service', 'ml-model', 'ml-pipeline'],
      },
      model: defaultMaturityModel,
      catalogSync: {
        frequency: { minutes: 5 },
        timeout: { minutes: 2 },
        initialDelay: { seconds: 5 },
      },
      demoDataEnabled: false,
      visibilityCacheTtlMs: 30_000,
      visibilityRefresh: {
        frequency: { seconds: 30 },
        timeout: { minutes: 2 },
        initialDelay: { seconds: 30 },
      },
      submissionsPerEntityPerHour: 30,
      purgeDepartedAfterDays: undefined,
      targets: [],
      reminders: expect.objectContaining({ enabled: true }),
      review: expect.objectContaining({ requiredFromLevel: 3 }),
      exportMaxConcurrent: 4,
      exportWriteTimeoutMs: 30_000,
      snapshotRetentionDays: 730,
    });
  });

  it('reads every setting', () => {
    const config = readPluginConfig(
      new ConfigReader({
        mlopsMaturity: {
          staleAfterDays: 30,
          entities: { types: ['model'] },
          catalogSync: {
            frequency: { seconds: 30 },
            initialDelay: { minutes: 1 },
          },
          demoData: { enabled: true },
          visibility: {
            cacheTtl: { minutes: 2 },
            refresh: { frequency: { seconds: 10 }, timeout: { seconds: 45 } },
          },
          limits: { submissionsPerEntityPerHour: 5 },
          retention: { purgeDepartedAfterDays: 180 },
          snapshots: { retentionDays: 400 },
          export: { maxConcurrent: 2, writeTimeoutMs: 5000 },
          model: {
            id: 'acme',
            version: '2',
            removeQuestions: ['cost-visibility'],
          },
        },
      }),
    );
    expect(config.staleAfterDays).toBe(30);
    expect(config.selection.types).toEqual(['model']);
    expect(config.catalogSync.frequency).toEqual({ seconds: 30 });
    expect(config.catalogSync.initialDelay).toEqual({ minutes: 1 });
    expect(config.demoDataEnabled).toBe(true);
    expect(config.visibilityCacheTtlMs).toBe(120_000);
    expect(config.visibilityRefresh).toEqual({
      frequency: { seconds: 10 },
      timeout: { seconds: 45 },
      initialDelay: { seconds: 30 },
    });
    expect(config.submissionsPerEntityPerHour).toBe(5);
    expect(config.purgeDepartedAfterDays).toBe(180);
    expect(config.snapshotRetentionDays).toBe(400);
    expect(config.exportMaxConcurrent).toBe(2);
    expect(config.exportWriteTimeoutMs).toBe(5000);
    expect(config.model.id).toBe('acme');
    expect(config.model.questions).toHaveLength(14);
  });

  it.each([
    [
      { visibility: { refresh: { frequency: 'often' } } },
      'mlopsMaturity.visibility.refresh.frequency must be a duration such as { seconds: 30 }',
    ],
    [
      { visibility: { refresh: { timeout: { fortnights: 1 } } } },
      'mlopsMaturity.visibility.refresh.timeout must be a duration such as { seconds: 30 }',
    ],
    [
      { visibility: { refresh: { frequency: { seconds: 0 } } } },
      'mlopsMaturity.visibility.refresh.frequency must be at least 1 second, got { seconds: 0 }',
    ],
    [
      { visibility: { refresh: [] } },
      'mlopsMaturity.visibility.refresh must be an object with frequency, timeout and initialDelay',
    ],
    [
      { catalogSync: { frequency: { fortnights: 1 } } },
      'mlopsMaturity.catalogSync.frequency must be a duration such as { seconds: 30 }',
    ],
    [
      { staleAfterDays: 0 },
      'mlopsMaturity.staleAfterDays must be a whole number of days >= 1, got 0',
    ],
    [
      { staleAfterDays: 1.5 },
      'mlopsMaturity.staleAfterDays must be a whole number of days >= 1, got 1.5',
    ],
    [
      { limits: { submissionsPerEntityPerHour: 0 } },
      'mlopsMaturity.limits.submissionsPerEntityPerHour must be a whole number from 1 to 100000, got 0',
    ],
    [
      { retention: { purgeDepartedAfterDays: 2.5 } },
      'mlopsMaturity.retention.purgeDepartedAfterDays must be a whole number from 1 to 36500, got 2.5',
    ],
    [
      { snapshots: { retentionDays: 7 } },
      'mlopsMaturity.snapshots.retentionDays must be a whole number from 31 to 36500, got 7',
    ],
    [
      { export: { maxConcurrent: 0 } },
      'mlopsMaturity.export.maxConcurrent must be a whole number from 1 to 100, got 0',
    ],
    [
      { export: { writeTimeoutMs: 10 } },
      'mlopsMaturity.export.writeTimeoutMs must be a whole number from 1000 to 600000, got 10',
    ],
    [
      { visibility: { cacheTtl: { fortnights: 1 } } },
      'mlopsMaturity.visibility.cacheTtl must be a duration such as { seconds: 30 }',
    ],
    [
      {
        model: {
          id: 'acme',
          version: '1',
          dimensions: [{ id: 'people-process', weight: 0.5 }],
        },
      },
      'weights must sum to exactly 1',
    ],
  ])('refuses to start with %j', (mlopsMaturity, message) => {
    expect(() => readPluginConfig(new ConfigReader({ mlopsMaturity }))).toThrow(
      message,
    );
  });
});
