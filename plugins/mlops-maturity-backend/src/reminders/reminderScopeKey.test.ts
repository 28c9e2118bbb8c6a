import { mockServices } from '@backstage/backend-test-utils';
import { createStores } from '../database/createStores';
import { PluginMetaStore } from '../database/PluginMetaStore';
import { createTestDatabases } from '../testUtils';
import { loadReminderScopeKey, SCOPE_KEY_META } from './reminderScopeKey';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'loadReminderScopeKey on %p',
  databaseId => {
    it('creates a random 32-byte key once, keeps it in the database, and gives every instance the same one', async () => {
      const knex = await databases.init(databaseId);
      const { meta } = await createStores({
        database: mockServices.database({ knex }),
      });
      // Two instances on the same database, both on their first run.
      const other = new PluginMetaStore(knex);
      const [a, b] = await Promise.all([
        loadReminderScopeKey(meta),
        loadReminderScopeKey(other),
      ]);
      expect(a).toHaveLength(32);
      expect(b.equals(a)).toBe(true);
      expect(await meta.get(SCOPE_KEY_META)).toBe(a.toString('hex'));
      // Later runs read it back.
      expect((await loadReminderScopeKey(other)).equals(a)).toBe(true);

      // Another installation (database) has another key.
      const elsewhere = await databases.init(databaseId);
      await createStores({
        database: mockServices.database({ knex: elsewhere }),
      });
      const key = await loadReminderScopeKey(new PluginMetaStore(elsewhere));
      expect(key.equals(a)).toBe(false);
    });

    it('refuses a stored key that is not 64 hex digits rather than use it', async () => {
      const knex = await databases.init(databaseId);
      const { meta } = await createStores({
        database: mockServices.database({ knex }),
      });
      await meta.setOnce(SCOPE_KEY_META, 'not a key');
      await expect(loadReminderScopeKey(meta)).rejects.toThrow(
        /reminder-scope-key\) is not 64 hex digits/,
      );
    });
  },
);
