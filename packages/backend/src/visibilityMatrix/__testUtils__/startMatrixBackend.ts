import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import badgesPlugin from '@backstage-community/plugin-badges-backend';
import techInsightsPlugin from '@backstage-community/plugin-tech-insights-backend';
import jsonRulesEngineFactCheckerModule from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import mlopsMaturityPlugin from '@mlops-maturity/backstage-plugin-mlops-maturity-backend';
import {
  actorCarryingAuth,
  catalogEntitiesModule,
  perPluginDatabases,
  runScheduledTask,
  TestEntityProvider,
  testPolicyModule,
  userInfoWithMemberships,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import badgesModule from '@mlops-maturity/backstage-plugin-mlops-maturity-backend-module-badges';
import catalogEvidenceModule from '@mlops-maturity/backstage-plugin-mlops-maturity-backend-module-catalog-evidence';
import techInsightsModule, {
  MLOPS_MATURITY_FACT_RETRIEVER_ID,
  mlopsMaturityChecks,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-backend-module-tech-insights';
import { mlopsMaturityAssessmentReadPermission } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { DemoPermissionPolicy } from '../../permissionPolicy';
import {
  ADMINS,
  CAMPAIGN_MANAGERS,
  catalogOf,
  DENIED_PLUGIN_READ,
  MEMBERSHIPS,
  REVIEWERS,
} from './matrixWorld';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

/** Once a year: the test runs every task itself, through the scheduler's API. */
const BY_HAND = { frequency: { days: 365 }, initialDelay: { seconds: 1 } };

const CONFIG = {
  app: { baseUrl: 'http://localhost:3000', badges: { obfuscate: true } },
  backend: { actions: { pluginSources: ['mlops-maturity'] } },
  permission: { enabled: true },
  catalog: { processingInterval: { seconds: 1 } },
  mlopsMaturity: {
    catalogSync: BY_HAND,
    reminders: { schedule: BY_HAND },
    visibility: { cacheTtl: { seconds: 1 }, refresh: BY_HAND },
    // Every answer of Level 1 or more awaits review: each service assessed
    // above Level 0 has requests in the reviewers' queue.
    review: { requiredFromLevel: 1 },
    targets: [
      {
        level: 3,
        title: 'Production at Level 3',
        filter: { lifecycle: 'production' },
      },
    ],
    evidence: {
      rules: [
        {
          id: 'model-registry',
          when: { dependsOnResourceType: 'model-registry' },
          questionId: 'reproducibility',
          level: 2,
          title: 'Models kept in a registry',
        },
      ],
    },
    techInsights: {
      excludeEntities: [
        {
          field: 'metadata.annotations.acme.com/confidential',
          values: ['true'],
        },
      ],
    },
  },
  techInsights: {
    factRetrievers: {
      [MLOPS_MATURITY_FACT_RETRIEVER_ID]: {
        cadence: '0 0 1 1 *',
        initialDelay: { seconds: 1 },
      },
    },
    factChecker: { checks: mlopsMaturityChecks },
  },
};

/**
 * The demo app's policy, with its admins, campaign managers and
 * reviewers, and one user denied the plugin's read permission.
 */
const demoPolicy = new DemoPermissionPolicy('confidential', {
  admins: ADMINS,
  campaignManagers: CAMPAIGN_MANAGERS,
  reviewers: REVIEWERS,
});
const matrixPolicy = testPolicyModule(async (query, policyUser) => {
  if (
    isPermission(query.permission, mlopsMaturityAssessmentReadPermission) &&
    DENIED_PLUGIN_READ.includes(policyUser?.info.userEntityRef ?? '')
  ) {
    return { result: AuthorizeResult.DENY };
  }
  return demoPolicy.handle(query, policyUser);
});

export interface MatrixBackend {
  backend: TestBackend;
  catalog: TestEntityProvider;
  knexFor(pluginId: string): Promise<Knex>;
  /** Runs a plugin's scheduled task now and waits until that run has ended. */
  runTask(pluginId: string, taskId: string): Promise<void>;
}

/**
 * One backend with every door, all real: the catalog (fed the world's phase
 * A), the permission backend with the demo policy, the notifications, MCP
 * actions and Tech Insights backends (json-rules-engine checks), this
 * plugin with its catalog evidence and Tech Insights modules, and the badges
 * backend (obfuscated URLs) with its maturity badge module; each plugin on
 * its own database of the given kind.
 */
export async function startMatrixBackend(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<MatrixBackend> {
  const { factory: databaseFactory, knexFor } = perPluginDatabases(
    databases,
    databaseId,
  );
  const catalog = new TestEntityProvider(catalogOf('A'));
  const backend = await startTestBackend({
    features: [
      databaseFactory,
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: JSON.parse(JSON.stringify(CONFIG)),
      }),
      userInfoWithMemberships(MEMBERSHIPS),
      actorCarryingAuth,
      actionsRegistryServiceFactory,
      actionsServiceFactory,
      catalogPlugin,
      catalogEntitiesModule(catalog),
      permissionPlugin,
      matrixPolicy,
      notificationsPlugin,
      mcpActionsPlugin,
      mlopsMaturityPlugin,
      catalogEvidenceModule,
      techInsightsPlugin,
      jsonRulesEngineFactCheckerModule,
      techInsightsModule,
      badgesPlugin,
      badgesModule,
    ],
  });
  return {
    backend,
    catalog,
    knexFor,
    runTask: (pluginId, taskId) => runScheduledTask(backend, pluginId, taskId),
  };
}
