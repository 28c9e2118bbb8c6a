import { mockCredentials } from '@backstage/backend-test-utils';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
  mlServiceEntity,
  RealCatalogBackend,
  startRealCatalogBackend,
  TEAM_MEMBERSHIPS,
  TestEntityProvider,
  testUser,
} from '../__testUtils__/realCatalogBackend';
import { waitFor } from '../reminders/__testUtils__/startRemindersBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

const API = '/api/mlops-maturity';
const ref = (name: string) => `component:default/${name}`;
const path = (name: string) => `${API}/assessments/component/default/${name}`;

/**
 * team-b's confidential service, which olivia (team-a) may not read; an open
 * one of team-a; one nobody assessed; one that leaves the catalog. The
 * confidential policy allows every other permission, so olivia holds the
 * plugin's admin permission.
 */
const SECRET = mlServiceEntity('secret-scorer', 'group:default/team-b', {
  [CONFIDENTIAL_ANNOTATION]: 'true',
});
const OPEN = mlServiceEntity('open-ranker', 'group:default/team-a');
const FRESH = mlServiceEntity('fresh-model', 'group:default/team-a');
const LEAVING = mlServiceEntity('leaving-model', 'group:default/team-a');
const ENTITIES = [SECRET, OPEN, FRESH, LEAVING];

describe('purging what the catalog hides', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    const provider = new TestEntityProvider(ENTITIES);
    const as = (name: string) => mockCredentials.user.header(testUser(name));

    /** Submits one revision and saves a draft as `owner`. */
    async function assessWithDraft(name: string, owner: string) {
      const submitted = await request(app.server)
        .put(path(name))
        .set('Authorization', as(owner))
        .send({ baseRevision: null, answers: uniformAnswers(2) });
      const drafted = await request(app.server)
        .put(`${path(name)}/draft`)
        .set('Authorization', as(owner))
        .send({
          draftVersion: null,
          baseRevision: 1,
          answers: uniformAnswers(3),
        });
      expect([submitted.status, drafted.status]).toEqual([200, 200]);
    }

    /** The rows stored for the entity, by table. */
    async function rowsOf(name: string) {
      const count = async (table: string) =>
        Number(
          (
            await app
              .knex(table)
              .where({ entity_ref: ref(name) })
              .count({ n: '*' })
          )[0].n,
        );
      return {
        revisions: await count('mlops_maturity_revisions'),
        current: await count('mlops_maturity_current'),
        drafts: await count('mlops_maturity_drafts'),
      };
    }

    const purge = (name: string, who: string) =>
      request(app.server).delete(path(name)).set('Authorization', as(who));

    beforeAll(async () => {
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        provider,
        policy: confidentialPolicy,
        memberships: TEAM_MEMBERSHIPS,
      });
      await assessWithDraft('secret-scorer', 'oscar');
      await assessWithDraft('open-ranker', 'olivia');
      await assessWithDraft('leaving-model', 'olivia');
    });

    afterAll(async () => {
      await app?.backend.stop();
    });

    it('answers for a hidden entity as for one never assessed, and deletes nothing', async () => {
      const neverAssessed = await purge('fresh-model', 'olivia');
      expect(neverAssessed.status).toBe(200);
      expect(neverAssessed.body).toEqual({
        entityRef: ref('fresh-model'),
        revisions: 0,
        drafts: 0,
      });

      const hidden = await purge('secret-scorer', 'olivia');
      expect(hidden.status).toBe(neverAssessed.status);
      expect(hidden.body).toEqual({
        ...neverAssessed.body,
        entityRef: ref('secret-scorer'),
      });
      expect(await rowsOf('secret-scorer')).toEqual({
        revisions: 1,
        current: 1,
        drafts: 1,
      });

      const hiddenUid = await request(app.server)
        .delete(`${path('secret-scorer')}?uid=some-uid`)
        .set('Authorization', as('olivia'));
      expect(hiddenUid.body).toEqual({
        ...neverAssessed.body,
        entityRef: ref('secret-scorer'),
        entityUid: 'some-uid',
      });
    });

    it('purges an entity the caller may read', async () => {
      // oscar owns the confidential service and reads it.
      const res = await purge('secret-scorer', 'oscar');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        entityRef: ref('secret-scorer'),
        revisions: 1,
        drafts: 1,
      });
      expect(await rowsOf('secret-scorer')).toEqual({
        revisions: 0,
        current: 0,
        drafts: 0,
      });

      const open = await purge('open-ranker', 'olivia');
      expect(open.body).toEqual({
        entityRef: ref('open-ranker'),
        revisions: 1,
        drafts: 1,
      });
      expect(await rowsOf('open-ranker')).toEqual({
        revisions: 0,
        current: 0,
        drafts: 0,
      });
    });

    it('purges the data of an entity gone from the catalog', async () => {
      await provider.replace([SECRET, OPEN, FRESH]);
      await waitFor('the catalog to drop leaving-model', async () => {
        const res = await request(app.server)
          .get(`/api/catalog/entities/by-name/component/default/leaving-model`)
          .set('Authorization', as('oscar'));
        return res.status === 404 ? true : undefined;
      });
      const res = await purge('leaving-model', 'oscar');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        entityRef: ref('leaving-model'),
        revisions: 1,
        drafts: 1,
      });
      expect(await rowsOf('leaving-model')).toEqual({
        revisions: 0,
        current: 0,
        drafts: 0,
      });
    });
  });
});
