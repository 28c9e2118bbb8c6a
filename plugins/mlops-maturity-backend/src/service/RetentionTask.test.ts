import { mockServices } from '@backstage/backend-test-utils';
import {
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createStores } from '../database/createStores';
import { createTestDatabases } from '../testUtils';
import { RetentionTask } from './RetentionTask';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

const DAY = 24 * 60 * 60 * 1000;
const answers = uniformAnswers(1);

describe('RetentionTask', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'purges only what has been gone longer than the retention, audited, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { assessments, retention } = await createStores({
        database: mockServices.database({ knex }),
      });
      const ids = ['old', 'recent', 'live'].map(name => ({
        entityRef: `component:default/${name}`,
        entityUid: `uid-${name}`,
      }));
      for (const id of ids) {
        await assessments.submit({
          ...id,
          baseRevision: null,
          model,
          answers,
          result: computeScore(model, answers),
          author: 'user:default/ann',
        });
      }
      const now = new Date();
      const [old, recent, live] = ids;
      await retention.recordDeparted(
        [recent, live],
        new Date(now.getTime() - 40 * DAY),
      );
      await retention.recordDeparted(
        [live],
        new Date(now.getTime() - 10 * DAY),
      );

      const auditor = mockServices.auditor.mock();
      const events: unknown[] = [];
      auditor.createEvent.mockImplementation(async options => {
        events.push(options.meta);
        return { success: async () => {}, fail: async () => {} };
      });
      const task = new RetentionTask({
        retention,
        auditor,
        logger: mockServices.logger.mock(),
        purgeAfterDays: 30,
      });
      expect(await task.run(now)).toBe(1);
      expect(await assessments.getCurrent(old)).toBeUndefined();
      expect(await assessments.getCurrent(recent)).toBeDefined();
      expect(await assessments.getCurrent(live)).toBeDefined();
      expect(events).toEqual([
        expect.objectContaining({
          entityRef: old.entityRef,
          entityUid: old.entityUid,
          reason: 'retention',
        }),
      ]);
      // Twenty days on, the second one is due too; nothing is purged twice.
      expect(await task.run(new Date(now.getTime() + 21 * DAY))).toBe(1);
      expect(await assessments.getCurrent(recent)).toBeUndefined();
      expect(await task.run(new Date(now.getTime() + 21 * DAY))).toBe(0);
    },
  );
});
