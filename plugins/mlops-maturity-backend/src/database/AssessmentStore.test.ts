import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import {
  AssessmentStore,
  StaleDraftError,
  StaleRevisionError,
} from './AssessmentStore';
import { createStores } from './createStores';
import { createTestDatabases } from '../testUtils';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(60_000);

const ENTITY = {
  entityRef: 'component:default/fraud-scoring-service',
  entityUid: 'uid-1',
};
/** The same ref, registered again after the first entity was deleted. */
const RECREATED = { ...ENTITY, entityUid: 'uid-2' };

const uniform = uniformAnswers;

async function countRows(knex: Knex, table: string) {
  const [{ n }] = await knex(table).count({ n: '*' });
  return Number(n);
}

describe('AssessmentStore', () => {
  const databases = createTestDatabases();

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const { assessments: store, mlServices } = await createStores({
      database: mockServices.database({ knex }),
    });
    return { knex, store, mlServices };
  }

  const submit = (
    store: AssessmentStore,
    baseRevision: number | null,
    level: MaturityLevelNumber,
    author = 'user:default/alan',
    id = ENTITY,
  ) =>
    store.submit({
      ...id,
      baseRevision,
      model,
      answers: uniform(level),
      result: computeScore(model, uniform(level)),
      author,
    });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stores revisions and moves the current pointer', async () => {
      const { knex, store } = await createStore(databaseId);
      expect(await store.getCurrent(ENTITY)).toBeUndefined();

      const first = await submit(store, null, 1);
      expect(first).toMatchObject({ revision: 1, author: 'user:default/alan' });
      const second = await submit(store, 1, 3, 'user:default/katherine');
      expect(second.revision).toBe(2);

      const current = await store.getCurrent(ENTITY);
      expect(current).toMatchObject({
        entityRef: ENTITY.entityRef,
        revision: 2,
        modelId: model.id,
        modelVersion: model.version,
        author: 'user:default/katherine',
        answers: uniform(3),
      });
      expect(current!.result.level).toBe(3);
      expect(new Date(current!.createdAt).toISOString()).toBe(second.createdAt);

      expect(await store.getRevision(ENTITY, 1)).toMatchObject({
        revision: 1,
        answers: uniform(1),
      });
      expect(await store.getRevision(ENTITY, 3)).toBeUndefined();
      expect(
        (await store.listHistory(ENTITY, 10)).map(h => [
          h.revision,
          h.level,
          h.author,
        ]),
      ).toEqual([
        [2, 3, 'user:default/katherine'],
        [1, 1, 'user:default/alan'],
      ]);
      expect((await store.listHistory(ENTITY, 1)).map(h => h.revision)).toEqual(
        [2],
      );

      const [pointer] = await knex('mlops_maturity_current').where({
        entity_ref: ENTITY.entityRef,
      });
      expect(pointer).toMatchObject({
        revision: 2,
        level: 3,
        updated_by: 'user:default/katherine',
      });
      expect(Number(pointer.score)).toBe(3);
    });

    it('rejects a stale write with 409 and writes nothing', async () => {
      const { knex, store } = await createStore(databaseId);
      await submit(store, null, 1);
      await submit(store, 1, 2, 'user:default/katherine');

      for (const staleBase of [null, 1, 5]) {
        const error = await submit(store, staleBase, 4).catch(e => e);
        expect(error).toBeInstanceOf(StaleRevisionError);
        expect(error).toBeInstanceOf(ConflictError);
        expect(error.name).toBe('ConflictError');
        expect(error.current).toMatchObject({
          revision: 2,
          author: 'user:default/katherine',
        });
      }
      expect(await countRows(knex, 'mlops_maturity_revisions')).toBe(2);
      expect((await store.getCurrent(ENTITY))!.revision).toBe(2);
    });

    it('lets exactly one of many concurrent writers on the same base win', async () => {
      const { knex, store } = await createStore(databaseId);
      await submit(store, null, 1);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          submit(
            store,
            1,
            ((i % 4) + 1) as MaturityLevelNumber,
            `user:default/u${i}`,
          ),
        ),
      );
      const won = outcomes.filter(o => o.status === 'fulfilled');
      const lost = outcomes.filter(
        o => o.status === 'rejected',
      ) as PromiseRejectedResult[];
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(7);
      lost.forEach(o => expect(o.reason).toBeInstanceOf(StaleRevisionError));
      expect(await countRows(knex, 'mlops_maturity_revisions')).toBe(2);
      const current = await store.getCurrent(ENTITY);
      expect(current!.revision).toBe(2);
      expect(current!.author).toBe(
        (won[0] as PromiseFulfilledResult<any>).value.author,
      );
    });

    it('refuses to submit a provisional result', async () => {
      const { knex, store } = await createStore(databaseId);
      const answers = { testing: { level: 2 as const } };
      await expect(
        store.submit({
          ...ENTITY,
          baseRevision: null,
          model,
          answers,
          result: computeScore(model, answers),
          author: 'user:default/a',
        }),
      ).rejects.toThrow('Only complete, official results can be submitted');
      expect(await countRows(knex, 'mlops_maturity_current')).toBe(0);
    });

    const draft = (
      store: AssessmentStore,
      draftVersion: number | null,
      author = 'user:default/alan',
      id = ENTITY,
    ) =>
      store.saveDraft({
        ...id,
        draftVersion,
        modelId: model.id,
        modelVersion: model.version,
        baseRevision: null,
        answers: { testing: { level: 1 } },
        author,
      });

    it('keeps one draft per entity and refuses a save based on an older version', async () => {
      const { knex, store } = await createStore(databaseId);
      expect(await store.getDraft(ENTITY)).toBeUndefined();
      expect((await draft(store, null)).version).toBe(1);
      const saved = await store.saveDraft({
        ...ENTITY,
        draftVersion: 1,
        modelId: model.id,
        modelVersion: model.version,
        baseRevision: 3,
        answers: { rollback: { notApplicable: true, reason: 'batch' } },
        author: 'user:default/katherine',
      });
      expect(await store.getDraft(ENTITY)).toEqual(saved);
      expect(saved).toMatchObject({
        version: 2,
        baseRevision: 3,
        author: 'user:default/katherine',
        answers: { rollback: { notApplicable: true, reason: 'batch' } },
      });

      // A co-owner still editing version 1, or creating a draft anew, gets a
      // conflict naming who saved meanwhile, and the stored draft stays.
      for (const stale of [1, null]) {
        const error = await draft(store, stale, 'user:default/alan').catch(
          e => e,
        );
        expect(error).toBeInstanceOf(StaleDraftError);
        expect(error.name).toBe('ConflictError');
        expect(error.message).toContain(
          'version 2 was saved by user:default/katherine',
        );
      }
      expect(await store.getDraft(ENTITY)).toEqual(saved);
      const [{ n }] = await knex('mlops_maturity_drafts').count({ n: '*' });
      expect(Number(n)).toBe(1);

      // Discarding a version that is no longer the stored one is refused too.
      await expect(store.deleteDraft(ENTITY, 1)).rejects.toBeInstanceOf(
        StaleDraftError,
      );
      expect(await store.deleteDraft(ENTITY, 2)).toBe(true);
      expect(await store.deleteDraft(ENTITY)).toBe(false);
      expect(await store.getDraft(ENTITY)).toBeUndefined();
      await expect(draft(store, 2)).rejects.toThrow(
        'was submitted or discarded meanwhile',
      );
    });

    it('removes the draft a submission was made from, and only that version', async () => {
      const { store } = await createStore(databaseId);
      await draft(store, null);
      await store.submit({
        ...ENTITY,
        baseRevision: null,
        model,
        answers: uniform(2),
        result: computeScore(model, uniform(2)),
        author: 'user:default/alan',
        draftVersion: 1,
      });
      expect(await store.getDraft(ENTITY)).toBeUndefined();

      // A co-owner saved a newer draft after this submission started from version 1.
      await draft(store, null);
      await draft(store, 1, 'user:default/katherine');
      await store.submit({
        ...ENTITY,
        baseRevision: 1,
        model,
        answers: uniform(3),
        result: computeScore(model, uniform(3)),
        author: 'user:default/alan',
        draftVersion: 1,
      });
      expect(await store.getDraft(ENTITY)).toMatchObject({
        version: 2,
        author: 'user:default/katherine',
      });
      expect((await store.getCurrent(ENTITY))!.revision).toBe(2);

      // A stale submission keeps the draft: nothing of it is written.
      await expect(
        store.submit({
          ...ENTITY,
          baseRevision: 1,
          model,
          answers: uniform(4),
          result: computeScore(model, uniform(4)),
          author: 'user:default/alan',
          draftVersion: 2,
        }),
      ).rejects.toBeInstanceOf(StaleRevisionError);
      expect((await store.getDraft(ENTITY))!.version).toBe(2);
    });

    it("keeps a re-created entity's data apart from the earlier entity's", async () => {
      const { store } = await createStore(databaseId);
      await submit(store, null, 1);
      await submit(store, 1, 2);
      await draft(store, null);

      expect(await store.getCurrent(RECREATED)).toBeUndefined();
      expect(await store.listHistory(RECREATED, 10)).toEqual([]);
      expect(await store.getRevision(RECREATED, 1)).toBeUndefined();
      expect(await store.getDraft(RECREATED)).toBeUndefined();

      // The new entity starts at revision 1; the old history is untouched.
      const first = await submit(store, null, 4, 'user:default/bea', RECREATED);
      expect(first.revision).toBe(1);
      expect((await store.getCurrent(RECREATED))!.author).toBe(
        'user:default/bea',
      );
      expect((await store.getCurrent(ENTITY))!.revision).toBe(2);
      expect((await store.getDraft(ENTITY))!.author).toBe('user:default/alan');
    });

    it('gives data stored before uids to the entity that holds the ref', async () => {
      const { knex, store } = await createStore(databaseId);
      const legacy = { ...ENTITY, entityUid: '' };
      await submit(store, null, 2, 'user:default/alan', legacy);
      await draft(store, null, 'user:default/alan', legacy);
      const other = {
        entityRef: 'component:default/other',
        entityUid: 'uid-other',
      };

      expect(await store.adoptUnidentified([ENTITY, other])).toBe(1);
      expect((await store.getCurrent(ENTITY))!.revision).toBe(1);
      expect(await store.getDraft(ENTITY)).toBeDefined();
      const [{ n }] = await knex('mlops_maturity_revisions')
        .where('entity_uid', '')
        .count({ n: '*' });
      expect(Number(n)).toBe(0);
      expect(await store.adoptUnidentified([ENTITY])).toBe(0);

      // An entity that already has data of its own does not take old data.
      await submit(store, null, 3, 'user:default/alan', {
        ...RECREATED,
        entityUid: '',
      });
      expect(await store.adoptUnidentified([ENTITY])).toBe(0);
      expect((await store.getCurrent(ENTITY))!.answers).toEqual(uniform(2));
    });

    it('counts recent submissions of one entity', async () => {
      const { store } = await createStore(databaseId);
      const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
      expect(await store.recentSubmissions(ENTITY, hourAgo)).toEqual({
        count: 0,
        oldest: undefined,
      });
      await store.submit({
        ...ENTITY,
        baseRevision: null,
        model,
        answers: uniform(1),
        result: computeScore(model, uniform(1)),
        author: 'user:default/alan',
        createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
      });
      const second = await submit(store, 1, 2);
      await submit(store, 2, 3);
      await submit(store, null, 3, 'user:default/bea', RECREATED);
      const recent = await store.recentSubmissions(ENTITY, hourAgo);
      expect(recent.count).toBe(2);
      expect(recent.oldest!.toISOString()).toBe(second.createdAt);
    });

    it('records entities that left the catalog and purges their data', async () => {
      const { knex, store, mlServices } = await createStore(databaseId);
      await submit(store, null, 1);
      await submit(store, null, 2, 'user:default/bea', RECREATED);
      await draft(store, null, 'user:default/bea', RECREATED);
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
      const t0 = new Date('2026-01-01T00:00:00Z');
      // Only the re-created entity is in the catalog now.
      expect(await store.recordDeparted([RECREATED], t0)).toBe(1);
      expect(await store.recordDeparted([RECREATED], new Date())).toBe(0);
      expect(await store.listDeparted(new Date('2026-01-02'))).toEqual([
        ENTITY,
      ]);
      expect(await store.listDeparted(t0)).toEqual([]);

      expect(await store.purge(ENTITY.entityRef, ENTITY.entityUid)).toEqual({
        revisions: 1,
        drafts: 0,
      });
      expect(await store.getCurrent(ENTITY)).toBeUndefined();
      expect(await store.listDeparted(new Date())).toEqual([]);
      // The live entity keeps everything.
      expect((await store.getCurrent(RECREATED))!.revision).toBe(1);

      // Without a uid, every entity that held the ref is purged, and the
      // scorecard shows the live one as not assessed.
      expect(await store.purge(ENTITY.entityRef)).toEqual({
        revisions: 1,
        drafts: 1,
      });
      const [row] = await knex('mlops_maturity_entities').select();
      expect(row).toMatchObject({ assessed: 0, revision: null, score: null });
      expect(await store.getDraft(RECREATED)).toBeUndefined();
    });
  });
});
