import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases the store tests run on: embedded SQLite, the PostgreSQL
 * server named by BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING and
 * the MySQL-compatible server named by
 * BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING (scripts/test.sh points
 * them at the local PostgreSQL and MariaDB).
 */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'] });
}

/** In CI every database must really run; a silently skipped one is a failure. */
export function expectedDatabaseIds(): TestDatabaseId[] {
  return process.env.CI ? ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'] : ['SQLITE_3'];
}
