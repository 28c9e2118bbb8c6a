import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  mlopsMaturityEvidenceExtensionPoint,
  ProvidedEvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
  mlServiceEntity,
  RealCatalogBackend,
  startRealCatalogBackend,
  TEAM_MEMBERSHIPS,
  testUser,
} from '../__testUtils__/realCatalogBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(180_000);

/**
 * The leak of issue 23 as the demo showed it: a visible ML service of team-a
 * depends on a confidential Resource of team-b, and a provider (run with the
 * plugin's own credentials) names that Resource in its signal.
 */
const resource = (
  name: string,
  title: string,
  type: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, title, annotations },
  spec: { type, owner: 'team-b' },
});

const ENTITIES: Entity[] = [
  resource('covert-registry', 'Project Nightjar Registry', 'model-registry', {
    [CONFIDENTIAL_ANNOTATION]: 'true',
  }),
  resource('feature-hub', 'Feature Hub', 'feature-store'),
  {
    ...mlServiceEntity('leak-probe', 'team-a'),
    spec: {
      type: 'ml-service',
      owner: 'team-a',
      lifecycle: 'production',
      dependsOn: [
        'resource:default/covert-registry',
        'resource:default/feature-hub',
      ],
    },
  },
];

/** What the confidential Resource may be recognised by in a response. */
const COVERT = /covert|nightjar/i;
const WITHHELD_TITLE = 'Backed by a catalog entity you cannot see';
const EVIDENCE =
  '/api/mlops-maturity/assessments/component/default/leak-probe/evidence';
const APP = 'https://backstage.example.com';

const QUESTION_OF_TYPE: Record<string, string> = {
  'model-registry': 'rollback',
  'feature-store': 'data-management',
};

/**
 * A provider as a real one is written: it reads the Resources the service
 * depends on through the catalog with the credentials it is given (the
 * plugin's), names them, links them and lists them as related entities; and
 * one signal of the service's own that names nothing else.
 */
const resourceEvidence = createBackendModule({
  pluginId: 'mlops-maturity',
  moduleId: 'test-resource-evidence',
  register(reg) {
    reg.registerInit({
      deps: {
        evidence: mlopsMaturityEvidenceExtensionPoint,
        catalog: catalogServiceRef,
      },
      async init({ evidence, catalog }) {
        evidence.addProvider({
          id: 'resources',
          async getSignals({ entities, credentials }) {
            const signals: Record<string, ProvidedEvidenceSignal[]> = {};
            for (const entity of entities) {
              const found: ProvidedEvidenceSignal[] = [
                { questionId: 'alerting', level: 3, title: 'Alerts on drift' },
              ];
              for (const relation of entity.relations ?? []) {
                if (relation.type !== 'dependsOn') continue;
                const target = await catalog.getEntityByRef(
                  relation.targetRef,
                  { credentials },
                );
                const questionId = QUESTION_OF_TYPE[String(target?.spec?.type)];
                if (!target || !questionId) continue;
                const ref = stringifyEntityRef(target);
                found.push({
                  questionId,
                  level: 2,
                  title: `Versioned in ${target.metadata.title}`,
                  url: `${APP}/catalog/default/resource/${target.metadata.name}`,
                  detail: `Depends on ${ref}`,
                  relatedEntityRefs: [ref],
                });
              }
              signals[stringifyEntityRef(entity)] = found;
            }
            return { signals };
          },
        });
      },
    });
  },
});

interface ToolResult {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: any;
}

describe('evidence that names a catalog entity the reader may not read', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    const clients: Client[] = [];

    const get = (path: string, authorization: string) =>
      request(app.server).get(path).set('Authorization', authorization);
    const as = (name: string) => mockCredentials.user.header(testUser(name));

    /** get-entity-maturity of leak-probe through the MCP actions backend, as a user. */
    async function mcpEntityMaturity(name: string): Promise<ToolResult> {
      const { port } = app.server.address() as AddressInfo;
      const client = new Client({ name: 'evidence-test', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(
          new URL(`http://localhost:${port}/api/mcp-actions/v1`),
          {
            requestInit: {
              headers: {
                Authorization: `Bearer ${mockCredentials.user.token(
                  testUser(name),
                )}`,
              },
            },
          },
        ),
      );
      clients.push(client);
      return (await client.callTool({
        name: 'mlops-maturity.get-entity-maturity',
        arguments: { entityRef: 'component:default/leak-probe' },
      })) as ToolResult;
    }

    beforeAll(async () => {
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        policy: confidentialPolicy,
        memberships: TEAM_MEMBERSHIPS,
        features: [
          actionsRegistryServiceFactory,
          actionsServiceFactory,
          mcpActionsPlugin,
          resourceEvidence,
        ],
        config: {
          app: { baseUrl: APP },
          backend: { actions: { pluginSources: ['mlops-maturity'] } },
        },
      });
      // The provider reads the service's relations: wait until the catalog
      // has stitched both.
      const deadline = Date.now() + 60_000;
      for (;;) {
        const res = await get(
          '/api/catalog/entities/by-name/component/default/leak-probe',
          as('oscar'),
        );
        const dependsOn = (res.body.relations ?? []).filter(
          (r: { type: string }) => r.type === 'dependsOn',
        );
        if (dependsOn.length === 2) break;
        if (Date.now() > deadline) throw new Error('relations never stitched');
        await new Promise(r => setTimeout(r, 200));
      }
    });

    afterAll(async () => {
      await Promise.all(clients.map(c => c.close()));
      await app?.backend.stop();
    });

    it('is hidden from the non-owner by the catalog itself', async () => {
      const path =
        '/api/catalog/entities/by-name/resource/default/covert-registry';
      expect((await get(path, as('olivia'))).status).toBe(404);
      expect((await get(path, as('oscar'))).status).toBe(200);
    });

    it('is withheld from a reader who may not read the entity, its question and level kept', async () => {
      const res = await get(EVIDENCE, as('olivia'));
      expect(res.status).toBe(200);
      expect(res.text).not.toMatch(COVERT);
      expect(res.text).not.toContain('relatedEntityRefs');
      expect(res.body).toEqual({
        signals: [
          {
            questionId: 'data-management',
            level: 2,
            title: 'Versioned in Feature Hub',
            url: `${APP}/catalog/default/resource/feature-hub`,
            detail: 'Depends on resource:default/feature-hub',
            source: 'resources',
            observedAt: expect.any(String),
          },
          {
            questionId: 'rollback',
            level: 2,
            title: WITHHELD_TITLE,
            withheld: true,
            source: 'resources',
            observedAt: expect.any(String),
          },
          {
            questionId: 'alerting',
            level: 3,
            title: 'Alerts on drift',
            source: 'resources',
            observedAt: expect.any(String),
          },
        ],
      });
    });

    it('is shown in full to a reader who may read the entity', async () => {
      const res = await get(EVIDENCE, as('oscar'));
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('relatedEntityRefs');
      const rollback = res.body.signals.find(
        (s: { questionId: string }) => s.questionId === 'rollback',
      );
      expect(rollback).toEqual({
        questionId: 'rollback',
        level: 2,
        title: 'Versioned in Project Nightjar Registry',
        url: `${APP}/catalog/default/resource/covert-registry`,
        detail: 'Depends on resource:default/covert-registry',
        source: 'resources',
        observedAt: expect.any(String),
      });
    });

    it('gives a service principal what the catalog gives it', async () => {
      const service = mockCredentials.service.header();
      const catalogAnswer = await get(
        '/api/catalog/entities/by-name/resource/default/covert-registry',
        service,
      );
      const res = await get(EVIDENCE, service);
      expect(res.status).toBe(200);
      const rollback = res.body.signals.find(
        (s: { questionId: string }) => s.questionId === 'rollback',
      );
      expect([catalogAnswer.status, rollback.withheld === true]).toEqual(
        catalogAnswer.status === 200 ? [200, false] : [404, true],
      );
      expect(COVERT.test(res.text)).toBe(catalogAnswer.status === 200);
    });

    it('is withheld alike from the MCP action get-entity-maturity', async () => {
      const hidden = await mcpEntityMaturity('olivia');
      expect(hidden.isError).toBeUndefined();
      expect(JSON.stringify(hidden)).not.toMatch(COVERT);
      const suggestions = hidden.structuredContent.evidence.suggestions;
      expect(
        suggestions.map((s: any) => [s.questionId, s.evidence, s.url]),
      ).toEqual([
        [
          'data-management',
          'Versioned in Feature Hub',
          `${APP}/catalog/default/resource/feature-hub`,
        ],
        ['rollback', WITHHELD_TITLE, null],
        ['alerting', 'Alerts on drift', null],
      ]);

      const shown = await mcpEntityMaturity('oscar');
      expect(
        shown.structuredContent.evidence.suggestions.find(
          (s: any) => s.questionId === 'rollback',
        ),
      ).toMatchObject({
        evidence: 'Versioned in Project Nightjar Registry',
        url: `${APP}/catalog/default/resource/covert-registry`,
      });
    });
  });
});
