import { Access } from '../service/access';
import { Audit } from '../service/audit';
import { ScorecardService } from '../service/ScorecardService';
import { ServiceTrendService } from '../service/ServiceTrendService';
import { entityRefFromParams } from '../validation/assessmentRequests';
import {
  parseServiceTrendQuery,
  parseTrendQuery,
} from '../validation/trendRequests';
import { ApiRouter } from './apiRouter';
import { checkCampaignDone } from './scorecardRoutes';
import { trendCsv } from './trendCsv';

/** What the trend routes need. */
export interface TrendRouteOptions {
  scorecardService: ScorecardService;
  serviceTrendService: ServiceTrendService;
  access: Access;
  audited: Audit;
}

/**
 * The scorecard over time: `GET /scorecard/trend`, its CSV
 * (`/scorecard/trend/export`) and per owner (`/scorecard/trend/teams`),
 * over the services the caller may read; and one service over time,
 * `GET /assessments/:kind/:namespace/:name/trend`.
 */
export function registerTrendRoutes(
  router: ApiRouter,
  options: TrendRouteOptions,
) {
  const { scorecardService: service, access, audited } = options;
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

  router.get('/scorecard/trend/teams', async (req, res) => {
    const query = checkCampaignDone(parseTrendQuery(req.query, new Date()));
    const trend = await audited.read(req, 'scorecard-read', {}, async () =>
      service.teamTrend(await access.caller(req), query),
    );
    res.json(trend);
  });

  router.get('/assessments/:kind/:namespace/:name/trend', async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const range = parseServiceTrendQuery(req.query, new Date());
    const trend = await audited.read(
      req,
      'assessment-trend-read',
      { entityRef },
      async () =>
        options.serviceTrendService.serviceTrend(
          await access.caller(req),
          entityRef,
          range,
        ),
    );
    res.json(trend);
  });
}
