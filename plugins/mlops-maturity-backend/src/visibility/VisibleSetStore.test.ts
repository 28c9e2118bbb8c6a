import { mockServices } from '@backstage/backend-test-utils';
import { createStores } from '../database/createStores';
import { createTestDatabases } from '../testUtils';
import { VisibleSetStore } from './VisibleSetStore';

const SECOND = 1000;

describe('VisibleSetStore', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'keeps an expired set readable for a minute, then drops it when another is stored, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      // The stores run the plugin's migrations, which create the set tables.
      await createStores({ database: mockServices.database({ knex }) });
      const sets = new VisibleSetStore(knex);
      const members = async (key: string) =>
        (await sets.members(key))
          .map((row: { entity_ref: string }) => row.entity_ref)
          .sort();

      const t0 = new Date('2026-12-01T10:00:00Z');
      const at = (seconds: number) => new Date(t0.getTime() + seconds * SECOND);
      await sets.store(
        'a',
        ['component:default/x', 'component:default/y', 'component:default/x'],
        at(30),
        t0,
      );
      expect(await sets.isFresh('a', at(29))).toBe(true);
      expect(await members('a')).toEqual([
        'component:default/x',
        'component:default/y',
      ]);

      // Expired 30 s ago: no longer fresh, but a request that found it fresh still reads it.
      await sets.store('b', ['component:default/z'], at(90), at(60));
      expect(await sets.isFresh('a', at(60))).toBe(false);
      expect(await members('a')).toEqual([
        'component:default/x',
        'component:default/y',
      ]);

      // Expired over a minute ago: dropped with its members.
      await sets.store('b', ['component:default/w'], at(200), at(91));
      expect(await members('a')).toEqual([]);
      expect(await members('b')).toEqual(['component:default/w']);
      expect(await sets.isFresh('b', at(100))).toBe(true);
    },
  );
});
