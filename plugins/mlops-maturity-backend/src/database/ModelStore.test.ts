import { mockServices } from '@backstage/backend-test-utils';
import { defaultMaturityModel as model } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createTestDatabases } from '../testUtils';
import { createStores } from './createStores';

jest.setTimeout(60_000);

describe('ModelStore', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'pins model versions and refuses changed content under the same version on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { models: store } = await createStores({
        database: mockServices.database({ knex }),
      });
      await store.register(model);
      await store.register(model); // idempotent
      expect(await store.get(model.id, model.version)).toEqual(model);
      expect(await store.get(model.id, '0.0.1')).toBeUndefined();

      const changed = { ...model, name: 'Renamed without a new version' };
      await expect(store.register(changed)).rejects.toThrow(
        `mlopsMaturity.model: ${model.id}@${model.version} is already stored with different content`,
      );
      // Any version other than the built-in model's own.
      const newVersion = `${model.version}-renamed`;
      await store.register({ ...changed, version: newVersion });
      expect((await store.get(model.id, newVersion))!.name).toBe(
        'Renamed without a new version',
      );
    },
  );
});
