import {
  AuthService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import type { MaturityPluginConfig } from '../config';
import type { MaturityStores } from '../context';
import { EvidenceService } from '../evidence/EvidenceService';
import { REVIEWERS_CONFIG_KEY } from '../permissions/policyModule';
import { ReviewNotifier } from '../review/ReviewNotifier';
import { ReviewPolicySync } from '../review/ReviewPolicySync';
import { Access } from '../service/access';
import { VerificationService } from '../service/VerificationService';
import { VerificationRefresher } from './VerificationRefresher';
import { VerificationTask } from './VerificationTask';

/**
 * The verified level's parts, built once: what computes and writes it (for
 * every writer), the reviews' notifications, the verification task (with
 * the review policy's sync) and the service the verification route reads.
 */
export function buildVerificationParts(
  options: {
    config: RootConfigService;
    logger: LoggerService;
    auth: AuthService;
    catalog: CatalogService;
    notifications: NotificationService;
  },
  config: MaturityPluginConfig,
  stores: MaturityStores,
  { evidence, access }: { evidence: EvidenceService; access: Access },
) {
  const { logger, auth, catalog } = options;
  const refresher = new VerificationRefresher({
    model: config.model,
    review: config.review,
    assessments: stores.assessments,
    reviews: stores.reviews,
    store: stores.verified,
    evidence,
  });
  const notifier = new ReviewNotifier({
    notifications: options.notifications,
    reviewers:
      options.config.getOptionalStringArray(REVIEWERS_CONFIG_KEY) ?? [],
    logger,
  });
  const task = new VerificationTask({
    store: stores.verified,
    refresher,
    policySync: new ReviewPolicySync({
      db: stores.db,
      reviews: stores.reviews,
      meta: stores.meta,
      review: config.review,
      notifier,
      logger,
    }),
    catalog,
    auth,
    logger,
  });
  const service = new VerificationService({
    model: config.model,
    review: config.review,
    assessments: stores.assessments,
    reviews: stores.reviews,
    evidence,
    access,
  });
  return { refresher, notifier, task, service };
}
