import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases the store tests run on: embedded SQLite, and the PostgreSQL
 * server named by BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
 * (scripts/test.sh points it at the local server).
 */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
}

/** In CI both databases must really run; a silently skipped PostgreSQL is a failure. */
export function expectedDatabaseIds(): TestDatabaseId[] {
  return process.env.CI ? ['SQLITE_3', 'POSTGRES_15'] : ['SQLITE_3'];
}
