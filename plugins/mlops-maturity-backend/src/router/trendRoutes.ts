import { Access } from '../service/access';
import { Audit } from '../service/audit';
import { ScorecardService } from '../service/ScorecardService';
import { parseTrendQuery } from '../validation/trendRequests';
import { ApiRouter } from './apiRouter';
import { checkCampaignDone } from './scorecardRoutes';
import { trendCsv } from './trendCsv';

/** What the trend routes need. */
export interface TrendRouteOptions {
  scorecardService: ScorecardService;
  access: Access;
  audited: Audit;
}

/**
 * The scorecard over time: `GET /scorecard/trend` and its CSV,
 * `/scorecard/trend/export`, over the services the caller may read.
 */
export function registerTrendRoutes(
  router: ApiRouter,
  { scorecardService: service, access, audited }: TrendRouteOptions,
) {
  router.get('/scorecard/trend', async (req, res) => {
    const query = checkCampaignDone(parseTrendQuery(req.query, new Date()));
    const trend = await audited.read(req, 'scorecard-read', {}, async () =>
      service.trend(await access.caller(req), query),
    );
    res.json(trend);
  });

  router.get('/scorecard/trend/export', async (req, res) => {
    const query = checkCampaignDone(parseTrendQuery(req.query, new Date()));
    const trend = await audited.read(req, 'scorecard-export', {}, async () =>
      service.trend(await access.caller(req), query),
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="mlops-maturity-trend-${trend.from}-${trend.to}.csv"`,
    );
    res.end(trendCsv(trend.points));
  });
}
