import { createTestDatabases } from '../testUtils';
import {
  DAY,
  levelGoal,
  NOW,
  START,
  seededCampaignStores,
} from '../__testUtils__/campaignFixtures';

jest.setTimeout(60_000);

describe('CampaignStore', () => {
  const databases = createTestDatabases();
  const seeded = (databaseId: Parameters<typeof databases.init>[0]) =>
    seededCampaignStores(databases, databaseId);

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stores, lists, changes and closes campaigns', async () => {
      const { campaigns } = await seeded(databaseId);
      const first = await campaigns.create(levelGoal(2), 'user:default/lead');
      const second = await campaigns.create(
        {
          ...levelGoal(3),
          title: 'Reassess',
          goal: { kind: 'reassess' },
          deadline: new Date(NOW.getTime() + 5 * DAY),
        },
        'user:default/lead',
      );
      expect(first).toMatchObject({
        title: 'Level 2 in production',
        scope: { lifecycle: ['PRODUCTION'] },
        goal: { kind: 'level', level: 2 },
        startsAt: START.toISOString(),
        state: 'active',
        createdBy: 'user:default/lead',
        closedAt: null,
      });
      expect((await campaigns.list()).map(c => c.id)).toEqual([
        second.id,
        first.id,
      ]);

      const changed = await campaigns.update(
        first.id,
        { title: 'Level 2 by June', goal: { kind: 'reassess' } },
        'user:default/other',
        () => {},
      );
      expect(changed).toMatchObject({
        title: 'Level 2 by June',
        goal: { kind: 'reassess' },
        updatedBy: 'user:default/other',
        createdBy: 'user:default/lead',
      });

      // A refused change writes nothing.
      await expect(
        campaigns.update(first.id, { title: 'Nope' }, 'user:default/x', () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect((await campaigns.get(first.id))!.title).toBe('Level 2 by June');

      const closed = await campaigns.close(second.id, 'user:default/lead');
      expect(closed).toMatchObject({
        state: 'closed',
        closedBy: 'user:default/lead',
      });
      expect(closed.closedAt).not.toBeNull();
      await expect(
        campaigns.close(second.id, 'user:default/lead'),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        campaigns.update(second.id, { title: 'x' }, 'user:default/x', () => {}),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        campaigns.close('00000000-0000-4000-8000-000000000000', 'u'),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      expect(
        (await campaigns.list({ state: 'active' })).map(c => c.id),
      ).toEqual([first.id]);
      expect(
        (await campaigns.list({ state: 'closed' })).map(c => c.id),
      ).toEqual([second.id]);
    });
  });
});
