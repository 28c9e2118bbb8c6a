import { NewCampaign } from '../database/CampaignStore';
import { Access } from '../service/access';
import { Audit } from '../service/audit';
import { CampaignInput, CampaignService } from '../service/CampaignService';
import { entityRefFromParams } from '../validation/assessmentRequests';
import {
  campaignCreateBody,
  campaignParams,
  campaignUpdateBody,
  parseCampaignListQuery,
} from '../validation/campaignRequests';
import { parseOrThrow } from '../validation/inputErrors';
import { ApiRouter } from './apiRouter';
import { jsonBody } from './jsonBody';

/** What the campaign routes need. */
export interface CampaignRouteOptions {
  campaignService: CampaignService;
  access: Access;
  audited: Audit;
}

/**
 * Campaigns: `/campaigns`, `/campaigns/:id`, its history and close, and an
 * entity's active campaigns. Each route reads the request, audits the call
 * and answers; the CampaignService decides (a caller who may see no ML
 * service learns nothing of any campaign, not even whether an id exists).
 */
export function registerCampaignRoutes(
  router: ApiRouter,
  options: CampaignRouteOptions,
) {
  registerCampaignReads(router, options);
  registerCampaignWrites(router, options);
}

/** The campaigns, one campaign, its history, and an entity's campaigns. */
function registerCampaignReads(
  router: ApiRouter,
  { campaignService: service, access, audited }: CampaignRouteOptions,
) {
  router.get('/campaigns', async (req, res) => {
    const { state } = parseCampaignListQuery(req.query);
    const body = await audited.read(req, 'campaign-list', {}, async () =>
      service.list(await access.caller(req), state),
    );
    res.json(body);
  });

  router.get('/campaigns/:id', async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const body = await audited.read(
      req,
      'campaign-read',
      { campaignId: id },
      async () => service.get(await access.caller(req), id),
    );
    res.json(body);
  });

  router.get('/campaigns/:id/history', async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const body = await audited.read(
      req,
      'campaign-history-read',
      { campaignId: id },
      async () => service.history(await access.caller(req), id),
    );
    res.json(body);
  });

  router.get(
    '/assessments/:kind/:namespace/:name/campaigns',
    async (req, res) => {
      const entityRef = entityRefFromParams(req.params);
      const body = await audited.read(
        req,
        'assessment-campaigns-read',
        { entityRef },
        async () => service.ofEntity(await access.caller(req), entityRef),
      );
      res.json(body);
    },
  );
}

/** Create, change and close a campaign (campaign managers only). */
function registerCampaignWrites(
  router: ApiRouter,
  { campaignService: service, access, audited }: CampaignRouteOptions,
) {
  router.post('/campaigns', jsonBody(), async (req, res) => {
    const created = await audited.write(
      req,
      'campaign-create',
      {},
      async () => {
        const value = await service.create(
          await access.caller(req),
          () =>
            // The schema allows only levels 1 to 4.
            parseOrThrow(campaignCreateBody, req.body, 'body') as CampaignInput,
        );
        const { id: campaignId, title } = value.campaign;
        return { value, meta: { campaignId, title } };
      },
    );
    res.status(201).json(created);
  });

  router.patch('/campaigns/:id', jsonBody(), async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    let changed: string[] = [];
    const updated = await audited.write(
      req,
      'campaign-update',
      { campaignId: id },
      async () => {
        const value = await service.update(await access.caller(req), id, () => {
          const body = parseOrThrow(campaignUpdateBody, req.body, 'body');
          changed = Object.keys(body).sort();
          return body as Partial<NewCampaign>;
        });
        return { value, meta: { changed: changed.join(',') } };
      },
    );
    res.json(updated);
  });

  router.post('/campaigns/:id/close', async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const closed = await audited.write(
      req,
      'campaign-close',
      { campaignId: id },
      async () => {
        const value = await service.close(await access.caller(req), id);
        const { done, inScope } = value.progress;
        return { value, meta: { done, inScope } };
      },
    );
    res.json(closed);
  });
}
