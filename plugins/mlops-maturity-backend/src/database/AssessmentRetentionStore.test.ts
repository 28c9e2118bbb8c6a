import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import {
  assessmentStores,
  ENTITY,
  RECREATED,
  saveDraft,
  submitUniform,
} from '../__testUtils__/assessmentFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(60_000);

describe('AssessmentRetentionStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('gives data stored before uids to the entity that holds the ref', async () => {
      const {
        knex,
        assessments: store,
        drafts,
        retention,
      } = await assessmentStores(databases, databaseId);
      const legacy = { ...ENTITY, entityUid: '' };
      await submitUniform(store, null, 2, 'user:default/alan', legacy);
      await saveDraft(drafts, null, 'user:default/alan', legacy);
      const other = {
        entityRef: 'component:default/other',
        entityUid: 'uid-other',
      };

      expect(await retention.adoptUnidentified([ENTITY, other])).toBe(1);
      expect((await store.getCurrent(ENTITY))!.revision).toBe(1);
      expect(await drafts.getDraft(ENTITY)).toBeDefined();
      const [{ n }] = await knex('mlops_maturity_revisions')
        .where('entity_uid', '')
        .count({ n: '*' });
      expect(Number(n)).toBe(0);
      expect(await retention.adoptUnidentified([ENTITY])).toBe(0);

      // An entity that already has data of its own does not take old data.
      await submitUniform(store, null, 3, 'user:default/alan', {
        ...RECREATED,
        entityUid: '',
      });
      expect(await retention.adoptUnidentified([ENTITY])).toBe(0);
      expect((await store.getCurrent(ENTITY))!.answers).toEqual(
        uniformAnswers(2),
      );
    });

    it('records entities that left the catalog and purges their data', async () => {
      const {
        knex,
        assessments: store,
        mlServices,
        drafts,
        retention,
        snapshots,
      } = await assessmentStores(databases, databaseId);
      await submitUniform(store, null, 1);
      await submitUniform(store, null, 2, 'user:default/bea', RECREATED);
      await saveDraft(drafts, null, 'user:default/bea', RECREATED);
      await mlServices.replaceAll([
        {
          ...ENTITY,
          ...RECREATED,
          search: [],
          kind: 'Component',
          namespace: 'default',
          name: 'fraud-scoring-service',
          title: null,
          type: 'ml-service',
          owner: null,
          system: null,
          domain: null,
          lifecycle: null,
          targetLevel: null,
          targetTitle: null,
        },
      ]);
      await snapshots.writeDay(20_000, new Date(0));
      await snapshots.writeDay(20_001, new Date(0));
      const t0 = new Date('2026-01-01T00:00:00Z');
      // Only the re-created entity is in the catalog now.
      expect(await retention.recordDeparted([RECREATED], t0)).toBe(1);
      expect(await retention.recordDeparted([RECREATED], new Date())).toBe(0);
      expect(await retention.listDeparted(new Date('2026-01-02'))).toEqual([
        ENTITY,
      ]);
      expect(await retention.listDeparted(t0)).toEqual([]);

      expect(await retention.purge(ENTITY.entityRef, ENTITY.entityUid)).toEqual(
        {
          revisions: 1,
          drafts: 0,
        },
      );
      expect(await store.getCurrent(ENTITY)).toBeUndefined();
      expect(await retention.listDeparted(new Date())).toEqual([]);
      // The live entity keeps everything.
      expect((await store.getCurrent(RECREATED))!.revision).toBe(1);
      expect(await snapshots.count()).toBe(2);

      // Without a uid, every entity that held the ref is purged, and the
      // scorecard shows the live one as not assessed.
      expect(await retention.purge(ENTITY.entityRef)).toEqual({
        revisions: 1,
        drafts: 1,
      });
      const [row] = await knex('mlops_maturity_entities').select();
      expect(row).toMatchObject({ assessed: 0, revision: null, score: null });
      expect(await drafts.getDraft(RECREATED)).toBeUndefined();
      // Its daily snapshots go too: no trend shows what was purged.
      expect(await snapshots.count()).toBe(0);
    });

    it('purges the reviews of a purged entity and their decisions', async () => {
      const { knex, retention, reviews } = await assessmentStores(
        databases,
        databaseId,
      );
      for (const id of [ENTITY, RECREATED]) {
        await reviews.syncForRevision(knex, {
          ...id,
          revision: 1,
          author: 'user:default/alan',
          at: new Date(),
          answers: uniformAnswers(3),
          policy: { requiredFromLevel: 3, exemptionsRequireApproval: false },
        });
        const [first] = await reviews.reviewsOf(id);
        await reviews.decide({
          ...id,
          questionId: first.questionId,
          expectedRequestedRevision: 1,
          decision: 'rejected',
          comment: 'No runbook',
          decidedBy: 'user:default/rita',
          at: new Date(),
        });
      }
      const stored = async () =>
        Promise.all(
          [ENTITY, RECREATED].map(async id => [
            (await reviews.reviewsOf(id)).length > 0,
            (await reviews.history(id)).length,
          ]),
        );
      expect(await stored()).toEqual([
        [true, 1],
        [true, 1],
      ]);
      await retention.purge(ENTITY.entityRef, ENTITY.entityUid);
      expect(await stored()).toEqual([
        [false, 0],
        [true, 1],
      ]);
      await retention.purge(ENTITY.entityRef);
      expect(await stored()).toEqual([
        [false, 0],
        [false, 0],
      ]);
    });
  });
});
