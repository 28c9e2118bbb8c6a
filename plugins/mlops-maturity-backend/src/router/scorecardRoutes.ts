import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  Campaign,
  MaturityModel,
  scorecardQueryProblems,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { CampaignStore } from '../database/CampaignStore';
import { ScorecardQueryStore } from '../database/ScorecardQueryStore';
import { Visibility } from '../visibility/ScorecardVisibility';
import { Access } from '../service/access';
import { Audit } from '../service/audit';
import { invalidInput } from '../validation/inputErrors';
import {
  parseExportQuery,
  parseScorecardQuery,
  parseSummaryQuery,
} from '../validation/scorecardRequests';
import { ApiRouter } from './apiRouter';
import { ExportSlots } from './exportSlots';
import { streamCsv } from './scorecardCsv';

/** When a refused export is told to come back, in seconds. */
const EXPORT_RETRY_AFTER_SECONDS = 5;

/** What the scorecard routes need. */
export interface ScorecardRouteOptions {
  config: {
    model: MaturityModel;
    exportMaxConcurrent: number;
    exportWriteTimeoutMs: number;
  };
  scorecard: ScorecardQueryStore;
  campaigns: CampaignStore;
  access: Access;
  audited: Audit;
  logger: LoggerService;
  staleBefore: () => Date;
}

/**
 * The campaign a scorecard query names, resolved to its scope and goal; a
 * 400 naming the parameter when it names none. A caller who may see no
 * service gets an empty scorecard whatever the campaign, so for them no
 * campaign is looked up: the answer must not tell a known id from an
 * unknown one.
 */
async function withCampaign<
  T extends { campaignId?: string; campaignDone?: boolean },
>(
  campaigns: CampaignStore,
  query: T,
  visibility: Visibility,
): Promise<Omit<T, 'campaignId'> & { campaign?: Campaign }> {
  const { campaignId, ...rest } = query;
  if (campaignId === undefined || visibility.kind === 'none') return rest;
  const campaign = await campaigns.get(campaignId);
  if (!campaign) {
    throw invalidInput([
      {
        field: 'query.campaign',
        message: `query.campaign: there is no campaign ${campaignId}`,
      },
    ]);
  }
  return { ...rest, campaign };
}

/** A 400 for `campaignDone` without `campaign`: input, checked before access. */
function checkCampaignDone<
  T extends { campaignId?: string; campaignDone?: boolean },
>(query: T): T {
  const problems = scorecardQueryProblems({
    campaign: query.campaignId,
    campaignDone: query.campaignDone,
  });
  if (problems.some(p => p.code === 'needsCampaign')) {
    throw invalidInput([
      {
        field: 'query.campaignDone',
        message:
          'query.campaignDone needs query.campaign: the campaign whose goal it counts',
      },
    ]);
  }
  return query;
}

/**
 * The org-wide scorecard: `GET /scorecard`, `/scorecard/page`,
 * `/scorecard/summary` and `/scorecard/export`, each over the services the
 * caller may read.
 */
export function registerScorecardRoutes(
  router: ApiRouter,
  options: ScorecardRouteOptions,
) {
  const { scorecard, campaigns, access, audited, logger, staleBefore } =
    options;
  const { model, exportWriteTimeoutMs } = options.config;
  const exportSlots = new ExportSlots(options.config.exportMaxConcurrent);

  router.get('/scorecard', async (req, res) => {
    const parsed = checkCampaignDone(parseScorecardQuery(req.query));
    const result = await audited.read(req, 'scorecard-read', {}, async () => {
      const { visibility } = await access.scorecardViewer(req);
      const query = await withCampaign(campaigns, parsed, visibility);
      return scorecard.queryScorecard(query, staleBefore(), visibility);
    });
    res.json(result);
  });

  router.get('/scorecard/page', async (req, res) => {
    const parsed = checkCampaignDone(parseScorecardQuery(req.query));
    const page = await audited.read(req, 'scorecard-read', {}, async () => {
      const { visibility } = await access.scorecardViewer(req);
      const query = await withCampaign(campaigns, parsed, visibility);
      return scorecard.queryScorecardPage(query, staleBefore(), visibility);
    });
    res.json(page);
  });

  router.get('/scorecard/summary', async (req, res) => {
    const parsed = checkCampaignDone(parseSummaryQuery(req.query));
    const summary = await audited.read(req, 'scorecard-read', {}, async () => {
      const { visibility } = await access.scorecardViewer(req);
      const query = await withCampaign(campaigns, parsed, visibility);
      return scorecard.queryScorecardSummary(query, staleBefore(), visibility);
    });
    res.json(summary);
  });

  router.get('/scorecard/export', async (req, res) => {
    const parsed = checkCampaignDone(parseExportQuery(req.query));
    const { query, visibility } = await audited.read(
      req,
      'scorecard-export',
      {},
      async () => {
        const viewer = await access.scorecardViewer(req);
        return {
          query: await withCampaign(campaigns, parsed, viewer.visibility),
          visibility: viewer.visibility,
        };
      },
    );
    const release = exportSlots.tryTake();
    if (!release) {
      res.setHeader('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      throw new ServiceUnavailableError(
        `${exportSlots.max} scorecard exports are running on this backend instance, the most it runs at once (mlopsMaturity.export.maxConcurrent); retry in ${EXPORT_RETRY_AFTER_SECONDS} seconds`,
      );
    }
    try {
      await streamCsv(
        res,
        scorecard.streamScorecard(query, staleBefore(), visibility),
        model,
        { logger, writeTimeoutMs: exportWriteTimeoutMs },
      );
    } finally {
      release();
    }
  });
}
