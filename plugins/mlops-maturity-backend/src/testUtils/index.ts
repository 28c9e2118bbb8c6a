/**
 * The test kit of the mlops-maturity backend packages: the databases every
 * store, migration and route test runs on, and the guard that keeps a
 * database from being skipped without anyone noticing.
 *
 * @packageDocumentation
 */

export {
  createTestDatabases,
  requireTestDatabases,
  TEST_DATABASE_IDS,
} from './testDatabases';
export {
  actorCarryingAuth,
  catalogEntitiesModule,
  TestEntityProvider,
  testPolicyModule,
  userInfoWithMemberships,
} from './realBackendParts';
export type { TestPolicy } from './realBackendParts';
