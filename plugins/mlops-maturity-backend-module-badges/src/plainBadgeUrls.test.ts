// The one list of databases every suite of the plugin's packages runs on.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createTestDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { startBadgesBackend } from './__testUtils__/startBadgesBackend';

jest.setTimeout(180_000);

const ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'plain-model', namespace: 'default' },
    spec: { type: 'ml-service', owner: 'team-a', lifecycle: 'production' },
  },
];

const configWith = (mlopsMaturity: object) => ({
  app: { baseUrl: 'http://localhost:3000' },
  catalog: { processingInterval: { seconds: 1 } },
  mlopsMaturity,
});

/** The plain badge URL, fetched with no credentials, as by a README's reader. */
async function plainBadgeTitle(backend: TestBackend) {
  const res = await request(backend.server)
    .get(
      '/api/badges/entity/default/component/plain-model/badge/mlops-maturity',
    )
    .buffer(true)
    .parse((r, done) => {
      let text = '';
      r.on('data', chunk => (text += chunk));
      r.on('end', () => done(null, text));
    });
  expect(res.status).toBe(200);
  return /<title>(.*?)<\/title>/.exec(res.body as string)?.[1];
}

async function startAssessed(
  databases: ReturnType<typeof createTestDatabases>,
  databaseId: Parameters<typeof startBadgesBackend>[0]['databaseId'],
  mlopsMaturity: object,
  warnings: string[],
) {
  const { backend } = await startBadgesBackend({
    databases,
    databaseId,
    entities: ENTITIES,
    config: configWith(mlopsMaturity),
    warnings,
  });
  const res = await request(backend.server)
    .put('/api/mlops-maturity/assessments/component/default/plain-model')
    .set('Authorization', mockCredentials.user.header('user:default/keeper'))
    .send({ baseRevision: null, answers: uniformAnswers(4) });
  expect(res.status).toBe(200);
  return backend;
}

const databases = createTestDatabases();

describe('the maturity badge with plain badge URLs (no obfuscation)', () => {
  it.each(databases.eachSupportedId())(
    'says "private" instead of the level by default, on %p',
    async databaseId => {
      const warnings: string[] = [];
      const backend = await startAssessed(databases, databaseId, {}, warnings);
      expect(await plainBadgeTitle(backend)).toBe('MLOps maturity: private');
      // Said once, at start, by the badges plugin's module.
      expect(warnings.filter(w => w.includes('MLOps maturity badge'))).toEqual([
        expect.stringMatching(/^badges: .*allowWithoutObfuscation: true/),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'shows the level when the admin allows it, on %p',
    async databaseId => {
      const warnings: string[] = [];
      const backend = await startAssessed(
        databases,
        databaseId,
        { badges: { allowWithoutObfuscation: true } },
        warnings,
      );
      expect(await plainBadgeTitle(backend)).toBe(
        'MLOps maturity: L4 · Full MLOps',
      );
      expect(warnings.filter(w => w.includes('MLOps maturity badge'))).toEqual(
        [],
      );
    },
  );
});
