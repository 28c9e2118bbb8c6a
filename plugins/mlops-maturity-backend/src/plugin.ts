import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { mlopsMaturityPermissions } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { readPluginConfig } from './config';
import { AssessmentStore } from './database/AssessmentStore';
import { MlServiceStore } from './database/MlServiceStore';
import { createRouter } from './router/createRouter';
import { CatalogSync } from './service/CatalogSync';
import { DemoDataLoader } from './service/DemoDataLoader';

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
      },
      async init(deps) {
        const { logger, database, scheduler, catalog, auth } = deps;
        const config = readPluginConfig(deps.config);
        const assessments = await AssessmentStore.create({ database });
        await assessments.registerModel(config.model);
        const mlServices = new MlServiceStore(assessments.client);
        const sync = new CatalogSync({
          catalog,
          auth,
          store: mlServices,
          selection: config.selection,
          logger,
        });
        const demoData = config.demoDataEnabled
          ? new DemoDataLoader({
              db: assessments.client,
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

        deps.httpRouter.use(
          createRouter({
            config,
            assessments,
            mlServices,
            sync,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            catalog,
            auditor: deps.auditor,
            logger,
          }),
        );
      },
    });
  },
});
