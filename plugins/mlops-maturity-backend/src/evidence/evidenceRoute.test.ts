import {
  createBackendModule,
  BackstageServicePrincipal,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { EntityEvidenceResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  EvidenceProvider,
  mlopsMaturityEvidenceExtensionPoint,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import request from 'supertest';
import {
  confidentialPolicy,
  mlServiceEntity,
  RealCatalogBackend,
  startRealCatalogBackend,
  TEAM_MEMBERSHIPS,
  testUser,
} from '../__testUtils__/realCatalogBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

const EVIDENCE = (name: string) =>
  `/api/mlops-maturity/assessments/component/default/${name}/evidence`;
const TIMEOUT_MS = 300;

const service = mlServiceEntity;

const ENTITIES = [
  service('ranker', 'team-a'),
  service('secret-ranker', 'team-b', { 'acme.com/confidential': 'true' }),
];
const user = testUser;
const MEMBERSHIPS = TEAM_MEMBERSHIPS;

const policy = confidentialPolicy;

/** What the providers of one backend saw, for the assertions. */
interface Seen {
  principals: BackstageServicePrincipal[];
  slowAborted: number;
}

/**
 * The providers and the two modules that add them, as users write them (one
 * adds a provider, the other three), recording into `seen`: a fresh one per
 * database, so no run passes on what an earlier one saw.
 */
function providerModules(seen: Seen) {
  const pipelines: EvidenceProvider = {
    id: 'pipelines',
    title: 'Training pipelines',
    async getSignals({ entities, credentials }) {
      seen.principals.push(credentials.principal as BackstageServicePrincipal);
      return {
        signals: Object.fromEntries(
          entities.map(e => [
            `component:default/${e.metadata.name}`,
            [
              {
                questionId: 'training-automation',
                level: 2,
                title: 'Nightly training pipeline',
                url: `https://pipelines.example.com/${e.metadata.name}`,
              },
              // Lower than the one above: the highest level wins.
              { questionId: 'training-automation', level: 1, title: 'Runs' },
              // Not a question of the model: dropped.
              { questionId: 'vibes', level: 4, title: 'Great vibes' },
            ],
          ]),
        ),
      };
    },
  };

  const monitoring: EvidenceProvider = {
    id: 'monitoring',
    async getSignals({ entities }) {
      return {
        signals: Object.fromEntries(
          entities.map(e => [
            `component:default/${e.metadata.name}`,
            [
              {
                questionId: 'alerting',
                level: 3,
                title: 'Alerts on drift thresholds',
                detail: `3 alert rules for ${e.metadata.name}`,
              },
            ],
          ]),
        ),
      };
    },
  };

  const failing: EvidenceProvider = {
    id: 'failing',
    async getSignals() {
      throw new Error('the tool is down');
    },
  };

  const slow: EvidenceProvider = {
    id: 'slow',
    getSignals: ({ signal }) =>
      new Promise(() => {
        signal.addEventListener('abort', () => {
          seen.slowAborted++;
        });
      }),
  };

  const pipelinesModule = createBackendModule({
    pluginId: 'mlops-maturity',
    moduleId: 'test-pipelines-evidence',
    register(reg) {
      reg.registerInit({
        deps: { evidence: mlopsMaturityEvidenceExtensionPoint },
        async init({ evidence }) {
          evidence.addProvider(pipelines);
        },
      });
    },
  });
  const moreModule = createBackendModule({
    pluginId: 'mlops-maturity',
    moduleId: 'test-more-evidence',
    register(reg) {
      reg.registerInit({
        deps: { evidence: mlopsMaturityEvidenceExtensionPoint },
        async init({ evidence }) {
          evidence.addProvider(failing);
          evidence.addProvider(slow);
          evidence.addProvider(monitoring);
        },
      });
    },
  });
  return [pipelinesModule, moreModule];
}

describe('evidence from provider modules, through the route', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    const seen: Seen = { principals: [], slowAborted: 0 };
    const get = (name: string, who: string) =>
      request(app.server)
        .get(EVIDENCE(name))
        .set('Authorization', mockCredentials.user.header(user(who)));

    beforeAll(async () => {
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        policy,
        memberships: MEMBERSHIPS,
        features: providerModules(seen),
        config: {
          mlopsMaturity: { evidence: { providerTimeoutMs: TIMEOUT_MS } },
        },
      });
    });

    afterAll(async () => {
      await app?.backend.stop();
    });

    it('answers with the signals of every working provider, skipping the failing and the slow one', async () => {
      const started = Date.now();
      const res = await get('ranker', 'olivia');
      expect(res.status).toBe(200);
      // The slow provider's budget, not its never-ending work, bounds the answer.
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 5000);
      const body: EntityEvidenceResponse = res.body;
      expect(body).toEqual({
        signals: [
          {
            questionId: 'training-automation',
            level: 2,
            title: 'Nightly training pipeline',
            url: 'https://pipelines.example.com/ranker',
            source: 'pipelines',
            observedAt: expect.any(String),
          },
          {
            questionId: 'alerting',
            level: 3,
            title: 'Alerts on drift thresholds',
            detail: '3 alert rules for ranker',
            source: 'monitoring',
            observedAt: expect.any(String),
          },
        ],
      });
      expect(Date.parse(body.signals[0].observedAt)).toBeGreaterThan(
        started - 1000,
      );
      expect(seen.slowAborted).toBeGreaterThan(0);
    });

    it('runs the providers with the plugin service credentials, not the caller', async () => {
      expect(seen.principals.length).toBeGreaterThan(0);
      for (const principal of seen.principals) {
        expect(principal).toEqual(
          expect.objectContaining({
            type: 'service',
            subject: 'plugin:mlops-maturity',
          }),
        );
      }
    });

    it('is a 404 for an entity the caller may not read, as the assessment is', async () => {
      const hidden = await get('secret-ranker', 'olivia');
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message).toBe(
        'Entity component:default/secret-ranker is not in the catalog',
      );
      const assessment = await request(app.server)
        .get('/api/mlops-maturity/assessments/component/default/secret-ranker')
        .set('Authorization', mockCredentials.user.header(user('olivia')));
      expect(assessment.status).toBe(404);

      const owner = await get('secret-ranker', 'oscar');
      expect(owner.status).toBe(200);
      expect(
        owner.body.signals.map((s: { source: string }) => s.source),
      ).toEqual(['pipelines', 'monitoring']);
    });

    it('is a 404 for an entity not in the catalog', async () => {
      expect((await get('no-such-service', 'olivia')).status).toBe(404);
    });
  });
});
