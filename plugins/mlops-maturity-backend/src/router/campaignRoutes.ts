import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  Campaign,
  CampaignHistoryResponse,
  CampaignProblem,
  campaignScheduleProblems,
  CampaignListResponse,
  CampaignResponse,
  EntityCampaignsResponse,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityCampaignManagePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import express from 'express';
import { CampaignStore, NewCampaign } from '../database/CampaignStore';
import { CampaignProgressStore } from '../database/CampaignProgressStore';
import { Visibility } from '../visibility/ScorecardVisibility';
import { Access } from '../service/access';
import { Audit } from '../service/audit';
import { invalidInput, parseOrThrow } from '../validation/inputErrors';
import { jsonBody } from './jsonBody';
import { entityRefFromParams } from '../validation/assessmentRequests';
import {
  campaignCreateBody,
  campaignParams,
  campaignUpdateBody,
  parseCampaignListQuery,
} from '../validation/campaignRequests';
import { ApiRouter } from './apiRouter';

/** What the campaign routes need. */
export interface CampaignRouteOptions {
  campaignProgress: CampaignProgressStore;
  campaigns: CampaignStore;
  access: Access;
  audited: Audit;
}

/** The 400 message of a problem with a campaign's dates. */
function dateMessage(problem: CampaignProblem): string {
  switch (problem.code) {
    case 'passed':
      return `body.deadline must be in the future, got ${problem.deadline}`;
    case 'notAfterStart':
      return `body.deadline (${problem.deadline}) must be after the campaign's start (${problem.startsAt})`;
    case 'tooFar':
      return `body.deadline must be at most ${problem.maxDays} days after the campaign's start`;
    default:
      // The body's schema requires a deadline; the start defaults to now.
      return `body.${problem.field} is required`;
  }
}

/** Who did it, for a campaign's history. */
function actorOf(credentials: BackstageCredentials) {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? principal.subject ?? principal.type;
}

/** Refuses dates that do not make a campaign (the common rules), naming the field. */
function checkDates(
  campaign: Pick<Campaign, 'startsAt' | 'deadline'>,
  deadlineGiven: boolean,
) {
  const [problem] = campaignScheduleProblems(campaign, {
    now: new Date(),
    deadlineSet: deadlineGiven,
  });
  if (problem) {
    throw invalidInput([
      { field: `body.${problem.field}`, message: dateMessage(problem) },
    ]);
  }
}

/** The checks and lookups the campaign routes share. */
function campaignLookups(options: CampaignRouteOptions) {
  const { campaignProgress, campaigns, access } = options;
  return {
    /**
     * A caller who may manage campaigns. A campaign's answer carries its
     * content and progress, so managing also needs what reading needs: a
     * manager denied the read permission is refused before any campaign is
     * looked up.
     */
    async campaignManager(req: express.Request, what: string) {
      const credentials = await access.holder(
        req,
        mlopsMaturityCampaignManagePermission,
        `You may not ${what} maturity campaigns: that needs the ${mlopsMaturityCampaignManagePermission.name} permission`,
      );
      const { visibility } = await access.scorecardViewer(req);
      if (visibility.kind === 'none') {
        throw new NotAllowedError(
          `You may not ${what} maturity campaigns: that needs the ${mlopsMaturityAssessmentReadPermission.name} permission as well as ${mlopsMaturityCampaignManagePermission.name}`,
        );
      }
      return { credentials, visibility };
    },

    /**
     * A campaign the caller may read. One who may see no ML service may read
     * no campaign, and is not told whether the id exists: no lookup, the same
     * 404 as for an unknown id.
     */
    async readableCampaign(id: string, visibility: Visibility) {
      const campaign =
        visibility.kind === 'none' ? undefined : await campaigns.get(id);
      if (!campaign) throw new NotFoundError(`No campaign ${id}`);
      return campaign;
    },

    /** A campaign with its progress over the services the caller may read. */
    async withProgress(
      campaign: Campaign,
      visibility: Visibility,
    ): Promise<CampaignResponse> {
      return {
        campaign,
        progress: await campaignProgress.campaignProgress(
          campaign,
          new Date(),
          visibility,
        ),
      };
    },
  };
}

/**
 * Campaigns: `/campaigns`, `/campaigns/:id`, its history and close, and an
 * entity's active campaigns. A caller who may see no ML service (denied
 * `mlops.maturity.assessment.read` or `catalog.entity.read`) learns nothing
 * of any campaign, not even whether an id exists.
 */
export function registerCampaignRoutes(
  router: ApiRouter,
  options: CampaignRouteOptions,
) {
  registerCampaignReads(router, options);
  registerCampaignWrites(router, options);
  registerEntityCampaigns(router, options);
}

/** The campaigns, one campaign, and its history. */
function registerCampaignReads(
  router: ApiRouter,
  options: CampaignRouteOptions,
) {
  const { campaignProgress, campaigns, access, audited } = options;
  const { readableCampaign, withProgress } = campaignLookups(options);

  router.get('/campaigns', async (req, res) => {
    const { state } = parseCampaignListQuery(req.query);
    const body: CampaignListResponse = await audited.read(
      req,
      'campaign-list',
      {},
      async () => {
        const { visibility } = await access.scorecardViewer(req);
        // Like the scorecard: nothing at all for a caller who may see no
        // service, not even the campaigns' titles.
        if (visibility.kind === 'none') return { items: [] };
        const now = new Date();
        const items = await Promise.all(
          (
            await campaigns.list({ state })
          ).map(async campaign => {
            const { teams: _, ...progress } =
              await campaignProgress.campaignProgress(
                campaign,
                now,
                visibility,
              );
            return { campaign, progress };
          }),
        );
        return { items };
      },
    );
    res.json(body);
  });

  router.get('/campaigns/:id', async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const body: CampaignResponse = await audited.read(
      req,
      'campaign-read',
      { campaignId: id },
      async () => {
        const { visibility } = await access.scorecardViewer(req);
        return withProgress(await readableCampaign(id, visibility), visibility);
      },
    );
    res.json(body);
  });

  router.get('/campaigns/:id/history', async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const body: CampaignHistoryResponse = await audited.read(
      req,
      'campaign-history-read',
      { campaignId: id },
      async () => {
        const { visibility } = await access.scorecardViewer(req);
        const campaign = await readableCampaign(id, visibility);
        return campaignProgress.campaignHistory(
          campaign,
          new Date(),
          visibility,
        );
      },
    );
    res.json(body);
  });
}

/** Create, change and close a campaign (campaign managers only). */
function registerCampaignWrites(
  router: ApiRouter,
  options: CampaignRouteOptions,
) {
  const { campaigns, audited } = options;
  const { campaignManager, withProgress } = campaignLookups(options);

  router.post('/campaigns', jsonBody(), async (req, res) => {
    const created: CampaignResponse = await audited.write(
      req,
      'campaign-create',
      {},
      async () => {
        const { credentials, visibility } = await campaignManager(
          req,
          'create',
        );
        const body = parseOrThrow(campaignCreateBody, req.body, 'body');
        const fields: NewCampaign = {
          title: body.title,
          description: body.description ?? '',
          scope: body.scope ?? {},
          goal: body.goal,
          startsAt: body.startsAt ?? new Date(),
          deadline: body.deadline,
        };
        checkDates(
          {
            startsAt: fields.startsAt.toISOString(),
            deadline: fields.deadline.toISOString(),
          },
          true,
        );
        const campaign = await campaigns.create(fields, actorOf(credentials));
        return {
          value: await withProgress(campaign, visibility),
          meta: { campaignId: campaign.id, title: campaign.title },
        };
      },
    );
    res.status(201).json(created);
  });

  router.patch('/campaigns/:id', jsonBody(), async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const updated: CampaignResponse = await audited.write(
      req,
      'campaign-update',
      { campaignId: id },
      async () => {
        const { credentials, visibility } = await campaignManager(
          req,
          'change',
        );
        const body = parseOrThrow(campaignUpdateBody, req.body, 'body');
        const campaign = await campaigns.update(
          id,
          body as Partial<NewCampaign>,
          actorOf(credentials),
          after => checkDates(after, body.deadline !== undefined),
        );
        return {
          value: await withProgress(campaign, visibility),
          meta: { changed: Object.keys(body).sort().join(',') },
        };
      },
    );
    res.json(updated);
  });

  router.post('/campaigns/:id/close', async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const closed: CampaignResponse = await audited.write(
      req,
      'campaign-close',
      { campaignId: id },
      async () => {
        const { credentials, visibility } = await campaignManager(req, 'close');
        const campaign = await campaigns.close(id, actorOf(credentials));
        const value = await withProgress(campaign, visibility);
        return {
          value,
          meta: { done: value.progress.done, inScope: value.progress.inScope },
        };
      },
    );
    res.json(closed);
  });
}

/** An entity's active campaigns, to whoever may read the entity. */
function registerEntityCampaigns(
  router: ApiRouter,
  options: CampaignRouteOptions,
) {
  const { campaignProgress, campaigns, access, audited } = options;

  router.get(
    '/assessments/:kind/:namespace/:name/campaigns',
    async (req, res) => {
      const entityRef = entityRefFromParams(req.params);
      const body: EntityCampaignsResponse = await audited.read(
        req,
        'assessment-campaigns-read',
        { entityRef },
        async () => {
          await access.entityReader(req, entityRef);
          const active = await campaigns.list({ state: 'active' });
          const now = Date.now();
          const members = await campaignProgress.campaignMembership(
            entityRef,
            active,
          );
          return {
            items: members
              .map(({ campaign, done }) => ({
                campaign,
                done,
                overdue: !done && Date.parse(campaign.deadline) < now,
              }))
              .sort((a, b) =>
                a.campaign.deadline.localeCompare(b.campaign.deadline),
              ),
          };
        },
      );
      res.json(body);
    },
  );
}
