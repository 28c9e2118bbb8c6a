import { createTestDatabases } from '../testUtils';
import {
  at,
  NOW,
  seededCampaignStores,
  SUBMISSIONS,
} from '../__testUtils__/campaignFixtures';
import { ServiceTrendStore } from './ServiceTrendStore';
import { dayOf, SNAPSHOT_DAYS, SNAPSHOTS } from './snapshotRows';

jest.setTimeout(60_000);

/** The level a service's submissions give it at the end of `day`; null before the first. */
function levelOn(name: string, day: number): number | null {
  let level: number | null = null;
  for (const [l, days] of SUBMISSIONS[name] ?? []) {
    if (dayOf(at(days)) <= day) level = l;
  }
  return level;
}

describe('ServiceTrendStore', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'reads one service’s rows of the days asked for, on %p',
    async databaseId => {
      const stores = await seededCampaignStores(databases, databaseId);
      const { knex, snapshots } = stores;
      const store = new ServiceTrendStore(knex);
      const today = dayOf(NOW);
      await snapshots.fillFromRevisions(today - 44, today, 180);
      const days = Array.from({ length: 45 }, (_, i) => today - 44 + i);

      for (const name of ['alpha', 'charlie', 'echo']) {
        const found = await store.serviceDays(
          { entityRef: `component:default/${name}`, entityUid: `uid-${name}` },
          days,
        );
        expect([name, found.map(d => [d.day, d.level])]).toEqual([
          name,
          days.map(day => [day, levelOn(name, day)]),
        ]);
        for (const d of found) {
          expect(d.score === null).toBe(d.level === null);
        }
      }

      // Another uid under the same ref (a re-created entity) has no history.
      expect(
        await store.serviceDays(
          { entityRef: 'component:default/alpha', entityUid: 'uid-new' },
          days,
        ),
      ).toEqual([]);

      // A day not written has no point; only the days asked for are read.
      await knex(SNAPSHOTS)
        .where('day', today - 3)
        .delete();
      await knex(SNAPSHOT_DAYS)
        .where('day', today - 3)
        .delete();
      const some = await store.serviceDays(
        { entityRef: 'component:default/alpha', entityUid: 'uid-alpha' },
        [today - 10, today - 3, today],
      );
      expect(some.map(d => d.day)).toEqual([today - 10, today]);
    },
  );
});
