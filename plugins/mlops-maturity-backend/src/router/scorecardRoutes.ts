import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  MaturityModel,
  scorecardQueryProblems,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Access } from '../service/access';
import { ScorecardService } from '../service/ScorecardService';
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
  scorecardService: ScorecardService;
  access: Access;
  audited: Audit;
  logger: LoggerService;
}

/** A 400 for `campaignDone` without `campaign`: input, checked before access. */
export function checkCampaignDone<
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
  const { scorecardService: service, access, audited, logger } = options;
  const { model, exportWriteTimeoutMs } = options.config;
  const exportSlots = new ExportSlots(options.config.exportMaxConcurrent);

  router.get('/scorecard', async (req, res) => {
    const query = checkCampaignDone(parseScorecardQuery(req.query));
    const result = await audited.read(req, 'scorecard-read', {}, async () =>
      service.scorecard(await access.caller(req), query),
    );
    res.json(result);
  });

  router.get('/scorecard/page', async (req, res) => {
    const query = checkCampaignDone(parseScorecardQuery(req.query));
    const page = await audited.read(req, 'scorecard-read', {}, async () =>
      service.page(await access.caller(req), query),
    );
    res.json(page);
  });

  router.get('/scorecard/summary', async (req, res) => {
    const query = checkCampaignDone(parseSummaryQuery(req.query));
    const summary = await audited.read(req, 'scorecard-read', {}, async () =>
      service.summary(await access.caller(req), query),
    );
    res.json(summary);
  });

  router.get('/scorecard/export', async (req, res) => {
    const query = checkCampaignDone(parseExportQuery(req.query));
    const rows = await audited.read(req, 'scorecard-export', {}, async () =>
      service.exportRows(await access.caller(req), query),
    );
    const release = exportSlots.tryTake();
    if (!release) {
      res.setHeader('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      throw new ServiceUnavailableError(
        `${exportSlots.max} scorecard exports are running on this backend instance, the most it runs at once (mlopsMaturity.export.maxConcurrent); retry in ${EXPORT_RETRY_AFTER_SECONDS} seconds`,
      );
    }
    try {
      await streamCsv(res, rows(), model, {
        logger,
        writeTimeoutMs: exportWriteTimeoutMs,
      });
    } finally {
      release();
    }
  });
}
