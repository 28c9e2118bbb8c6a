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
    expect(config.model.id).toBe('acme');
    expect(config.model.questions).toHaveLength(14);
  });

  it.each([
    [
      { staleAfterDays: 0 },
      'mlopsMaturity.staleAfterDays must be a whole number of days >= 1, got 0',
    ],
    [
      { staleAfterDays: 1.5 },
      'mlopsMaturity.staleAfterDays must be a whole number of days >= 1, got 1.5',
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
