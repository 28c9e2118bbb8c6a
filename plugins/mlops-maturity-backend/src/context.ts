import {
  AuditorService,
  AuthService,
  DatabaseService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { MaturityPluginConfig, readPluginConfig } from './config';
import { checkDatabaseSupport } from './database/checkDatabaseSupport';
import { createStores } from './database/createStores';
import { EvidenceForReader } from './evidence/EvidenceForReader';
import { EvidenceMeasurer } from './evidence/EvidenceMeasurer';
import { EvidenceProviderRegistry } from './evidence/EvidenceProviderRegistry';
import { EvidenceService } from './evidence/EvidenceService';
import { MaturityEventPublisher } from './events/MaturityEventPublisher';
import { SubmissionEvents } from './events/SubmissionEvents';
import { DigestLedger } from './reminders/DigestLedger';
import { ReminderLedger } from './reminders/ReminderLedger';
import { ReviewNotifier } from './review/ReviewNotifier';
import { ReminderRecipients } from './reminders/ReminderRecipients';
import { RemindersTask } from './reminders/RemindersTask';
import { Access, createAccess } from './service/access';
import { AssessmentService } from './service/AssessmentService';
import { CampaignService } from './service/CampaignService';
import { ReviewService } from './service/ReviewService';
import { CatalogSync } from './service/CatalogSync';
import { DemoDataLoader } from './service/DemoDataLoader';
import { MlServiceCatalogReader } from './service/MlServiceCatalogReader';
import { RetentionTask } from './service/RetentionTask';
import { ScorecardService } from './service/ScorecardService';
import { ServiceTrendService } from './service/ServiceTrendService';
import { SnapshotTask } from './service/SnapshotTask';
import { TargetResolver } from './service/TargetResolver';
import { VerificationService } from './service/VerificationService';
import { buildVerificationParts } from './verification/verificationParts';
import { VerificationRefresher } from './verification/VerificationRefresher';
import { VerificationTask } from './verification/VerificationTask';
import { ScorecardVisibility } from './visibility/ScorecardVisibility';
import { VisibilityRefresh } from './visibility/VisibilityRefresh';

/** The core services the plugin's parts are built from, as plugin.ts collects them. */
export interface MaturityContextOptions {
  config: RootConfigService;
  logger: LoggerService;
  database: DatabaseService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  notifications: NotificationService;
  /** Where the plugin's events go (MaturityEventPublisher). */
  events: EventsService;
  /** The providers modules added; closed here, once the plugin starts. */
  evidenceProviders: EvidenceProviderRegistry;
}

/** The plugin's stores on one connection (see createStores). */
export type MaturityStores = Awaited<ReturnType<typeof createStores>>;

/** What the scheduled tasks run; an optional one is absent when not configured. */
export interface MaturityTasks {
  /** `mlops-maturity-catalog-sync`. */
  sync: CatalogSync;
  /** Loaded after the sync when `mlopsMaturity.demoData` is enabled. */
  demoData?: DemoDataLoader;
  /** `mlops-maturity-visibility-refresh`. */
  refresh: VisibilityRefresh;
  /** `mlops-maturity-retention`, when a purge is configured. */
  retention?: RetentionTask;
  /** `mlops-maturity-reminders`, when reminders are enabled. */
  reminders?: RemindersTask;
  /** `mlops-maturity-snapshots`: the daily snapshots. */
  snapshots: SnapshotTask;
  /** `mlops-maturity-verification`: verified levels missing, of another revision or due. */
  verification: VerificationTask;
}

/** Everything the plugin's doors and tasks use, built once. */
export interface MaturityContext {
  config: MaturityPluginConfig;
  stores: MaturityStores;
  tasks: MaturityTasks;
  access: Access;
  evidenceForReader: EvidenceForReader;
  assessmentService: AssessmentService;
  scorecardService: ScorecardService;
  serviceTrendService: ServiceTrendService;
  campaignService: CampaignService;
  reviewService: ReviewService;
  verificationService: VerificationService;
  /** The one way the plugin's events leave it. */
  events: MaturityEventPublisher;
}

/**
 * Builds the plugin's parts once: the stores (after the migrations, the
 * database check, the model's registration and the fill of the raises to the
 * next level), the catalog parts, the tasks' objects and the services.
 * Nothing is mounted nor scheduled here; plugin.ts does that.
 */
export async function buildMaturityContext(
  options: MaturityContextOptions,
): Promise<MaturityContext> {
  const { auth, logger, catalog } = options;
  const config = readPluginConfig(options.config);
  const evidence = EvidenceService.create({
    config: options.config,
    providers: options.evidenceProviders.close(),
    auth,
    logger,
    model: config.model,
  });
  const stores = await prepareStores(options, config);
  const events = new MaturityEventPublisher({
    events: options.events,
    logger,
  });
  const catalogReader = new MlServiceCatalogReader({
    catalog,
    auth,
    selection: config.selection,
  });
  const visibility = new ScorecardVisibility({
    db: stores.db,
    permissions: options.permissions,
    readableServices: credentials =>
      catalogReader.readableServiceRefs(credentials),
    listedServices: async () =>
      (await stores.mlServices.listServices()).map(s => s.entityRef),
    cacheTtlMs: config.visibilityCacheTtlMs,
    logger,
  });
  const access = createAccess({
    httpAuth: options.httpAuth,
    auth,
    permissions: options.permissions,
    catalog,
    selection: config.selection,
    visibility,
  });
  const verified = buildVerificationParts(options, config, stores, {
    evidence,
    access,
  });
  const tasks = buildTasks(options, config, stores, {
    evidence,
    events,
    verification: verified.refresher,
  });
  const services = buildServices(options, config, stores, {
    access,
    sync: tasks.sync,
    events,
    verification: verified.refresher,
    reviewNotifier: verified.notifier,
  });
  return {
    config,
    stores,
    tasks: {
      ...tasks,
      verification: verified.task,
      reminders: buildReminders(options, config, stores, services),
    },
    access,
    evidenceForReader: new EvidenceForReader({ evidence, catalog }),
    ...services,
    verificationService: verified.service,
    events,
  };
}

/**
 * The stores, after the migrations; then the database is checked, the model
 * registered and the raises to the next level counted where they are missing.
 */
async function prepareStores(
  { database, logger }: MaturityContextOptions,
  config: MaturityPluginConfig,
): Promise<MaturityStores> {
  const stores = await createStores({ database });
  await checkDatabaseSupport(stores.db, logger);
  await stores.models.register(config.model);
  const filled = await stores.assessments.fillRaisesToNextLevel();
  if (filled > 0) {
    logger.info(
      `Counted the answer raises to the next level of ${filled} assessments stored before this release`,
    );
  }
  return stores;
}

function buildTasks(
  options: MaturityContextOptions,
  config: MaturityPluginConfig,
  stores: MaturityStores,
  {
    evidence,
    events,
    verification,
  }: {
    evidence: EvidenceService;
    events: MaturityEventPublisher;
    verification: VerificationRefresher;
  },
): Omit<MaturityTasks, 'reminders' | 'verification'> {
  const { catalog, auth, logger } = options;
  const { assessments, mlServices, headlines, campaigns, meta } = stores;
  const snapshots = new SnapshotTask({
    snapshots: stores.snapshots,
    meta,
    logger,
    staleAfterDays: config.staleAfterDays,
    retentionDays: config.snapshotRetentionDays,
  });
  const sync = new CatalogSync({
    catalog,
    auth,
    store: mlServices,
    headlines,
    retention: stores.retention,
    selection: config.selection,
    targets: config.targets,
    evidence: new EvidenceMeasurer({
      evidence,
      assessments,
      store: headlines,
      model: config.model,
    }),
    events,
    verification,
    snapshots,
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
        reviews: stores.reviews,
        reviewPolicy: {
          requiredFromLevel: config.review.requiredFromLevel,
          exemptionsRequireApproval: config.review.exemptions.requireApproval,
        },
      })
    : undefined;
  // Between syncs: a catalog change that decides who may read a
  // service reaches the scorecard within a refresh, not a sync.
  const refresh = new VisibilityRefresh({
    catalog,
    auth,
    store: mlServices,
    selection: config.selection,
    targets: config.targets,
    events,
    logger,
  });
  const retention =
    config.purgeDepartedAfterDays !== undefined
      ? new RetentionTask({
          retention: stores.retention,
          auditor: options.auditor,
          logger,
          purgeAfterDays: config.purgeDepartedAfterDays,
        })
      : undefined;
  return { sync, demoData, refresh, retention, snapshots };
}

/** The reminders task, when enabled: it reads through the services, as the doors do. */
function buildReminders(
  { catalog, auth, logger, notifications }: MaturityContextOptions,
  config: MaturityPluginConfig,
  { db, meta, reviews }: MaturityStores,
  services: Pick<MaturityContext, 'scorecardService' | 'campaignService'>,
): RemindersTask | undefined {
  if (!config.reminders.enabled) return undefined;
  return new RemindersTask({
    scorecard: services.scorecardService,
    campaigns: services.campaignService,
    notifications,
    recipients: new ReminderRecipients({ catalog, auth }),
    digests: new DigestLedger(db),
    ledger: new ReminderLedger(db),
    meta,
    logger,
    config: config.reminders,
    staleAfterDays: config.staleAfterDays,
    model: config.model,
    reviews,
  });
}

function buildServices(
  options: MaturityContextOptions,
  config: MaturityPluginConfig,
  stores: MaturityStores,
  parts: {
    access: Access;
    sync: CatalogSync;
    events: MaturityEventPublisher;
    verification: VerificationRefresher;
    reviewNotifier: ReviewNotifier;
  },
) {
  const { access, sync, events, verification, reviewNotifier } = parts;
  const { catalog, auth, logger } = options;
  const { assessments, drafts, scorecard, campaigns } = stores;
  return {
    assessmentService: new AssessmentService({
      model: config.model,
      staleAfterDays: config.staleAfterDays,
      submissionsPerEntityPerHour: config.submissionsPerEntityPerHour,
      reviewPolicy: {
        requiredFromLevel: config.review.requiredFromLevel,
        exemptionsRequireApproval: config.review.exemptions.requireApproval,
      },
      assessments,
      drafts,
      retention: stores.retention,
      access,
      targets: new TargetResolver({ catalog, auth, targets: config.targets }),
      sync,
      reviewNotifier,
      events: new SubmissionEvents({
        assessments,
        mlServices: stores.mlServices,
        publisher: events,
        logger,
      }),
      logger,
    }),
    scorecardService: new ScorecardService({
      scorecard,
      trend: stores.trend,
      teamTrend: stores.teamTrend,
      campaigns,
      access,
      staleAfterDays: config.staleAfterDays,
    }),
    serviceTrendService: new ServiceTrendService({
      serviceTrend: stores.serviceTrend,
      access,
    }),
    campaignService: new CampaignService({
      campaigns,
      campaignProgress: stores.campaignProgress,
      access,
      events,
    }),
    reviewService: new ReviewService({
      reviews: stores.reviews,
      assessments,
      access,
      model: config.model,
      exemptionMaxDays: config.review.exemptions.maxDays,
      events,
      verification,
      notifier: reviewNotifier,
      logger,
    }),
  };
}
