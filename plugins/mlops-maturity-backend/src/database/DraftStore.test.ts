import { defaultMaturityModel as model } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  assessmentStores,
  ENTITY,
  saveDraft,
} from '../__testUtils__/assessmentFixtures';
import { StaleDraftError } from './assessmentErrors';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(60_000);

describe('DraftStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('keeps one draft per entity and refuses a save based on an older version', async () => {
      const { knex, drafts } = await assessmentStores(databases, databaseId);
      expect(await drafts.getDraft(ENTITY)).toBeUndefined();
      expect((await saveDraft(drafts, null)).version).toBe(1);
      const saved = await drafts.saveDraft({
        ...ENTITY,
        draftVersion: 1,
        modelId: model.id,
        modelVersion: model.version,
        baseRevision: 3,
        answers: { rollback: { notApplicable: true, reason: 'batch' } },
        author: 'user:default/katherine',
      });
      expect(await drafts.getDraft(ENTITY)).toEqual(saved);
      expect(saved).toMatchObject({
        version: 2,
        baseRevision: 3,
        author: 'user:default/katherine',
        answers: { rollback: { notApplicable: true, reason: 'batch' } },
      });

      // A co-owner still editing version 1, or creating a draft anew, gets a
      // conflict naming who saved meanwhile, and the stored draft stays.
      for (const stale of [1, null]) {
        const error = await saveDraft(drafts, stale, 'user:default/alan').catch(
          e => e,
        );
        expect(error).toBeInstanceOf(StaleDraftError);
        expect(error.name).toBe('ConflictError');
        expect(error.message).toContain(
          'version 2 was saved by user:default/katherine',
        );
      }
      expect(await drafts.getDraft(ENTITY)).toEqual(saved);
      const [{ n }] = await knex('mlops_maturity_drafts').count({ n: '*' });
      expect(Number(n)).toBe(1);

      // Discarding a version that is no longer the stored one is refused too.
      await expect(drafts.deleteDraft(ENTITY, 1)).rejects.toBeInstanceOf(
        StaleDraftError,
      );
      expect(await drafts.deleteDraft(ENTITY, 2)).toBe(true);
      expect(await drafts.deleteDraft(ENTITY)).toBe(false);
      expect(await drafts.getDraft(ENTITY)).toBeUndefined();
      await expect(saveDraft(drafts, 2)).rejects.toThrow(
        'was submitted or discarded meanwhile',
      );
    });
  });
});
