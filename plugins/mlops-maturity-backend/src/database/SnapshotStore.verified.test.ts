import { createTestDatabases } from '../testUtils';
import {
  DAY,
  NOW,
  seededCampaignStores,
  START,
} from '../__testUtils__/campaignFixtures';
import { dayOf, SNAPSHOTS } from './snapshotRows';

jest.setTimeout(60_000);

/*
 * The verified level in the daily snapshots: taken from the scorecard row,
 * on the days that show the revision it was computed for. Seeded into the
 * scorecard table as the verified-level writer stores it: alpha (revision 2,
 * L3 since day 2) verified L2; charlie (revision 2, L1 since day 4) verified
 * L0; bravo's figures are of a revision it is not at; echo is not assessed.
 */
describe('SnapshotStore: the verified level', () => {
  const databases = createTestDatabases();

  async function seeded(databaseId: Parameters<typeof databases.init>[0]) {
    const stores = await seededCampaignStores(databases, databaseId);
    await stores.knex(SNAPSHOTS).delete();
    const verify = (name: string, level: number, revision: number | null) =>
      stores
        .knex('mlops_maturity_entities')
        .where('entity_ref', `component:default/${name}`)
        .update({
          verified_level: level,
          verified_score: level + 0.5,
          verified_gaps: 1,
          verified_revision: revision,
        });
    await verify('alpha', 2, 2);
    await verify('charlie', 0, 2);
    await verify('bravo', 0, 7);
    await verify('echo', 4, null);
    return stores;
  }

  /** name -> verified level on `day` (null: none). */
  async function verifiedLevels(knex: any, day: number) {
    const rows = await knex(`${SNAPSHOTS} as n`)
      .join('mlops_maturity_snapshot_services as s', 's.id', 'n.service_id')
      .where('n.day', day)
      .select('s.entity_ref', 'n.verified_level');
    return Object.fromEntries(
      rows.map((r: any) => [
        r.entity_ref.split('/')[1],
        r.verified_level === null ? null : Number(r.verified_level),
      ]),
    );
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it("writes today's verified level from the scorecard row", async () => {
      const { knex, snapshots } = await seeded(databaseId);
      const today = dayOf(NOW);
      await snapshots.writeDay(today, new Date(NOW.getTime() - 25 * DAY));
      expect(await verifiedLevels(knex, today)).toEqual({
        alpha: 2,
        bravo: null,
        charlie: 0,
        delta: null,
        echo: null,
      });

      // A change of the verified level alone is a change of the day's row.
      await knex('mlops_maturity_entities')
        .where('entity_ref', 'component:default/alpha')
        .update({ verified_level: 3 });
      await snapshots.writeDay(today + 1, new Date(NOW.getTime() - 25 * DAY));
      const changed = await knex(`${SNAPSHOTS} as n`)
        .join('mlops_maturity_snapshot_services as s', 's.id', 'n.service_id')
        .where('n.day', today + 1)
        .where('n.changed', 1)
        .select('s.entity_ref');
      expect(changed.map((r: any) => r.entity_ref)).toEqual([
        'component:default/alpha',
      ]);
    });

    it('fills past days with it only where they show the revision it was computed for', async () => {
      const { knex, snapshots } = await seeded(databaseId);
      const start = dayOf(START);
      await snapshots.fillFromRevisions(start, start + 7, 180);
      // Day 1: alpha at revision 1, charlie at revision 1.
      expect(await verifiedLevels(knex, start + 1)).toEqual({
        alpha: null,
        bravo: null,
        charlie: null,
        delta: null,
        echo: null,
      });
      // Day 3: alpha at revision 2; charlie still at 1.
      expect(await verifiedLevels(knex, start + 3)).toMatchObject({
        alpha: 2,
        charlie: null,
      });
      // Day 5: both at revision 2.
      expect(await verifiedLevels(knex, start + 5)).toMatchObject({
        alpha: 2,
        charlie: 0,
        bravo: null,
      });
    });
  });
});
