import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  EvidenceProvider,
  EvidenceProviderRequest,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { EvidenceProviderRegistry } from './EvidenceProviderRegistry';
import { EvidenceService } from './EvidenceService';
import { readEvidenceConfig } from './evidenceConfig';

const entity = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'ml-service' },
});
const RANKER = entity('Ranker');
const SCORER = entity('scorer');

const provider = (
  id: string,
  getSignals: EvidenceProvider['getSignals'],
): EvidenceProvider => ({ id, getSignals });

function service(providers: EvidenceProvider[], providerTimeoutMs = 200) {
  const logger = mockServices.logger.mock();
  const auth = mockServices.auth();
  const evidence = new EvidenceService({
    providers,
    auth,
    logger,
    model: defaultMaturityModel,
    providerTimeoutMs,
  });
  const warnings = () => logger.warn.mock.calls.map(c => String(c[0]));
  return { evidence, warnings };
}

describe('EvidenceService', () => {
  it('keeps per entity and question the highest level, in question order, with its source', async () => {
    const { evidence, warnings } = service([
      provider('first', async () => ({
        signals: {
          'component:default/Ranker': [
            { questionId: 'alerting', level: 3, title: 'Alerts on drift' },
            {
              questionId: 'training-automation',
              level: 2,
              title: 'Nightly pipeline',
              url: 'https://ci.example.com/ranker',
              detail: 'last run green',
              observedAt: '2026-01-02T03:04:05Z',
            },
          ],
          'component:default/scorer': [
            { questionId: 'testing', level: 1, title: 'Unit tests' },
          ],
        },
      })),
      provider('second', async () => ({
        signals: {
          // Refs are case-insensitive in kind and namespace.
          'COMPONENT:DEFAULT/Ranker': [
            { questionId: 'alerting', level: 3, title: 'Same level, later' },
            { questionId: 'training-automation', level: 3, title: 'On drift' },
          ],
        },
      })),
    ]);
    const byEntity = await evidence.signalsFor([RANKER, SCORER]);
    expect([...byEntity.keys()]).toEqual([
      'component:default/ranker',
      'component:default/scorer',
    ]);
    const ranker = byEntity.get('component:default/ranker')!;
    expect(ranker.map(s => [s.questionId, s.level, s.source, s.title])).toEqual(
      [
        ['training-automation', 3, 'second', 'On drift'],
        ['alerting', 3, 'first', 'Alerts on drift'],
      ],
    );
    expect(byEntity.get('component:default/scorer')).toEqual([
      {
        questionId: 'testing',
        level: 1,
        title: 'Unit tests',
        source: 'first',
        observedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(warnings()).toEqual([]);
  });

  it('drops signals that do not fit the model, with one warning per provider', async () => {
    const { evidence, warnings } = service([
      provider('sloppy', async () => ({
        signals: {
          'component:default/scorer': [
            { questionId: 'no-such-question', level: 2, title: 'x' },
            { questionId: 'testing', level: 5 as any, title: 'too high' },
            { questionId: 'testing', level: 1.5 as any, title: 'not whole' },
            { questionId: 'testing', level: 2, title: '  ' },
            { questionId: 'testing', level: 2, title: 'ftp', url: 'ftp://x' },
            { questionId: 'testing', level: 1, title: 'fine' },
          ],
          'component:default/not-asked': [
            { questionId: 'testing', level: 4, title: 'elsewhere' },
          ],
        },
      })),
    ]);
    const byEntity = await evidence.signalsFor([SCORER]);
    expect(byEntity.get('component:default/scorer')!.map(s => s.title)).toEqual(
      ['fine'],
    );
    expect(byEntity.has('component:default/not-asked')).toBe(false);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('Evidence provider "sloppy"');
    expect(warnings()[0]).toContain(
      'questionId "no-such-question" is not a question of the model mlops-maturity@',
    );
    expect(warnings()[0]).toContain('level 5 of testing is not one of');
    expect(warnings()[0]).toContain('(and 3 more)');
  });

  it('skips a failing provider and a slow one, aborting the slow one when its budget is spent', async () => {
    let aborted: unknown;
    const slow = provider(
      'slow',
      ({ signal }: EvidenceProviderRequest) =>
        new Promise(resolve => {
          signal.addEventListener('abort', () => {
            aborted = signal.reason;
            // Late answers are ignored.
            resolve({
              signals: {
                'component:default/scorer': [
                  { questionId: 'testing', level: 4, title: 'late' },
                ],
              },
            });
          });
        }),
    );
    const { evidence, warnings } = service(
      [
        provider('broken', async () => {
          throw new Error('tool is down');
        }),
        provider('throws-at-once', () => {
          throw new Error('not even a promise');
        }),
        provider('empty', async () => undefined as any),
        slow,
        provider('good', async () => ({
          signals: {
            'component:default/scorer': [
              { questionId: 'testing', level: 1, title: 'CI' },
            ],
          },
        })),
      ],
      100,
    );
    const started = Date.now();
    const signals = await evidence.signalsForEntity(SCORER);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(signals.map(s => [s.source, s.title])).toEqual([['good', 'CI']]);
    expect(aborted).toBeInstanceOf(Error);
    // The providers run at once: their warnings come in any order.
    expect(warnings().sort()).toEqual(
      [
        'Evidence provider "broken" failed (Error: tool is down) for 1 entity; its signals are skipped',
        'Evidence provider "throws-at-once" failed (Error: not even a promise) for 1 entity; its signals are skipped',
        'Evidence provider "empty" failed (Error: it returned no { signals } object keyed by entity ref) for 1 entity; its signals are skipped',
        'Evidence provider "slow" took longer than 100 ms for 1 entity; its signals are skipped',
      ].sort(),
    );
  });

  it('asks the providers once per batch, with the plugin service credentials', async () => {
    const requests: EvidenceProviderRequest[] = [];
    const { evidence } = service([
      provider('recording', async request => {
        requests.push(request);
        return { signals: {} };
      }),
    ]);
    const byEntity = await evidence.signalsFor([RANKER, SCORER]);
    expect([...byEntity.values()]).toEqual([[], []]);
    expect(requests).toHaveLength(1);
    expect(requests[0].entities).toEqual([RANKER, SCORER]);
    expect(requests[0].credentials.principal).toEqual({
      type: 'service',
      subject: 'plugin:test',
    });
  });

  it('answers empty without providers', async () => {
    const { evidence } = service([]);
    expect(await evidence.signalsForEntity(RANKER)).toEqual([]);
  });
});

describe('EvidenceProviderRegistry', () => {
  const noSignals = async () => ({ signals: {} });

  it('keeps providers in the order modules add them', () => {
    const registry = new EvidenceProviderRegistry();
    registry.extensionPoint.addProvider(provider('a', noSignals));
    registry.extensionPoint.addProvider(provider('b', noSignals));
    expect(registry.close().map(p => p.id)).toEqual(['a', 'b']);
  });

  it('refuses a provider without an id, a taken id and a late addition', () => {
    const registry = new EvidenceProviderRegistry();
    const add = (p: unknown) =>
      registry.extensionPoint.addProvider(p as EvidenceProvider);
    expect(() => add({ id: ' ', getSignals: noSignals })).toThrow(
      'An evidence provider needs an id (a non-empty string), got " "',
    );
    expect(() => add({ id: 'x' })).toThrow(
      'The evidence provider "x" has no getSignals function',
    );
    add(provider('x', noSignals));
    expect(() => add(provider('x', noSignals))).toThrow(
      'Two evidence providers have the id "x"; each needs its own',
    );
    registry.close();
    expect(() => add(provider('y', noSignals))).toThrow(
      'The evidence provider "y" was added after the mlops-maturity plugin started',
    );
  });
});

describe('readEvidenceConfig', () => {
  const read = (evidence: object) =>
    readEvidenceConfig(new ConfigReader({ mlopsMaturity: { evidence } }));

  it('defaults the provider time budget to 5 seconds', () => {
    expect(readEvidenceConfig(new ConfigReader({}))).toEqual({
      providerTimeoutMs: 5000,
    });
    expect(read({ providerTimeoutMs: 250 })).toEqual({
      providerTimeoutMs: 250,
    });
  });

  it.each([0, -1, 1.5, 600_001])('refuses %p ms', value => {
    expect(() => read({ providerTimeoutMs: value })).toThrow(
      `mlopsMaturity.evidence.providerTimeoutMs must be a whole number of milliseconds from 1 to 600000, got ${value}`,
    );
  });
});
