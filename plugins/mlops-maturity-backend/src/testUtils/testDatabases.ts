import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases every database suite of the mlops-maturity packages runs
 * on: embedded SQLite, the PostgreSQL server named by
 * `BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING` and the MySQL or
 * MariaDB server named by `BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING`
 * (`scripts/test.sh` points them at the local PostgreSQL and MariaDB).
 *
 * @public
 */
export const TEST_DATABASE_IDS: readonly TestDatabaseId[] = [
  'SQLITE_3',
  'POSTGRES_15',
  'MYSQL_8',
];

const CONNECTION_VARIABLES: Partial<Record<TestDatabaseId, string>> = {
  POSTGRES_15: 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
  MYSQL_8: 'BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING',
};

/** Whether the tests run in CI, where every database must really be used. */
function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return Boolean(ci) && ci !== 'false' && ci !== '0';
}

/**
 * Guards a suite against running on fewer databases than
 * {@link TEST_DATABASE_IDS}: `TestDatabases` leaves out, without a word,
 * every server whose connection string is not set. In CI (the `CI`
 * environment variable set) that is an error, which fails the suite;
 * elsewhere one line on stderr names what was skipped and how to add it.
 *
 * @public
 */
export function requireTestDatabases(
  databases: Pick<TestDatabases, 'supports'>,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const missing = TEST_DATABASE_IDS.filter(id => !databases.supports(id));
  if (missing.length === 0) return;
  const how = missing
    .map(id =>
      CONNECTION_VARIABLES[id] ? `${id} (set ${CONNECTION_VARIABLES[id]})` : id,
    )
    .join(', ');
  if (inCi(env)) {
    throw new Error(
      `The database tests must run on ${TEST_DATABASE_IDS.join(
        ', ',
      )} in CI, but these are not configured: ${how}`,
    );
  }
  process.stderr.write(
    `\n!!! DATABASE TESTS SKIPPED on ${how}: this suite ran on ${
      TEST_DATABASE_IDS.filter(id => databases.supports(id)).join(', ') ||
      'no database'
    } only (scripts/test.sh sets them up)\n`,
  );
}

/**
 * The databases of {@link TEST_DATABASE_IDS} for a test file or `describe`
 * block, as `TestDatabases.create` makes them, checked with
 * {@link requireTestDatabases}. Run a suite on each with
 * `describe.each(databases.eachSupportedId())`.
 *
 * @public
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: [...TEST_DATABASE_IDS] });
  requireTestDatabases(databases);
  return databases;
}
