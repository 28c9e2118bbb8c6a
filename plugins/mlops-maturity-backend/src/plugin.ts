import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { mlopsMaturityPermissions } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityEvidenceExtensionPoint } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { registerMaturityActions } from './actions';
import { readPluginConfig } from './config';
import { checkDatabaseSupport } from './database/checkDatabaseSupport';
import { createStores } from './database/createStores';
import { EvidenceForReader } from './evidence/EvidenceForReader';
import { EvidenceProviderRegistry } from './evidence/EvidenceProviderRegistry';
import { EvidenceMeasurer } from './evidence/EvidenceMeasurer';
import { EvidenceService } from './evidence/EvidenceService';
import { createAccess } from './service/access';
import { createAudit } from './service/audit';
import { createRouter } from './router/createRouter';
import { createInternalErrorFilter } from './router/internalErrors';
import express from 'express';
import { AssessmentService } from './service/AssessmentService';
import { CampaignService } from './service/CampaignService';
import { CatalogSync } from './service/CatalogSync';
import { ScorecardService } from './service/ScorecardService';
import { MlServiceCatalogReader } from './service/MlServiceCatalogReader';
import { TargetResolver } from './service/TargetResolver';
import { DemoDataLoader } from './service/DemoDataLoader';
import { ReminderLedger } from './reminders/ReminderLedger';
import { ReminderRecipients } from './reminders/ReminderRecipients';
import { RemindersTask } from './reminders/RemindersTask';
import { RetentionTask } from './service/RetentionTask';
import { ScorecardVisibility } from './visibility/ScorecardVisibility';
import { VisibilityRefresh } from './visibility/VisibilityRefresh';

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
      },
      async init(deps) {
        const { logger, database, scheduler, catalog, auth, permissions } =
          deps;
        const config = readPluginConfig(deps.config);
        const evidence = EvidenceService.create({
          config: deps.config,
          providers: evidenceProviders.close(),
          auth,
          logger,
          model: config.model,
        });
        const {
          db,
          assessments,
          drafts,
          retention: assessmentRetention,
          mlServices,
          headlines,
          scorecard,
          campaignProgress,
          models,
          meta,
          campaigns,
        } = await createStores({ database });
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
          headlines,
          retention: assessmentRetention,
          selection: config.selection,
          targets: config.targets,
          evidence: new EvidenceMeasurer({
            evidence,
            assessments,
            store: headlines,
            model: config.model,
          }),
          logger,
        });
        const catalogReader = new MlServiceCatalogReader({
          catalog,
          auth,
          selection: config.selection,
        });
        const targets = new TargetResolver({
          catalog,
          auth,
          targets: config.targets,
        });
        const visibility = new ScorecardVisibility({
          db,
          permissions,
          readableServices: credentials =>
            catalogReader.readableServiceRefs(credentials),
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
              campaigns,
            })
          : undefined;

        deps.permissionsRegistry.addPermissions(mlopsMaturityPermissions);

        await scheduler.scheduleTask({
          id: 'mlops-maturity-catalog-sync',
          ...config.catalogSync,
          fn: async () => {
            await sync.syncAll();
            const loaded =
              (await demoData?.loadWhenSettled(
                await mlServices.listServices(),
                async () => {
                  await sync.syncAll();
                  return mlServices.listServices();
                },
              )) ?? 0;
            // The demo's assessments were written after the sync measured
            // their (absent) answers: measure them now, not a sync later.
            if (loaded > 0) await sync.syncAll();
            await demoData?.createCampaignsOnce();
          },
        });
        // Between syncs: a catalog change that decides who may read a
        // service reaches the scorecard within a refresh, not a sync.
        const refresh = new VisibilityRefresh({
          catalog,
          auth,
          store: mlServices,
          selection: config.selection,
          targets: config.targets,
          logger,
        });
        await scheduler.scheduleTask({
          id: 'mlops-maturity-visibility-refresh',
          ...config.visibilityRefresh,
          fn: async () => {
            await refresh.run();
          },
        });
        if (config.purgeDepartedAfterDays !== undefined) {
          const retention = new RetentionTask({
            retention: assessmentRetention,
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
        if (config.reminders.enabled) {
          const reminders = new RemindersTask({
            mlServices,
            scorecard,
            campaigns,
            notifications: deps.notifications,
            recipients: new ReminderRecipients({ catalog, auth }),
            ledger: new ReminderLedger(db),
            meta,
            logger,
            config: config.reminders,
            staleAfterDays: config.staleAfterDays,
            model: config.model,
          });
          await scheduler.scheduleTask({
            id: 'mlops-maturity-reminders',
            ...config.reminders.schedule,
            fn: async signal => {
              await reminders.run({ signal });
            },
          });
        }

        const evidenceForReader = new EvidenceForReader({ evidence, catalog });
        const access = createAccess({
          httpAuth: deps.httpAuth,
          auth,
          permissions,
          catalog,
          selection: config.selection,
          visibility,
        });
        const scorecardService = new ScorecardService({
          scorecard,
          campaigns,
          access,
          staleAfterDays: config.staleAfterDays,
        });
        const assessmentService = new AssessmentService({
          model: config.model,
          staleAfterDays: config.staleAfterDays,
          submissionsPerEntityPerHour: config.submissionsPerEntityPerHour,
          assessments,
          drafts,
          retention: assessmentRetention,
          access,
          targets,
          sync,
          logger,
        });
        deps.httpRouter.use(
          await createRouter({
            config,
            assessmentService,
            scorecardService,
            campaignService: new CampaignService({
              campaigns,
              campaignProgress,
              access,
            }),
            models,
            access,
            evidence: evidenceForReader,
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
          signalsOf: (entity, credentials) =>
            evidenceForReader.signalsFor(entity, credentials),
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
