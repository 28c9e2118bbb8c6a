import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  defaultMaturityModel,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { EvidenceProvider, EvidenceProviderRequest } from '../extensions';
import { testEvidenceProvider } from './testEvidenceProvider';

const entity = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'ml-service' },
});
const RANKER = entity('Ranker');
const SCORER = entity('scorer');

const provider = (
  getSignals: EvidenceProvider['getSignals'],
): EvidenceProvider => ({ id: 'ci', getSignals });

describe('testEvidenceProvider', () => {
  it('asks as the plugin does, with its service credentials and an open abort signal', async () => {
    const requests: EvidenceProviderRequest[] = [];
    const result = await testEvidenceProvider(
      provider(async request => {
        requests.push(request);
        return { signals: {} };
      }),
      { entities: [RANKER, SCORER] },
    );
    expect(requests).toHaveLength(1);
    expect(requests[0].entities).toEqual([RANKER, SCORER]);
    expect(requests[0].credentials).toEqual(
      mockCredentials.service('plugin:mlops-maturity'),
    );
    expect(requests[0].signal.aborted).toBe(false);
    expect(result).toEqual({
      signals: {
        'component:default/ranker': [],
        'component:default/scorer': [],
      },
      dropped: [],
    });
  });

  it('keeps what the plugin keeps and lists what it drops, checked against the given model', async () => {
    const model: MaturityModel = {
      ...defaultMaturityModel,
      questions: defaultMaturityModel.questions.filter(
        q => q.id !== 'alerting',
      ),
    };
    const { signals, dropped } = await testEvidenceProvider(
      provider(async () => ({
        signals: {
          'component:default/Ranker': [
            { questionId: 'testing', level: 1, title: 'Unit tests' },
            { questionId: 'testing', level: 2, title: 'Integration tests' },
            { questionId: 'alerting', level: 3, title: 'Alerts' },
            {
              questionId: 'reproducibility',
              level: 2,
              title: 'Pinned',
              url: 'ftp://x',
            },
          ],
          'component:default/other': [],
        },
      })),
      { entities: [RANKER], model },
    );
    expect(signals).toEqual({
      'component:default/ranker': [
        {
          questionId: 'testing',
          level: 2,
          title: 'Integration tests',
          source: 'ci',
          observedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      ],
    });
    expect(dropped.map(d => [d.entityRef, d.reason])).toEqual([
      [
        'component:default/Ranker',
        expect.stringContaining('questionId "alerting" is not a question'),
      ],
      [
        'component:default/Ranker',
        expect.stringContaining('the url of the signal for reproducibility'),
      ],
      ['component:default/other', 'was not asked about'],
    ]);
  });

  it('passes the given credentials', async () => {
    let seen: unknown;
    await testEvidenceProvider(
      provider(async ({ credentials }) => {
        seen = credentials;
        return { signals: {} };
      }),
      { entities: [RANKER], credentials: mockCredentials.user() },
    );
    expect(seen).toEqual(mockCredentials.user());
  });

  it.each([
    [
      'throws',
      provider(async () => {
        throw new Error('tool is down');
      }),
      'Evidence provider "ci" failed (Error: tool is down)',
    ],
    [
      'throws before returning a promise',
      provider(() => {
        throw new Error('not even a promise');
      }),
      'Evidence provider "ci" failed (Error: not even a promise)',
    ],
    [
      'answers in the wrong shape',
      provider(async () => ({ signals: undefined as any })),
      'Evidence provider "ci" failed (Error: it returned no { signals } object keyed by entity ref)',
    ],
  ])('fails when the provider %s', async (_, failing, message) => {
    await expect(
      testEvidenceProvider(failing, { entities: [RANKER] }),
    ).rejects.toThrow(message);
  });

  it('fails when the provider runs out of time, aborting its signal', async () => {
    let aborted: AbortSignal | undefined;
    const slow = provider(
      ({ signal }) =>
        new Promise(resolve => {
          aborted = signal;
          signal.addEventListener('abort', () => resolve({ signals: {} }));
        }),
    );
    await expect(
      testEvidenceProvider(slow, { entities: [RANKER], timeoutMs: 50 }),
    ).rejects.toThrow('Evidence provider "ci" took longer than 50 ms');
    expect(aborted?.aborted).toBe(true);
  });
});
