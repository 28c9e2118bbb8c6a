import { createTestDatabases } from '../testUtils';
import {
  at,
  DAY,
  NOW,
  seededCampaignStores,
  START,
} from '../__testUtils__/campaignFixtures';
import { dayOf, SNAPSHOTS } from './snapshotRows';

jest.setTimeout(60_000);

describe('SnapshotStore', () => {
  const databases = createTestDatabases();

  /** The fixture's five services and their revisions, with no snapshots yet. */
  async function seeded(databaseId: Parameters<typeof databases.init>[0]) {
    const stores = await seededCampaignStores(databases, databaseId);
    await stores.knex(SNAPSHOTS).delete();
    return stores;
  }

  /** name -> level on `day` (null: not assessed; undefined: no row). */
  async function levels(knex: any, day: number) {
    const rows = await knex(`${SNAPSHOTS} as n`)
      .join('mlops_maturity_snapshot_services as s', 's.id', 'n.service_id')
      .where('n.day', day)
      .select('s.entity_ref', 'n.level');
    return Object.fromEntries(
      rows.map((r: any) => [
        r.entity_ref.split('/')[1],
        r.level === null ? null : Number(r.level),
      ]),
    );
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('writes a day from the scorecard, the same however often', async () => {
      const { knex, snapshots } = await seeded(databaseId);
      const today = dayOf(NOW);
      const staleBefore = new Date(NOW.getTime() - 25 * DAY);
      expect(await snapshots.writeDay(today, staleBefore)).toBe(5);
      expect(await snapshots.writeDay(today, staleBefore)).toBe(5);
      expect(await snapshots.count()).toBe(5);
      expect(await levels(knex, today)).toEqual({
        alpha: 3,
        bravo: 1,
        charlie: 1,
        delta: 2,
        echo: null,
      });
      const [bravo] = await knex(`${SNAPSHOTS} as n`)
        .join('mlops_maturity_snapshot_services as s', 's.id', 'n.service_id')
        .where('s.entity_ref', 'component:default/bravo')
        .select('n.*');
      // Submitted 40 days ago, at Level 1 on every answer.
      expect(bravo).toMatchObject({
        day: today,
        level: 1,
        score: 10_000,
        gated_level: 1,
        verified_level: null,
        stale: 1,
        assessed_day: dayOf(at(-30)),
      });

      // One service only, after its submission: the others stay as they are.
      await knex('mlops_maturity_entities')
        .where('entity_ref', 'component:default/echo')
        .update({
          assessed: 1,
          level: 4,
          score: 4,
          gated_level: 4,
          revision: 1,
          updated_at: NOW,
        });
      await knex('mlops_maturity_entities')
        .where('entity_ref', 'component:default/alpha')
        .update({ level: 0 });
      await snapshots.writeDay(today, staleBefore, ['component:default/echo']);
      expect(await levels(knex, today)).toMatchObject({ alpha: 3, echo: 4 });
    });

    it('copies the verified level of the revision shown, and none of another revision', async () => {
      const { knex, snapshots } = await seeded(databaseId);
      const today = dayOf(NOW);
      const verified = (name: string, revision: number, level: number) =>
        knex('mlops_maturity_entities')
          .where('entity_ref', `component:default/${name}`)
          .update({ verified_revision: revision, verified_level: level });
      const revisionOf = async (name: string) =>
        Number(
          (
            await knex('mlops_maturity_entities')
              .where('entity_ref', `component:default/${name}`)
              .first('revision')
          ).revision,
        );
      await verified('alpha', await revisionOf('alpha'), 2);
      await verified('bravo', (await revisionOf('bravo')) - 1, 1);
      await snapshots.writeDay(today, new Date(0));
      const rows = await knex(`${SNAPSHOTS} as n`)
        .join('mlops_maturity_snapshot_services as s', 's.id', 'n.service_id')
        .where('n.day', today)
        .select('s.entity_ref', 'n.verified_level');
      const byName = Object.fromEntries(
        rows.map((r: any) => [
          r.entity_ref.split('/')[1],
          r.verified_level === null ? null : Number(r.verified_level),
        ]),
      );
      expect(byName).toEqual({
        alpha: 2,
        bravo: null,
        charlie: null,
        delta: null,
        echo: null,
      });
    });

    it('fills days from the revisions, each as it stood at its end', async () => {
      const { knex, snapshots } = await seeded(databaseId);
      const start = dayOf(START);
      const rows = await snapshots.fillFromRevisions(start, start + 7, 180);
      expect(rows).toBe(5 * 8);
      // charlie falls to Level 1 on day 4, delta is first assessed on day 6.
      expect(await levels(knex, start + 3)).toEqual({
        alpha: 3,
        bravo: 1,
        charlie: 2,
        delta: null,
        echo: null,
      });
      expect(await levels(knex, start + 4)).toMatchObject({ charlie: 1 });
      expect(await levels(knex, start + 6)).toMatchObject({ delta: 2 });
      // Filling again replaces, and a written day is overwritten.
      await snapshots.writeDay(start + 8, new Date(0));
      await snapshots.fillFromRevisions(start, start + 8, 180);
      expect(await snapshots.count()).toBe(5 * 9);
      expect(await snapshots.lastDay()).toBe(start + 8);
    });

    it('backfills from the first revision, stale as of each day', async () => {
      const { knex, snapshots } = await seeded(databaseId);
      const first = await snapshots.firstRevisionDay();
      // bravo's, 30 days before the start.
      expect(first).toBe(dayOf(at(-30)));
      const today = dayOf(NOW);
      await snapshots.fillFromRevisions(first!, today, 20);
      expect(await snapshots.count()).toBe(5 * (today - first! + 1));
      const staleOn = async (day: number) =>
        (
          await knex(`${SNAPSHOTS} as n`)
            .join(
              'mlops_maturity_snapshot_services as s',
              's.id',
              'n.service_id',
            )
            .where({ 'n.day': day, 's.entity_ref': 'component:default/bravo' })
            .first('n.stale')
        ).stale;
      // bravo, submitted once, turns stale 20 days after (stale after 20 days).
      expect(Number(await staleOn(first! + 18))).toBe(0);
      expect(Number(await staleOn(first! + 21))).toBe(1);
    });

    it('fills a long span in one go (more rows than one statement takes)', async () => {
      const { snapshots } = await seeded(databaseId);
      const today = dayOf(NOW);
      expect(await snapshots.fillFromRevisions(today - 399, today, 180)).toBe(
        5 * 400,
      );
      expect(await snapshots.count()).toBe(5 * 400);
    });

    it('deletes the days before a day', async () => {
      const { snapshots } = await seeded(databaseId);
      const start = dayOf(START);
      await snapshots.fillFromRevisions(start, start + 4, 180);
      expect(await snapshots.pruneBefore(start + 2)).toBe(5 * 2);
      expect(await snapshots.count()).toBe(5 * 3);
    });
  });
});
