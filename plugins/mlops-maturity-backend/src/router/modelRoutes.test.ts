import { defaultMaturityModel as model } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asOther, startPlugin } from '../__testUtils__/testBackend';
import { API } from '../__testUtils__/routeRequests';

jest.setTimeout(60_000);

describe('modelRoutes', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let plugin: Awaited<ReturnType<typeof startPlugin>>;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      plugin = await startPlugin(knex, {
        mlopsMaturity: { staleAfterDays: 30 },
      });
    });

    afterEach(async () => {
      await plugin.backend.stop();
    });

    it('serves the active model', async () => {
      const res = await request(plugin.server)
        .get(`${API}/model`)
        .set('Authorization', asOther);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(model);
      const pinned = await request(plugin.server)
        .get(`${API}/models/${model.id}/${model.version}`)
        .set('Authorization', asOther);
      expect(pinned.body.version).toBe(model.version);
      const missing = await request(plugin.server)
        .get(`${API}/models/${model.id}/9.9.9`)
        .set('Authorization', asOther);
      expect(missing.status).toBe(404);
    });
  });
});
