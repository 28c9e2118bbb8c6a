import { ConflictError } from '@backstage/errors';
import {
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { Knex } from 'knex';
import {
  assessmentStores,
  ENTITY,
  RECREATED,
  saveDraft,
  submitUniform,
} from '../__testUtils__/assessmentFixtures';
import { StaleRevisionError } from './assessmentErrors';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(60_000);

async function countRows(knex: Knex, table: string) {
  const [{ n }] = await knex(table).count({ n: '*' });
  return Number(n);
}

describe('AssessmentStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stores revisions and moves the current pointer', async () => {
      const { knex, assessments: store } = await assessmentStores(
        databases,
        databaseId,
      );
      expect(await store.getCurrent(ENTITY)).toBeUndefined();

      const first = await submitUniform(store, null, 1);
      expect(first).toMatchObject({ revision: 1, author: 'user:default/alan' });
      const second = await submitUniform(store, 1, 3, 'user:default/katherine');
      expect(second.revision).toBe(2);

      const current = await store.getCurrent(ENTITY);
      expect(current).toMatchObject({
        entityRef: ENTITY.entityRef,
        revision: 2,
        modelId: model.id,
        modelVersion: model.version,
        author: 'user:default/katherine',
        answers: uniformAnswers(3),
      });
      expect(current!.result.level).toBe(3);
      expect(new Date(current!.createdAt).toISOString()).toBe(second.createdAt);

      expect(await store.getRevision(ENTITY, 1)).toMatchObject({
        revision: 1,
        answers: uniformAnswers(1),
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
      const { knex, assessments: store } = await assessmentStores(
        databases,
        databaseId,
      );
      await submitUniform(store, null, 1);
      await submitUniform(store, 1, 2, 'user:default/katherine');

      for (const staleBase of [null, 1, 5]) {
        const error = await submitUniform(store, staleBase, 4).catch(e => e);
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
      const { knex, assessments: store } = await assessmentStores(
        databases,
        databaseId,
      );
      await submitUniform(store, null, 1);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          submitUniform(
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
      const { knex, assessments: store } = await assessmentStores(
        databases,
        databaseId,
      );
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

    it('removes the draft a submission was made from, and only that version', async () => {
      const { assessments: store, drafts } = await assessmentStores(
        databases,
        databaseId,
      );
      await saveDraft(drafts, null);
      await store.submit({
        ...ENTITY,
        baseRevision: null,
        model,
        answers: uniformAnswers(2),
        result: computeScore(model, uniformAnswers(2)),
        author: 'user:default/alan',
        draftVersion: 1,
      });
      expect(await drafts.getDraft(ENTITY)).toBeUndefined();

      // A co-owner saved a newer draft after this submission started from version 1.
      await saveDraft(drafts, null);
      await saveDraft(drafts, 1, 'user:default/katherine');
      await store.submit({
        ...ENTITY,
        baseRevision: 1,
        model,
        answers: uniformAnswers(3),
        result: computeScore(model, uniformAnswers(3)),
        author: 'user:default/alan',
        draftVersion: 1,
      });
      expect(await drafts.getDraft(ENTITY)).toMatchObject({
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
          answers: uniformAnswers(4),
          result: computeScore(model, uniformAnswers(4)),
          author: 'user:default/alan',
          draftVersion: 2,
        }),
      ).rejects.toBeInstanceOf(StaleRevisionError);
      expect((await drafts.getDraft(ENTITY))!.version).toBe(2);
    });

    it("keeps a re-created entity's data apart from the earlier entity's", async () => {
      const { assessments: store, drafts } = await assessmentStores(
        databases,
        databaseId,
      );
      await submitUniform(store, null, 1);
      await submitUniform(store, 1, 2);
      await saveDraft(drafts, null);

      expect(await store.getCurrent(RECREATED)).toBeUndefined();
      expect(await store.listHistory(RECREATED, 10)).toEqual([]);
      expect(await store.getRevision(RECREATED, 1)).toBeUndefined();
      expect(await drafts.getDraft(RECREATED)).toBeUndefined();

      // The new entity starts at revision 1; the old history is untouched.
      const first = await submitUniform(
        store,
        null,
        4,
        'user:default/bea',
        RECREATED,
      );
      expect(first.revision).toBe(1);
      expect((await store.getCurrent(RECREATED))!.author).toBe(
        'user:default/bea',
      );
      expect((await store.getCurrent(ENTITY))!.revision).toBe(2);
      expect((await drafts.getDraft(ENTITY))!.author).toBe('user:default/alan');
    });

    it('counts recent submissions of one entity', async () => {
      const { assessments: store } = await assessmentStores(
        databases,
        databaseId,
      );
      const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
      expect(await store.recentSubmissions(ENTITY, hourAgo)).toEqual({
        count: 0,
        oldest: undefined,
      });
      await store.submit({
        ...ENTITY,
        baseRevision: null,
        model,
        answers: uniformAnswers(1),
        result: computeScore(model, uniformAnswers(1)),
        author: 'user:default/alan',
        createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
      });
      const second = await submitUniform(store, 1, 2);
      await submitUniform(store, 2, 3);
      await submitUniform(store, null, 3, 'user:default/bea', RECREATED);
      const recent = await store.recentSubmissions(ENTITY, hourAgo);
      expect(recent.count).toBe(2);
      expect(recent.oldest!.toISOString()).toBe(second.createdAt);
    });
  });
});
