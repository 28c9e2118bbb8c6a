import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { mlopsMaturityPermissions } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { registerMaturityActions } from './actions/registerMaturityActions';
import { readPluginConfig } from './config';
import { checkDatabaseSupport } from './database/checkDatabaseSupport';
import { createStores } from './database/createStores';
import { createAccess } from './router/access';
import { createAudit } from './router/audit';
import { createRouter } from './router/createRouter';
import { CatalogSync } from './service/CatalogSync';
import { DemoDataLoader } from './service/DemoDataLoader';
import { RetentionTask } from './service/RetentionTask';
import { ScorecardVisibility } from './visibility/ScorecardVisibility';

/**
 * The MLOps maturity backend plugin: assessments per catalog entity, their
 * history and drafts, and the org-wide scorecard, under /api/mlops-maturity.
 *
 * @public
 */
export const mlopsMaturityPlugin = createBackendPlugin({
  pluginId: 'mlops-maturity',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { logger, database, scheduler, catalog, auth, permissions } =
          deps;
        const config = readPluginConfig(deps.config);
        const { db, assessments, mlServices, models, meta } =
          await createStores({ database });
        await checkDatabaseSupport(db, logger);
        await models.register(config.model);
        const filled = await assessments.fillRaisesToNextLevel();
        if (filled > 0) {
          logger.info(
            `Counted the answer raises to the next level of ${filled} assessments stored before this release`,
          );
        }
        const sync = new CatalogSync({
          catalog,
          auth,
          store: mlServices,
          assessments,
          selection: config.selection,
          targets: config.targets,
          logger,
        });
        const visibility = new ScorecardVisibility({
          db,
          permissions,
          readableServices: credentials =>
            sync.readableServiceRefs(credentials),
          listedServices: async () =>
            (await mlServices.listServices()).map(s => s.entityRef),
          cacheTtlMs: config.visibilityCacheTtlMs,
          logger,
        });
        const demoData = config.demoDataEnabled
          ? new DemoDataLoader({
              meta,
              store: assessments,
              catalog,
              auth,
              model: config.model,
              logger,
            })
          : undefined;

        deps.permissionsRegistry.addPermissions(mlopsMaturityPermissions);

        await scheduler.scheduleTask({
          id: 'mlops-maturity-catalog-sync',
          ...config.catalogSync,
          fn: async () => {
            await sync.syncAll();
            await demoData?.loadOnce(await mlServices.listServices());
          },
        });
        if (config.purgeDepartedAfterDays !== undefined) {
          const retention = new RetentionTask({
            assessments,
            auditor: deps.auditor,
            logger,
            purgeAfterDays: config.purgeDepartedAfterDays,
          });
          await scheduler.scheduleTask({
            id: 'mlops-maturity-retention',
            frequency: { hours: 24 },
            timeout: { minutes: 30 },
            initialDelay: { minutes: 10 },
            fn: async () => {
              await retention.run();
            },
          });
        }

        const access = createAccess({
          httpAuth: deps.httpAuth,
          permissions,
          catalog,
          selection: config.selection,
          visibility,
        });
        deps.httpRouter.use(
          createRouter({
            config,
            assessments,
            mlServices,
            models,
            sync,
            access,
            auditor: deps.auditor,
            logger,
          }),
        );
        registerMaturityActions({
          actionsRegistry: deps.actionsRegistry,
          model: config.model,
          staleAfterDays: config.staleAfterDays,
          appBaseUrl: deps.config.getOptionalString('app.baseUrl') ?? '',
          assessments,
          mlServices,
          targetOf: entity => sync.targetOf(entity),
          access,
          audit: createAudit(deps.auditor),
        });
      },
    });
  },
});
