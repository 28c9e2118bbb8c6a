// The one list of databases every suite of the plugin's packages runs on.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createTestDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { startBadgesBackend } from './__testUtils__/startBadgesBackend';

jest.setTimeout(180_000);

const KEEPER = 'user:default/keeper';
const READER = 'user:default/reader';

const component = (
  name: string,
  type: string,
  extra: { owner?: string; annotations?: Record<string, string> } = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations: extra.annotations },
  spec: { type, owner: extra.owner ?? 'team-a', lifecycle: 'production' },
});

const ENTITIES = [
  component('visible-model', 'ml-service'),
  component('secret-model', 'ml-service', {
    owner: KEEPER,
    annotations: { 'acme.com/confidential': 'true' },
  }),
  component('unassessed-model', 'ml-model'),
  component('plain-website', 'website'),
];

const CONFIG = {
  app: { baseUrl: 'http://localhost:3000', badges: { obfuscate: true } },
  catalog: { processingInterval: { seconds: 1 } },
};

async function assess(
  backend: TestBackend,
  name: string,
  level: MaturityLevelNumber,
) {
  const res = await request(backend.server)
    .put(`/api/mlops-maturity/assessments/component/default/${name}`)
    .set('Authorization', mockCredentials.user.header(KEEPER))
    .send({ baseRevision: null, answers: uniformAnswers(level) });
  expect(res.status).toBe(200);
}

/** The obfuscated route: the uuid of an entity the user may read. */
async function obfuscated(backend: TestBackend, user: string, name: string) {
  return request(backend.server)
    .get(`/api/badges/entity/default/component/${name}/obfuscated`)
    .set('Authorization', mockCredentials.user.header(user));
}

/** The badge of a uuid, fetched as a README's reader would: no credentials. */
async function badgeSvg(backend: TestBackend, uuid: string) {
  const res = await request(backend.server)
    .get(`/api/badges/entity/${uuid}/mlops-maturity`)
    .buffer(true)
    .parse((r, done) => {
      let text = '';
      r.on('data', chunk => (text += chunk));
      r.on('end', () => done(null, text));
    });
  return { status: res.status, svg: res.body as string };
}

const databases = createTestDatabases();

describe('the maturity badge with obfuscated badge URLs', () => {
  it.each(databases.eachSupportedId())(
    'shows the level to whoever holds the uuid of a service its user could read, on %p',
    async databaseId => {
      const { backend } = await startBadgesBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        config: CONFIG,
      });
      await assess(backend, 'visible-model', 2);
      await assess(backend, 'secret-model', 3);

      const visible = await obfuscated(backend, READER, 'visible-model');
      expect(visible.status).toBe(200);
      const shown = await badgeSvg(backend, visible.body.uuid);
      expect(shown.status).toBe(200);
      expect(shown.svg).toContain(
        '<title>MLOps maturity: L2 · Automated Training</title>',
      );

      // The reader cannot read the confidential service: no uuid, no badge.
      const hidden = await obfuscated(backend, READER, 'secret-model');
      expect(hidden.status).toBe(404);
      expect(JSON.stringify(hidden.body)).not.toContain('uuid');
      // Its owner can, and their badge shows its level.
      const owned = await obfuscated(backend, KEEPER, 'secret-model');
      expect(owned.status).toBe(200);
      expect((await badgeSvg(backend, owned.body.uuid)).svg).toContain(
        '<title>MLOps maturity: L3 · Automated Model Deployment</title>',
      );

      for (const name of ['unassessed-model', 'plain-website']) {
        const { body } = await obfuscated(backend, READER, name);
        expect({ name, svg: (await badgeSvg(backend, body.uuid)).svg }).toEqual(
          {
            name,
            svg: expect.stringContaining(
              '<title>MLOps maturity: not assessed</title>',
            ),
          },
        );
      }
      // A uuid the badges plugin never gave out is its 404.
      const unknown = await badgeSvg(
        backend,
        '00000000-0000-4000-8000-000000000000',
      );
      expect(unknown.status).toBe(404);
    },
  );

  it.each(databases.eachSupportedId())(
    'is listed with the default badges, linking to the Maturity tab, on %p',
    async databaseId => {
      const { backend } = await startBadgesBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        config: CONFIG,
      });
      await assess(backend, 'visible-model', 1);
      const { body } = await obfuscated(backend, READER, 'visible-model');
      const res = await request(backend.server)
        .get(`/api/badges/entity/${body.uuid}/badge-specs`)
        .set('Authorization', mockCredentials.user.header(READER));
      expect(res.status).toBe(200);
      const specs = res.body as Array<{ id: string; markdown: string }>;
      expect(specs.map(s => s.id)).toEqual([
        'pingback',
        'lifecycle',
        'owner',
        'docs',
        'mlops-maturity',
      ]);
      const badgeUrl = `http://localhost:${backend.server.port()}/api/badges/entity/${
        body.uuid
      }/mlops-maturity`;
      expect(specs.find(s => s.id === 'mlops-maturity')!.markdown).toBe(
        `[![MLOps maturity: L1 · DevOps but no MLOps](${badgeUrl})](http://localhost:3000/catalog/default/component/visible-model/maturity)`,
      );
    },
  );
});
