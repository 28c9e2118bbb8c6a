import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  seededStores,
  service,
  SERVICES,
} from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';
import { TargetMiss } from './scorecardTypes';

jest.setTimeout(60_000);

/** The service of SERVICES with this target. */
const withTarget = (name: string, level: MaturityLevelNumber) => ({
  ...SERVICES.find(s => s.name === name)!,
  targetLevel: level,
  targetTitle: `Level ${level}`,
});

const refs = (misses: TargetMiss[]) =>
  misses
    .map(m => `${m.entityRef.split('/')[1]}:${m.level}<${m.targetLevel}`)
    .sort();

describe('the services a write of catalog rows makes miss their target', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('are those assessed below their target now that met it, had none or had no row', async () => {
      // alpha Level 3, bravo 1, charlie 2, delta 1; echo not assessed.
      const { mlServices } = await seededStores(
        await databases.init(databaseId),
      );
      const everyoneAt2 = SERVICES.map(s => withTarget(s.name, 2));

      const first = await mlServices.replaceAll(everyoneAt2);
      expect(refs(first.missedTargets)).toEqual(['bravo:1<2', 'delta:1<2']);
      expect(first.missedTargets[0]).toMatchObject({ targetTitle: 'Level 2' });
      // Nothing changed: nothing to tell.
      expect((await mlServices.replaceAll(everyoneAt2)).missedTargets).toEqual(
        [],
      );

      // alpha now misses; bravo missed already.
      const refreshed = await mlServices.replaceSome(
        [withTarget('alpha', 4), withTarget('bravo', 3)],
        [],
      );
      expect(refs(refreshed.missedTargets)).toEqual(['alpha:3<4']);

      expect(refs(await mlServices.upsert(withTarget('charlie', 3)))).toEqual([
        'charlie:2<3',
      ]);
      expect(await mlServices.upsert(withTarget('charlie', 3))).toEqual([]);
      // Met again, then missed again: told again.
      expect(await mlServices.upsert(withTarget('charlie', 1))).toEqual([]);
      expect(refs(await mlServices.upsert(withTarget('charlie', 4)))).toEqual([
        'charlie:2<4',
      ]);
      // An unassessed service below any target is not said to miss it.
      expect(await mlServices.upsert(withTarget('echo', 4))).toEqual([]);
      // A service new to the table, and so with no row before, is not assessed either.
      expect(
        (
          await mlServices.replaceSome(
            [
              service('foxtrot', 'team-a', {
                targetLevel: 4,
                targetTitle: null,
              }),
            ],
            [],
          )
        ).missedTargets,
      ).toEqual([]);
    });

    it('reads the target stored on a row', async () => {
      const { mlServices } = await seededStores(
        await databases.init(databaseId),
      );
      expect(
        await mlServices.storedTarget('component:default/alpha'),
      ).toBeNull();
      await mlServices.upsert(withTarget('alpha', 3));
      expect(await mlServices.storedTarget('component:default/alpha')).toEqual({
        level: 3,
        title: 'Level 3',
      });
      expect(
        await mlServices.storedTarget('component:default/nothing'),
      ).toBeNull();
    });
  });
});
