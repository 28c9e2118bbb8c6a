import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { mlopsMaturityPermissions } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityEvidenceExtensionPoint } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { registerMaturityActions } from './actions';
import { buildMaturityContext } from './context';
import { EvidenceProviderRegistry } from './evidence/EvidenceProviderRegistry';
import { createRouter } from './router/createRouter';
import { createInternalErrorFilter } from './router/internalErrors';
import { scheduleMaturityTasks } from './scheduleTasks';
import { createAudit } from './service/audit';
import express from 'express';

/**
 * The MLOps maturity backend plugin: assessments per catalog entity, their
 * history and drafts, and the org-wide scorecard, under /api/mlops-maturity.
 *
 * @public
 */
export const mlopsMaturityPlugin = createBackendPlugin({
  pluginId: 'mlops-maturity',
  register(env) {
    const evidenceProviders = new EvidenceProviderRegistry();
    env.registerExtensionPoint(
      mlopsMaturityEvidenceExtensionPoint,
      evidenceProviders.extensionPoint,
    );
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
        notifications: notificationService,
        events: eventsServiceRef,
      },
      async init(deps) {
        const { logger } = deps;
        const context = await buildMaturityContext({
          ...deps,
          evidenceProviders,
        });
        const { config, access, assessmentService, scorecardService } = context;

        deps.permissionsRegistry.addPermissions(mlopsMaturityPermissions);
        await scheduleMaturityTasks(deps.scheduler, context);

        deps.httpRouter.use(
          await createRouter({
            config,
            assessmentService,
            scorecardService,
            serviceTrendService: context.serviceTrendService,
            campaignService: context.campaignService,
            reviewService: context.reviewService,
            verificationService: context.verificationService,
            models: context.stores.models,
            access,
            evidence: context.evidenceForReader,
            auditor: deps.auditor,
            logger,
          }),
        );
        registerMaturityActions({
          actionsRegistry: deps.actionsRegistry,
          model: config.model,
          staleAfterDays: config.staleAfterDays,
          appBaseUrl: deps.config.getOptionalString('app.baseUrl') ?? '',
          assessmentService,
          scorecardService,
          reviewService: context.reviewService,
          signalsOf: (entity, credentials) =>
            context.evidenceForReader.signalsFor(entity, credentials),
          access,
          audit: createAudit(deps.auditor),
        });
        // Last on the plugin's router, after the actions registry's routes
        // (mounted when the registry was made for this plugin) and ours.
        // httpRouter.use is typed for request handlers; Express takes a
        // four-argument error handler through the same call.
        deps.httpRouter.use(
          createInternalErrorFilter(logger) as unknown as express.Handler,
        );
      },
    });
  },
});
