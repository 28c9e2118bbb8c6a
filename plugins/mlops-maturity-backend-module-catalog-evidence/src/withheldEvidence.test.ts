import {
  mockCredentials,
  mockServices,
  TestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import catalogEvidenceModule from './index';
import {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
  permissionFeatures,
} from './__testUtils__/permissionFeatures';
import {
  startEvidenceBackend,
  waitForCatalog,
} from './__testUtils__/startEvidenceBackend';

jest.setTimeout(180_000);

const APP = 'https://backstage.acme.com';
const ada = 'user:default/ada';
const fiona = 'user:default/fiona';

/**
 * The demo's leak (issue 23): a visible ML service depends on a
 * confidential model registry of another team, and the shipped
 * model-registry rule names it in the service's evidence.
 */
const ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'covert-registry',
      title: 'Project Nightjar Registry',
      annotations: { [CONFIDENTIAL_ANNOTATION]: 'true' },
    },
    spec: { type: 'model-registry', owner: 'team-fraud' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'leak-probe' },
    spec: {
      type: 'ml-service',
      owner: 'team-recommendations',
      lifecycle: 'production',
      dependsOn: ['resource:default/covert-registry'],
    },
  },
];

describe('catalog evidence about a Resource the reader may not read', () => {
  const databases = TestDatabases.create({
    ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let backend: TestBackend;
    const evidenceAs = (user: string) =>
      request(backend.server)
        .get(
          '/api/mlops-maturity/assessments/component/default/leak-probe/evidence',
        )
        .set('Authorization', mockCredentials.user.header(user));

    beforeAll(async () => {
      backend = await startEvidenceBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        config: { app: { baseUrl: APP }, permission: { enabled: true } },
        features: [
          catalogEvidenceModule,
          ...permissionFeatures({
            policy: confidentialPolicy,
            memberships: {
              [ada]: ['group:default/team-recommendations'],
              [fiona]: ['group:default/team-fraud'],
            },
          }),
        ],
      });
      const auth = mockServices.auth({ pluginId: 'mlops-maturity' });
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'catalog',
      });
      await waitForCatalog(backend, token, ENTITIES);
    });

    afterAll(async () => {
      await backend?.stop();
    });

    it('tells a reader the catalog hides the Resource from nothing of it', async () => {
      const hidden = await request(backend.server)
        .get('/api/catalog/entities/by-name/resource/default/covert-registry')
        .set('Authorization', mockCredentials.user.header(ada));
      expect(hidden.status).toBe(404);

      const res = await evidenceAs(ada);
      expect(res.status).toBe(200);
      expect(res.text).not.toMatch(/covert|nightjar|model-registry/i);
      expect(res.body.signals).toEqual([
        {
          questionId: 'rollback',
          level: 2,
          title: 'Backed by a catalog entity you cannot see',
          withheld: true,
          source: 'catalog',
          observedAt: expect.any(String),
        },
      ]);
    });

    it("shows it in full to the Resource's owners", async () => {
      const res = await evidenceAs(fiona);
      expect(res.status).toBe(200);
      expect(res.body.signals).toEqual([
        {
          questionId: 'rollback',
          level: 2,
          title: 'Uses a model registry',
          url: `${APP}/catalog/default/resource/covert-registry`,
          detail:
            'Depends on Project Nightjar Registry (resource:default/covert-registry, a model-registry Resource) (rule model-registry-resource)',
          source: 'catalog',
          observedAt: expect.any(String),
        },
      ]);
    });
  });
});
