import {
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { BackendFeature, ServiceFactory } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { Knex } from 'knex';
import { z } from 'zod/v3';
import { mlopsMaturityPlugin } from '../plugin';
import {
  actorCarryingAuth,
  catalogEntitiesModule,
  TestEntityProvider,
  testPolicyModule,
  TestPolicy,
  userInfoWithMemberships,
} from '../testUtils/realBackendParts';
import { perPluginDatabases } from '../testUtils/testBackendParts';

export {
  actorCarryingAuth,
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
  catalogEntitiesModule,
  TestEntityProvider,
  testPolicyModule,
  userInfoWithMemberships,
} from '../testUtils/realBackendParts';
export type { TestPolicy } from '../testUtils/realBackendParts';

/**
 * A catalog permission rule that a catalog module adds (not one of the
 * catalog's own): the plugin cannot turn it into SQL and has to ask the
 * catalog which services such a user may read.
 */
export const isPartOfRule = createPermissionRule<
  typeof catalogEntityPermissionResourceRef,
  { systemRef: string }
>({
  name: 'IS_PART_OF',
  description: 'Allow entities that are part of the given system',
  resourceRef: catalogEntityPermissionResourceRef,
  // The schema type of permission-node's own zod copy; the same at runtime.
  paramsSchema: z.object({ systemRef: z.string() }) as any,
  apply: (entity: Entity, { systemRef }) =>
    (entity.relations ?? []).some(
      r => r.type === 'partOf' && r.targetRef === systemRef,
    ),
  toQuery: ({ systemRef }) => ({
    key: 'relations.partOf',
    values: [systemRef],
  }),
});

/** A user entity ref of the tests. */
export const testUser = (name: string) => `user:default/${name}`;

/** olivia is in team-a, oscar in team-b. */
export const TEAM_MEMBERSHIPS: Record<string, string[]> = {
  [testUser('olivia')]: ['group:default/team-a'],
  [testUser('oscar')]: ['group:default/team-b'],
};

/** A production ML service owned by a group, with these annotations. */
export const mlServiceEntity = (
  name: string,
  owner: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations },
  spec: { type: 'ml-service', owner, lifecycle: 'production' },
});

export interface RealCatalogBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  /** The plugin's own database. */
  knex: Knex;
  /** Runs the plugin's catalog sync now and waits for it. */
  triggerSync(): Promise<void>;
  /** Runs the plugin's visibility refresh now and waits for it. */
  triggerRefresh(): Promise<void>;
  /** Runs one of the plugin's scheduled tasks now, by id, and waits for it. */
  triggerTask(id: string): Promise<void>;
}

/**
 * A test backend with the real catalog (serving `entities` through an entity
 * provider, plus the {@link isPartOfRule} rule), the real permission backend
 * with `policy`, and this plugin; each plugin on its own database of the
 * given kind. Users' group memberships come from `memberships`.
 */
export async function startRealCatalogBackend(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  entities: Entity[];
  /** Serves `entities` instead of a provider of its own, so a test can replace them. */
  provider?: TestEntityProvider;
  policy: TestPolicy;
  memberships: Record<string, string[]>;
  config?: object;
  /** More plugins, modules and services for the backend. */
  features?: BackendFeature[];
}): Promise<RealCatalogBackend> {
  const { databases, databaseId, entities, policy, memberships } = options;
  const { factory: databaseFactory, knexFor } = perPluginDatabases(
    databases,
    databaseId,
  );

  const userInfoFactory = userInfoWithMemberships(memberships);
  const authFactory = actorCarryingAuth;
  const testEntities = catalogEntitiesModule(options.provider ?? entities, [
    isPartOfRule,
  ]);

  const testPolicy = testPolicyModule(policy);

  // The mock scheduler runs tasks only when triggered (the 1.11 typings do
  // not show its factory).
  const scheduler = mockServices.scheduler() as unknown as {
    factory(options: { skipTaskRunOnStartup: boolean }): ServiceFactory;
    triggerTask(id: string): Promise<void>;
  };
  const backend = await startTestBackend({
    features: [
      scheduler.factory({ skipTaskRunOnStartup: true }),
      catalogPlugin,
      testEntities,
      permissionPlugin,
      testPolicy,
      mlopsMaturityPlugin,
      ...(options.features ?? []),
      databaseFactory,
      userInfoFactory,
      authFactory,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          catalog: { processingInterval: { seconds: 1 } },
          ...options.config,
        },
      }),
    ],
  });
  const knex = await knexFor('mlops-maturity');

  // The catalog processes the provided entities, then the plugin's sync
  // copies the ML services among them.
  const deadline = Date.now() + 60_000;
  const hasTable = () => knex.schema.hasTable('mlops_maturity_entities');
  for (;;) {
    const rows = (await hasTable())
      ? await knex('mlops_maturity_entities').count({ n: '*' })
      : [{ n: 0 }];
    const expected = entities.filter(
      e => e.kind === 'Component' && String(e.spec?.type).startsWith('ml-'),
    ).length;
    if (Number(rows[0].n) >= expected) break;
    await scheduler.triggerTask('mlops-maturity-catalog-sync');
    if (Date.now() > deadline) {
      throw new Error(
        `the catalog sync never listed the ${expected} test ML services (saw ${rows[0].n})`,
      );
    }
    await new Promise(r => setTimeout(r, 200));
  }
  return {
    backend,
    server: backend.server,
    knex,
    triggerSync: () => scheduler.triggerTask('mlops-maturity-catalog-sync'),
    triggerRefresh: () =>
      scheduler.triggerTask('mlops-maturity-visibility-refresh'),
    triggerTask: id => scheduler.triggerTask(id),
  };
}
