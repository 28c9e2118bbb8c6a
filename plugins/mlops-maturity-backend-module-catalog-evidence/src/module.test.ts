import {
  mockCredentials,
  mockServices,
  TestBackend,
} from '@backstage/backend-test-utils';
// The one list of databases every suite of the plugin's packages runs on.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createTestDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { testEvidenceProvider } from '@mlops-maturity/backstage-plugin-mlops-maturity-node/testUtils';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { ConfigReader } from '@backstage/config';
import { resolveMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import request from 'supertest';
import catalogEvidenceModule from './index';
import { CatalogEvidenceProvider } from './provider/CatalogEvidenceProvider';
import { readCatalogEvidenceRules } from './rules/readRules';
import {
  APP,
  CONFIG,
  ENTITIES,
  EXPECTED,
  page,
} from './__testUtils__/evidenceFixtures';
import {
  startEvidenceBackend,
  testCatalogClient,
  waitForCatalog,
} from './__testUtils__/startEvidenceBackend';

jest.setTimeout(180_000);

describe('the catalog evidence module, on the real catalog', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let backend: TestBackend;
    const auth = mockServices.auth({ pluginId: 'mlops-maturity' });

    beforeAll(async () => {
      backend = await startEvidenceBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        config: CONFIG,
        // The package's default export, which the README's one
        // backend.add(import(...)) line adds.
        features: [catalogEvidenceModule],
      });
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'catalog',
      });
      await waitForCatalog(backend, token, ENTITIES);
    });

    afterAll(async () => {
      await backend?.stop();
    });

    /**
     * The provider as the module builds it, and what it asks the catalog
     * and gets.
     */
    function catalogProvider(pageSize?: number) {
      const rules = readCatalogEvidenceRules(
        new ConfigReader(CONFIG),
        resolveMaturityModel(undefined),
      );
      const catalog = testCatalogClient(backend);
      const calls: Array<{ request: any; names: string[] }> = [];
      const recording = Object.create(catalog, {
        queryEntities: {
          value: async (req: any, options: any) => {
            const res = await catalog.queryEntities(req, options);
            calls.push({
              request: req,
              names: res.items.map(e => e.metadata.name),
            });
            return res;
          },
        },
      });
      const provider = new CatalogEvidenceProvider({
        rules,
        catalog: recording,
        auth,
        appBaseUrl: APP,
        pageSize,
      });
      return { provider, calls };
    }

    /**
     * Catalog entities by name: read in full, as the plugin hands them
     * over, or with only `fields` (then the provider reads them again).
     */
    async function readEntities(names: string[], fields?: string[]) {
      const { items } = await testCatalogClient(backend).getEntitiesByRefs(
        { entityRefs: names.map(n => `component:default/${n}`), fields },
        {
          token: (
            await auth.getPluginRequestToken({
              onBehalfOf: await auth.getOwnServiceCredentials(),
              targetPluginId: 'catalog',
            })
          ).token,
        },
      );
      return items.map(e => e!);
    }

    /**
     * What the provider itself returns for a batch, before the plugin's
     * checks keep one signal per question: every rule that fired.
     */
    async function signalsOfBatch(
      names: string[],
      read: { pageSize?: number; fields?: string[] } = {},
    ) {
      const { provider, calls } = catalogProvider(read.pageSize);
      const response = await provider.getSignals({
        entities: await readEntities(names, read.fields),
        credentials: await auth.getOwnServiceCredentials(),
        signal: new AbortController().signal,
      });
      return { ...response, calls };
    }

    /** Which rule fired on each entity, with the question, level and link. */
    const firedRules = (
      names: string[],
      signals: Awaited<ReturnType<typeof signalsOfBatch>>['signals'],
    ) =>
      Object.fromEntries(
        names.map(name => [
          name,
          (signals[`component:default/${name}`] ?? []).map(s => [
            /\(rule ([^)]+)\)$/.exec(s.detail!)![1],
            s.questionId,
            s.level,
            s.url,
          ]),
        ]),
      );

    it('checks entities handed over in full as they are, asking the catalog only for their Resources', async () => {
      const names = Object.keys(EXPECTED);
      const { signals, calls } = await signalsOfBatch(names);
      expect(firedRules(names, signals)).toEqual(EXPECTED);
      expect(calls).toEqual([]);
    });

    it('returns only signals the plugin keeps: none dropped, per question the highest level', async () => {
      const names = Object.keys(EXPECTED);
      const { signals, dropped } = await testEvidenceProvider(
        catalogProvider().provider,
        { entities: await readEntities(names) },
      );
      expect(dropped).toEqual([]);
      const highest = (name: string) => {
        const levels = new Map<string, number>();
        for (const [, questionId, level] of EXPECTED[name]) {
          levels.set(questionId, Math.max(level, levels.get(questionId) ?? 0));
        }
        return Object.fromEntries(levels);
      };
      for (const name of names) {
        const kept = signals[`component:default/${name}`];
        expect([name, kept.every(s => s.source === 'catalog')]).toEqual([
          name,
          true,
        ]);
        expect([
          name,
          Object.fromEntries(kept.map(s => [s.questionId, s.level])),
        ]).toEqual([name, highest(name)]);
      }
    });

    it('fires each rule on the entities whose data shows it, and on no other', async () => {
      const names = Object.keys(EXPECTED);
      // Entities read without their data: the provider asks the catalog for
      // them. A small page size: the batch spans several cursor pages.
      const { signals, calls } = await signalsOfBatch(names, {
        pageSize: 3,
        fields: ['kind', 'metadata.namespace', 'metadata.name', 'metadata.uid'],
      });
      expect(firedRules(names, signals)).toEqual(EXPECTED);
      // The catalog narrows the batch: only entities with something a rule
      // reads come back, a page of 3 at a time, with only the fields the
      // rules read.
      const returned = calls.flatMap(c => c.names);
      expect(calls.length).toBeGreaterThan(3);
      expect(returned).not.toContain('bare-service');
      expect(returned).not.toContain('web-shop');
      expect(new Set(returned).size).toBe(returned.length);
      const [first, ...next] = calls.map(c => c.request);
      expect(first.query).toEqual({
        'metadata.uid': { $in: expect.any(Array) },
      });
      expect(first.filter).toEqual(
        expect.arrayContaining([
          {
            'metadata.annotations.github.com/project-slug':
              CATALOG_FILTER_EXISTS,
          },
          { 'metadata.annotations.acme.com/tier': 'gold' },
          { 'metadata.labels.rollout': 'shadow' },
          { 'metadata.tags': 'ab-tested' },
          { 'metadata.links.title': 'runbook' },
          { 'relations.dependsOn': CATALOG_FILTER_EXISTS },
        ]),
      );
      expect(first.fields.sort()).toEqual([
        'kind',
        'metadata.annotations',
        'metadata.labels',
        'metadata.links',
        'metadata.name',
        'metadata.namespace',
        'metadata.tags',
        'metadata.uid',
        'relations',
      ]);
      for (const followUp of next) {
        expect(followUp.cursor).toEqual(expect.any(String));
      }
      // Nothing for entities not asked about.
      expect(Object.keys(signals).sort()).toEqual(
        names
          .filter(n => EXPECTED[n].length > 0)
          .map(n => `component:default/${n}`)
          .sort(),
      );
    });

    it('says what it found and why in each signal', async () => {
      const { signals } = await signalsOfBatch([
        'pagerduty-service',
        'resources-service',
        'custom-service',
      ]);
      expect(signals['component:default/pagerduty-service']).toEqual([
        {
          questionId: 'incident-response',
          level: 3,
          title: 'On-call alerts through PagerDuty',
          url: page('component', 'pagerduty-service'),
          detail:
            'Annotation pagerduty.com/service-id: PABC123 (rule pagerduty-service)',
        },
      ]);
      // A signal that names another entity lists it, for the plugin to
      // withhold from readers who may not read it.
      expect(
        signals['component:default/resources-service'].find(
          s => s.questionId === 'rollback',
        ),
      ).toMatchObject({
        detail:
          'Depends on MLflow Model Registry (resource:default/mlflow-registry, a model-registry Resource) (rule model-registry-resource)',
        url: page('resource', 'mlflow-registry'),
        relatedEntityRefs: ['resource:default/mlflow-registry'],
      });
      expect(
        signals['component:default/custom-service'].map(s => [
          s.detail,
          s.relatedEntityRefs,
        ]),
      ).toEqual([
        ['Annotation acme.com/tier: GOLD (rule gold-tier)', undefined],
        ['Label canary: true (rule canary-label)', undefined],
        ['Label rollout: shadow (rule shadow-label)', undefined],
        ['Tag ab-tested (rule ab-tag)', undefined],
        ['Link "Runbook" (rule runbook-link)', undefined],
        [
          'Link "Live metrics" (type dashboard) (rule dashboard-link)',
          undefined,
        ],
        [
          'Depends on cloud-costs (resource:default/cloud-costs, a cost-report Resource) (rule cost-report)',
          ['resource:default/cloud-costs'],
        ],
      ]);
    });

    it("serves the signals through the plugin's evidence route, one per question", async () => {
      const res = await request(backend.server)
        .get(
          '/api/mlops-maturity/assessments/component/default/grafana-service/evidence',
        )
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      expect(
        res.body.signals.map((s: any) => [s.questionId, s.level, s.source]),
      ).toEqual([
        ['incident-response', 2, 'catalog'],
        ['model-monitoring', 1, 'catalog'],
        // The alert rules (3) win over the dashboards (2).
        ['alerting', 3, 'catalog'],
      ]);
      const bare = await request(backend.server)
        .get(
          '/api/mlops-maturity/assessments/component/default/bare-service/evidence',
        )
        .set('Authorization', mockCredentials.user.header());
      expect(bare.body).toEqual({ signals: [] });
    });
  });
});

describe('a bad rule', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'stops the backend with a message naming it, on %p',
    async databaseId => {
      const rule = (id: string, questionId: string) => ({
        id,
        when: { annotation: 'acme.com/x' },
        questionId,
        level: 2,
        title: 'X',
      });
      await expect(
        startEvidenceBackend({
          databases,
          databaseId,
          entities: [],
          config: {
            mlopsMaturity: {
              evidence: {
                rules: [
                  rule('a', 'testing'),
                  rule('b', 'alerting'),
                  rule('c', 'x'),
                ],
              },
            },
          },
          features: [catalogEvidenceModule],
        }),
      ).rejects.toThrow(
        'mlopsMaturity.evidence.rules[2].questionId "x" is not a question of the model mlops-maturity@',
      );
    },
  );
});
