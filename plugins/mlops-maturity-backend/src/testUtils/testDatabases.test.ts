import { TestDatabaseId } from '@backstage/backend-test-utils';
import { requireTestDatabases } from './testDatabases';

/** A TestDatabases that supports only `ids`, as it does when the rest are not configured. */
const supporting = (...ids: TestDatabaseId[]) => ({
  supports: (id: TestDatabaseId) => ids.includes(id),
});

describe('requireTestDatabases', () => {
  let stderr: jest.SpyInstance;
  beforeEach(() => {
    stderr = jest.spyOn(process.stderr, 'write').mockReturnValue(true);
  });
  afterEach(() => stderr.mockRestore());

  it('fails in CI when a database is not configured, naming it and its variable', () => {
    expect(() =>
      requireTestDatabases(supporting('SQLITE_3', 'POSTGRES_15'), {
        CI: 'true',
      }),
    ).toThrow(
      'not configured: MYSQL_8 (set BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING)',
    );
    expect(() =>
      requireTestDatabases(supporting('SQLITE_3'), { CI: '1' }),
    ).toThrow(/POSTGRES_15 .*, MYSQL_8 /);
  });

  it('passes in CI when all three are there, and says nothing', () => {
    requireTestDatabases(supporting('SQLITE_3', 'POSTGRES_15', 'MYSQL_8'), {
      CI: 'true',
    });
    expect(stderr).not.toHaveBeenCalled();
  });

  it('outside CI writes one line naming what it skipped', () => {
    for (const env of [{}, { CI: 'false' }]) {
      stderr.mockClear();
      requireTestDatabases(supporting('SQLITE_3'), env);
      expect(stderr).toHaveBeenCalledTimes(1);
      const text = String(stderr.mock.calls[0][0]);
      expect(text.trim().split('\n')).toHaveLength(1);
      expect(text).toContain(
        'DATABASE TESTS SKIPPED on POSTGRES_15 (set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING), MYSQL_8',
      );
      expect(text).toContain('ran on SQLITE_3 only');
    }
  });
});
