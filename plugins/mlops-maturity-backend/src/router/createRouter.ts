import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import express from 'express';
import { MaturityPluginConfig } from '../config';
import { AssessmentRetentionStore } from '../database/AssessmentRetentionStore';
import { AssessmentStore } from '../database/AssessmentStore';
import { DraftStore } from '../database/DraftStore';
import { CampaignStore } from '../database/CampaignStore';
import { CampaignProgressStore } from '../database/CampaignProgressStore';
import { ScorecardQueryStore } from '../database/ScorecardQueryStore';
import { ModelStore } from '../database/ModelStore';
import { EvidenceForReader } from '../evidence/EvidenceForReader';
import { CatalogSync } from '../service/CatalogSync';
import { TargetResolver } from '../service/TargetResolver';
import * as staleness from '../service/staleness';
import { Access } from '../service/access';
import { createAudit } from '../service/audit';
import { createApiRouter } from './apiRouter';
import { registerAssessmentRoutes } from './assessmentRoutes';
import { registerCampaignRoutes } from './campaignRoutes';
import { registerEvidenceRoutes } from './evidenceRoutes';
import { registerModelRoutes } from './modelRoutes';
import { registerScorecardRoutes } from './scorecardRoutes';

/** What the router needs; built in plugin.ts. */
export interface RouterOptions {
  config: MaturityPluginConfig;
  assessments: AssessmentStore;
  drafts: DraftStore;
  retention: AssessmentRetentionStore;
  scorecard: ScorecardQueryStore;
  campaignProgress: CampaignProgressStore;
  campaigns: CampaignStore;
  models: ModelStore;
  sync: CatalogSync;
  targets: TargetResolver;
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
  const { config } = options;
  const router = await createApiRouter();
  const audited = createAudit(options.auditor);
  const staleBefore = () =>
    staleness.staleBefore(new Date(), config.staleAfterDays);

  registerModelRoutes(router, options);
  registerAssessmentRoutes(router, { ...options, audited, staleBefore });
  registerScorecardRoutes(router, { ...options, audited, staleBefore });
  registerCampaignRoutes(router, { ...options, audited });
  registerEvidenceRoutes(router, { ...options, audited });
  return router;
}
