/**
 * The test kit of the mlops-maturity backend packages: the databases every
 * store, migration and route test runs on, the guard that keeps a
 * database from being skipped without anyone noticing, and the real parts
 * and plumbing (a database per plugin, polling, running a scheduled task)
 * their test backends are built from.
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
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
  TestEntityProvider,
  testPolicyModule,
  userInfoWithMemberships,
} from './realBackendParts';
export type { TestPolicy } from './realBackendParts';
export {
  perPluginDatabases,
  runScheduledTask,
  waitFor,
} from './testBackendParts';
export type { PerPluginDatabases } from './testBackendParts';
