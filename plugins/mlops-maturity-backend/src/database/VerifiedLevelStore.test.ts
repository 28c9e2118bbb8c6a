import { mockServices } from '@backstage/backend-test-utils';
import {
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { SERVICES } from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';
import { createStores } from './createStores';
import { dataVersion } from './scorecardTable';
import { VerifiedRow } from './VerifiedLevelStore';

jest.setTimeout(60_000);

const ref = (name: string) => `component:default/${name}`;
const id = (name: string) => ({
  entityRef: ref(name),
  entityUid: `uid-${name}`,
});
const NOW = new Date('2026-12-07T12:00:00Z');

describe('VerifiedLevelStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function setUp() {
      const knex = await databases.init(databaseId);
      const stores = await createStores({
        database: mockServices.database({ knex }),
      });
      await stores.mlServices.replaceAll(SERVICES);
      const submit = (name: string, baseRevision: number | null) =>
        stores.assessments.submit({
          ...id(name),
          baseRevision,
          model,
          answers: uniformAnswers(2),
          result: computeScore(model, uniformAnswers(2)),
          author: 'user:default/someone',
        });
      for (const name of ['alpha', 'bravo', 'charlie', 'delta']) {
        await submit(name, null);
      }
      const verified = async (name: string) =>
        knex('mlops_maturity_entities')
          .where('entity_ref', ref(name))
          .first(
            'verified_score',
            'verified_level',
            'verified_gaps',
            'verified_revision',
            'verified_until',
            'verified_tier',
          );
      return { knex, stores, submit, verified };
    }

    const figures = (
      name: string,
      revision: number,
      until: Date | null = null,
    ): VerifiedRow => ({
      ...id(name),
      revision,
      score: 1.75,
      level: 1,
      gaps: 2,
      until,
    });

    it('writes figures only on rows still at the revision computed, and gives the data a new version', async () => {
      const { knex, stores, submit, verified } = await setUp();
      const before = await dataVersion(knex);
      const written = await stores.verified.setVerified([
        figures('alpha', 1, new Date('2027-01-01T00:00:00.250Z')),
        // A later revision than the row's, and another uid: neither lands.
        figures('bravo', 2),
        { ...figures('charlie', 1), entityUid: 'uid-other' },
      ]);
      expect(written).toBe(1);
      expect(await dataVersion(knex)).not.toBe(before);
      const alpha = await verified('alpha');
      expect(alpha).toMatchObject({
        verified_level: 1,
        verified_gaps: 2,
        verified_revision: 1,
        verified_tier: 0,
      });
      expect(Number(alpha.verified_score)).toBe(1.75);
      // Rounded up to the second.
      expect(new Date(alpha.verified_until).toISOString()).toBe(
        '2027-01-01T00:00:01.000Z',
      );
      expect(await verified('bravo')).toMatchObject({
        verified_revision: null,
        verified_tier: 1,
      });
      expect((await verified('charlie')).verified_revision).toBeNull();
      // Nothing landed: the version stays.
      const unchanged = await dataVersion(knex);
      expect(await stores.verified.setVerified([figures('bravo', 5)])).toBe(0);
      expect(await dataVersion(knex)).toBe(unchanged);

      // A new revision clears the figures of the one before.
      await submit('alpha', 1);
      expect(await verified('alpha')).toMatchObject({
        verified_level: null,
        verified_revision: null,
        verified_until: null,
        verified_tier: 1,
      });
      // Not assessed: tier 2.
      expect((await verified('echo')).verified_tier).toBe(2);
    });

    it('selects the assessed rows without figures, of another revision or due, a page at a time', async () => {
      const { knex, stores } = await setUp();
      await stores.verified.setVerified([
        figures('alpha', 1, new Date('2026-12-07T11:00:00Z')),
        figures('bravo', 1, new Date('2026-12-08T00:00:00Z')),
        figures('charlie', 1),
        figures('delta', 1),
      ]);
      // delta moved on to revision 2 meanwhile, its figures left behind (as
      // a copy of the headline by the sync would not leave them).
      await knex('mlops_maturity_entities')
        .where('entity_ref', ref('delta'))
        .update({ revision: 2 });
      const names = (rows: Array<{ entityRef: string }>) =>
        rows.map(r => r.entityRef.split('/')[1]);
      // alpha is due; bravo not yet; charlie holds; echo is not assessed.
      expect(names(await stores.verified.rowsToVerify(NOW, 10))).toEqual([
        'alpha',
        'delta',
      ]);
      expect(names(await stores.verified.rowsToVerify(NOW, 1))).toEqual([
        'alpha',
      ]);
      expect(
        names(await stores.verified.rowsToVerify(NOW, 10, ref('alpha'))),
      ).toEqual(['delta']);
      expect(
        names(await stores.verified.rowsToVerify(new Date('2026-12-09Z'), 10)),
      ).toEqual(['alpha', 'bravo', 'delta']);
    });

    it('clears the figures with the headline, and when the sync copies a newer revision', async () => {
      const { knex, stores, verified } = await setUp();
      await stores.verified.setVerified([
        figures('alpha', 1),
        figures('bravo', 1),
      ]);
      await stores.retention.purge(ref('alpha'), undefined);
      expect(await verified('alpha')).toMatchObject({
        verified_level: null,
        verified_revision: null,
        verified_tier: 2,
      });
      // The row lags behind the current revision: the sync copies it and
      // clears the figures of the revision before.
      await knex('mlops_maturity_entities')
        .where('entity_ref', ref('bravo'))
        .update({ revision: 0 });
      await stores.mlServices.replaceAll(SERVICES);
      expect(await verified('bravo')).toMatchObject({
        verified_level: null,
        verified_revision: null,
      });
    });
  });
});
