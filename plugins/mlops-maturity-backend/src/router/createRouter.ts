import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import express from 'express';
import { MaturityPluginConfig } from '../config';
import { ModelStore } from '../database/ModelStore';
import { EvidenceForReader } from '../evidence/EvidenceForReader';
import { AssessmentService } from '../service/AssessmentService';
import { CampaignService } from '../service/CampaignService';
import { ReviewService } from '../service/ReviewService';
import { ScorecardService } from '../service/ScorecardService';
import { ServiceTrendService } from '../service/ServiceTrendService';
import { Access } from '../service/access';
import { createAudit } from '../service/audit';
import { createApiRouter } from './apiRouter';
import { VerificationService } from '../service/VerificationService';
import { registerAssessmentRoutes } from './assessmentRoutes';
import { registerCampaignRoutes } from './campaignRoutes';
import { registerEvidenceRoutes } from './evidenceRoutes';
import { registerModelRoutes } from './modelRoutes';
import { registerReviewRoutes } from './reviewRoutes';
import { registerScorecardRoutes } from './scorecardRoutes';
import { registerTrendRoutes } from './trendRoutes';

/** What the router needs; built in plugin.ts. */
export interface RouterOptions {
  config: MaturityPluginConfig;
  assessmentService: AssessmentService;
  campaignService: CampaignService;
  reviewService: ReviewService;
  verificationService: VerificationService;
  scorecardService: ScorecardService;
  serviceTrendService: ServiceTrendService;
  models: ModelStore;
  access: Access;
  /** The evidence each reader may see. */
  evidence: EvidenceForReader;
  auditor: AuditorService;
  logger: LoggerService;
}

/**
 * The plugin's HTTP API, described in src/schema/openapi.yaml: a router built
 * from the spec, with each resource's routes registered on it.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = await createApiRouter();
  const audited = createAudit(options.auditor);

  registerModelRoutes(router, options);
  registerAssessmentRoutes(router, { ...options, audited });
  registerScorecardRoutes(router, { ...options, audited });
  registerTrendRoutes(router, { ...options, audited });
  registerCampaignRoutes(router, { ...options, audited });
  registerEvidenceRoutes(router, { ...options, audited });
  registerReviewRoutes(router, { ...options, audited });
  return router;
}
