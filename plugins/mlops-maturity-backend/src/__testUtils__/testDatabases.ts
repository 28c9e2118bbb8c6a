import { TestDatabaseId } from '@backstage/backend-test-utils';
import { TEST_DATABASE_IDS } from '../testUtils';

// The database list moved to the package's public test kit (src/testUtils),
// which the modules' tests share; this path stays for tests written against it.
export { createTestDatabases } from '../testUtils';

/** The databases CI runs on; `createTestDatabases()` now checks them itself. */
export function expectedDatabaseIds(): TestDatabaseId[] {
  return process.env.CI ? [...TEST_DATABASE_IDS] : ['SQLITE_3'];
}
