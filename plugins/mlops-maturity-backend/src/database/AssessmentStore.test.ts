import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  AssessmentAnswers,
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { AssessmentStore, StaleRevisionError } from './AssessmentStore';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const ENTITY = 'component:default/fraud-scoring-service';

const uniform = (level: MaturityLevelNumber): AssessmentAnswers =>
  Object.fromEntries(model.questions.map(q => [q.id, { level }]));

async function countRows(knex: Knex, table: string) {
  const [{ n }] = await knex(table).count({ n: '*' });
  return Number(n);
}

describe('AssessmentStore', () => {
  const databases = createTestDatabases();

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const store = await AssessmentStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store };
  }

  const submit = (
    store: AssessmentStore,
    baseRevision: number | null,
    level: MaturityLevelNumber,
    author = 'user:default/alan',
  ) =>
    store.submit({
      entityRef: ENTITY,
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
        entityRef: ENTITY,
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
        entity_ref: ENTITY,
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
          entityRef: ENTITY,
          baseRevision: null,
          model,
          answers,
          result: computeScore(model, answers),
          author: 'user:default/a',
        }),
      ).rejects.toThrow('Only complete, official results can be submitted');
      expect(await countRows(knex, 'mlops_maturity_current')).toBe(0);
    });

    it('keeps one draft per entity', async () => {
      const { store } = await createStore(databaseId);
      expect(await store.getDraft(ENTITY)).toBeUndefined();
      await store.saveDraft({
        entityRef: ENTITY,
        modelId: model.id,
        modelVersion: model.version,
        baseRevision: null,
        answers: { testing: { level: 1 } },
        author: 'user:default/alan',
      });
      const saved = await store.saveDraft({
        entityRef: ENTITY,
        modelId: model.id,
        modelVersion: model.version,
        baseRevision: 3,
        answers: { rollback: { notApplicable: true, reason: 'batch' } },
        author: 'user:default/katherine',
      });
      expect(await store.getDraft(ENTITY)).toEqual(saved);
      expect(saved).toMatchObject({
        baseRevision: 3,
        author: 'user:default/katherine',
        answers: { rollback: { notApplicable: true, reason: 'batch' } },
      });
      expect(await store.deleteDraft(ENTITY)).toBe(true);
      expect(await store.deleteDraft(ENTITY)).toBe(false);
      expect(await store.getDraft(ENTITY)).toBeUndefined();
    });

    it('pins model versions and refuses changed content under the same version', async () => {
      const { store } = await createStore(databaseId);
      await store.registerModel(model);
      await store.registerModel(model); // idempotent
      expect(await store.getModel(model.id, model.version)).toEqual(model);
      expect(await store.getModel(model.id, '0.0.1')).toBeUndefined();

      const changed = { ...model, name: 'Renamed without a new version' };
      await expect(store.registerModel(changed)).rejects.toThrow(
        `mlopsMaturity.model: ${model.id}@${model.version} is already stored with different content`,
      );
      await store.registerModel({ ...changed, version: '1.1.0' });
      expect((await store.getModel(model.id, '1.1.0'))!.name).toBe(
        'Renamed without a new version',
      );
    });
  });
});
