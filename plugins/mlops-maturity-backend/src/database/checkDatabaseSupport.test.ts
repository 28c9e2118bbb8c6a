import { mockServices } from '@backstage/backend-test-utils';
import { checkDatabaseSupport } from './checkDatabaseSupport';
import { createTestDatabases } from '../testUtils';

describe('checkDatabaseSupport', () => {
  const databases = createTestDatabases();

  const ids = databases.eachSupportedId();
  const isMysql = (id: string) => id.startsWith('MYSQL');

  it.each(ids.filter(([id]) => isMysql(id)))(
    'says in one warning what MySQL cannot do, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const logger = mockServices.logger.mock();
      await checkDatabaseSupport(knex, logger);
      expect(logger.warn.mock.calls).toEqual([
        [
          expect.stringMatching(
            /^MLOps maturity on MySQL-compatible .*: supported; assessment dates are TIMESTAMP columns and cannot go past 2038-01-19/,
          ),
        ],
      ]);
    },
  );

  it.each(ids.filter(([id]) => !isMysql(id)))(
    'says nothing on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const logger = mockServices.logger.mock();
      await checkDatabaseSupport(knex, logger);
      expect(logger.warn).not.toHaveBeenCalled();
    },
  );
});
