import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  AssessmentAnswers,
  AssessmentRevision,
  Campaign,
  CampaignHistoryResponse,
  CampaignListResponse,
  CampaignResponse,
  computeScore,
  CurrentAssessment,
  EntityCampaignsResponse,
  EntityTargetResponse,
  mlopsMaturityAdminPermission,
  mlopsMaturityCampaignManagePermission,
  PurgeAssessmentsResponse,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import express from 'express';
import Router from 'express-promise-router';
import { MaturityPluginConfig } from '../config';
import { AssessmentStore } from '../database/AssessmentStore';
import { CampaignStore, NewCampaign } from '../database/CampaignStore';
import { EntityIdentity } from '../database/EntityIdentity';
import { MlServiceStore } from '../database/MlServiceStore';
import { ModelStore } from '../database/ModelStore';
import { EvidenceForReader } from '../evidence/EvidenceForReader';
import { CatalogSync } from '../service/CatalogSync';
import * as staleness from '../service/staleness';
import { Access } from './access';
import { createAudit } from './audit';
import { registerEvidenceRoutes } from './evidenceRoutes';
import { invalidInput, parseOrThrow } from './inputErrors';
import { jsonBody } from './jsonBody';
import { TooManyRequestsError } from './TooManyRequestsError';
import {
  campaignCreateBody,
  campaignParams,
  campaignUpdateBody,
  draftBody,
  MAX_CAMPAIGN_DAYS,
  entityRefFromParams,
  modelParams,
  parseCampaignListQuery,
  parseDraftDeleteQuery,
  parseExportQuery,
  parseHistoryQuery,
  parsePurgeQuery,
  parseScorecardQuery,
  parseSummaryQuery,
  revisionParam,
  submitBody,
} from './requestSchemas';
import { streamCsv } from './scorecardCsv';

/** What the router needs; built in plugin.ts. */
export interface RouterOptions {
  config: MaturityPluginConfig;
  assessments: AssessmentStore;
  mlServices: MlServiceStore;
  campaigns: CampaignStore;
  models: ModelStore;
  sync: CatalogSync;
  access: Access;
  /** The evidence each reader may see. */
  evidence: EvidenceForReader;
  auditor: AuditorService;
  logger: LoggerService;
}

const HOUR_MS = 60 * 60 * 1000;

/** The plugin's HTTP API, described in openapi.yaml. */
export function createRouter(options: RouterOptions): express.Router {
  const {
    config,
    assessments,
    mlServices,
    campaigns,
    models,
    sync,
    access,
    logger,
  } = options;
  const { model } = config;
  const audited = createAudit(options.auditor);
  const router = Router();

  const staleBefore = () =>
    staleness.staleBefore(new Date(), config.staleAfterDays);

  const withStaleness = (revision: AssessmentRevision): CurrentAssessment => ({
    ...revision,
    stale: staleness.isStale(revision.createdAt, staleBefore()),
    staleAfterDays: config.staleAfterDays,
  });

  /** The answers of a PUT body, validated against the model. */
  function checkAnswers(answers: unknown, requireComplete: boolean) {
    const issues = validateAnswers(model, answers, { requireComplete });
    if (issues.length > 0) throw invalidInput(issues);
    return answers as AssessmentAnswers;
  }

  /** 429 when the entity already had its hourly share of submissions. */
  async function limitSubmissions(res: express.Response, id: EntityIdentity) {
    const limit = config.submissionsPerEntityPerHour;
    const now = Date.now();
    const { count, oldest } = await assessments.recentSubmissions(
      id,
      new Date(now - HOUR_MS),
    );
    if (count < limit) return;
    const retryAfter = Math.max(
      1,
      Math.ceil(((oldest?.getTime() ?? now) + HOUR_MS - now) / 1000),
    );
    res.setHeader('Retry-After', String(retryAfter));
    throw new TooManyRequestsError(
      `${id.entityRef} was assessed ${count} times in the last hour; at most ${limit} submissions per hour are allowed (mlopsMaturity.limits.submissionsPerEntityPerHour). Retry in ${retryAfter} seconds.`,
    );
  }

  router.get('/model', async (req, res) => {
    await access.modelReader(req);
    res.json(model);
  });

  router.get('/models/:modelId/:version', async (req, res) => {
    await access.modelReader(req);
    const { modelId, version } = parseOrThrow(modelParams, req.params, 'path');
    const stored =
      modelId === model.id && version === model.version
        ? model
        : await models.get(modelId, version);
    if (!stored)
      throw new NotFoundError(`No maturity model ${modelId}@${version}`);
    res.json(stored);
  });

  const ENTITY = '/assessments/:kind/:namespace/:name';

  router.get(ENTITY, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const current = await audited.read(
      req,
      'assessment-read',
      { entityRef },
      async () => {
        const { id } = await access.entityReader(req, entityRef);
        return assessments.getCurrent(id);
      },
    );
    // Not assessed yet is an expected state of a readable entity, not an
    // error: 204, so a browser does not log it as a failed request. An entity
    // the caller may not read is a 404 above.
    if (!current) {
      res.status(204).end();
      return;
    }
    res.json(withStaleness(current));
  });

  router.put(ENTITY, jsonBody(), async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const saved = await audited.write(
      req,
      'assessment-submit',
      { entityRef },
      async () => {
        const { credentials, entity, id } = await access.entityUpdater(
          req,
          entityRef,
        );
        const body = parseOrThrow(submitBody, req.body, 'body');
        const answers = checkAnswers(body.answers, true);
        await limitSubmissions(res, id);
        const revision = await assessments.submit({
          ...id,
          baseRevision: body.baseRevision,
          model,
          answers,
          result: computeScore(model, answers),
          author: credentials.principal.userEntityRef,
          draftVersion: body.draftVersion,
        });
        // The revision is stored; refreshing the scorecard row is best
        // effort (the scheduled sync heals it), so it must not fail the write.
        await sync
          .syncOne(entity)
          .catch(error =>
            logger.warn(
              `Could not refresh the scorecard row of ${entityRef}: ${error}`,
            ),
          );
        return {
          value: revision,
          meta: {
            revision: revision.revision,
            score: revision.result.score,
            level: revision.result.level,
          },
        };
      },
    );
    res.json(withStaleness(saved));
  });

  router.delete(ENTITY, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { uid } = parsePurgeQuery(req.query);
    const purged: PurgeAssessmentsResponse = await audited.write(
      req,
      'assessment-purge',
      { entityRef, entityUid: uid ?? null },
      async () => {
        await access.holder(
          req,
          mlopsMaturityAdminPermission,
          `You may not purge stored maturity assessments: that needs the ${mlopsMaturityAdminPermission.name} permission`,
        );
        const counts = await assessments.purge(entityRef, uid);
        return {
          value: { entityRef, ...(uid && { entityUid: uid }), ...counts },
          meta: { ...counts },
        };
      },
      'high',
    );
    res.json(purged);
  });

  router.get(`${ENTITY}/target`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const target = await audited.read(
      req,
      'assessment-target-read',
      { entityRef },
      async () => {
        const { entity } = await access.entityReader(req, entityRef);
        return sync.targetOf(entity);
      },
    );
    const body: EntityTargetResponse = { target };
    res.json(body);
  });

  router.get(`${ENTITY}/history`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { limit } = parseHistoryQuery(req.query);
    const items = await audited.read(
      req,
      'assessment-history-read',
      { entityRef },
      async () => {
        const { id } = await access.entityReader(req, entityRef);
        return assessments.listHistory(id, limit);
      },
    );
    res.json({ items });
  });

  router.get(`${ENTITY}/revisions/:revision`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { revision } = parseOrThrow(revisionParam, req.params, 'path');
    const found = await audited.read(
      req,
      'assessment-revision-read',
      { entityRef, revision },
      async () => {
        const { id } = await access.entityReader(req, entityRef);
        return assessments.getRevision(id, revision);
      },
    );
    if (!found)
      throw new NotFoundError(`${entityRef} has no revision ${revision}`);
    res.json(found);
  });

  router.get(`${ENTITY}/draft`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const draft = await audited.read(
      req,
      'assessment-draft-read',
      { entityRef },
      async () => {
        const { id } = await access.entityUpdater(req, entityRef);
        return assessments.getDraft(id);
      },
    );
    if (!draft) {
      res.status(204).end();
      return;
    }
    res.json(draft);
  });

  router.put(`${ENTITY}/draft`, jsonBody(), async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const draft = await audited.write(
      req,
      'assessment-draft-save',
      { entityRef },
      async () => {
        const { credentials, id } = await access.entityUpdater(req, entityRef);
        const body = parseOrThrow(draftBody, req.body, 'body');
        const answers = checkAnswers(body.answers, false);
        const value = await assessments.saveDraft({
          ...id,
          draftVersion: body.draftVersion,
          modelId: model.id,
          modelVersion: model.version,
          baseRevision: body.baseRevision,
          answers,
          author: credentials.principal.userEntityRef,
        });
        return {
          value,
          meta: {
            answered: Object.keys(answers).length,
            version: value.version,
          },
        };
      },
    );
    res.json(draft);
  });

  router.delete(`${ENTITY}/draft`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { version } = parseDraftDeleteQuery(req.query);
    await audited.write(
      req,
      'assessment-draft-delete',
      { entityRef, version: version ?? null },
      async () => {
        const { id } = await access.entityUpdater(req, entityRef);
        const deleted = await assessments.deleteDraft(id, version);
        return { value: undefined, meta: { deleted: deleted ? 1 : 0 } };
      },
    );
    res.status(204).end();
  });

  /**
   * The campaign a scorecard query names, resolved to its scope and goal; a
   * 400 naming the parameter when it names none.
   */
  async function withCampaign<
    T extends { campaignId?: string; campaignDone?: boolean },
  >(query: T): Promise<Omit<T, 'campaignId'> & { campaign?: Campaign }> {
    const { campaignId, ...rest } = query;
    if (campaignId === undefined) {
      if (rest.campaignDone !== undefined) {
        throw invalidInput([
          {
            field: 'query.campaignDone',
            message:
              'query.campaignDone needs query.campaign: the campaign whose goal it counts',
          },
        ]);
      }
      return rest;
    }
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

  router.get('/scorecard', async (req, res) => {
    const query = await withCampaign(parseScorecardQuery(req.query));
    const scorecard = await audited.read(
      req,
      'scorecard-read',
      {},
      async () => {
        const { visibility } = await access.scorecardViewer(req);
        return mlServices.queryScorecard(query, staleBefore(), visibility);
      },
    );
    res.json(scorecard);
  });

  router.get('/scorecard/page', async (req, res) => {
    const query = await withCampaign(parseScorecardQuery(req.query));
    const page = await audited.read(req, 'scorecard-read', {}, async () => {
      const { visibility } = await access.scorecardViewer(req);
      return mlServices.queryScorecardPage(query, staleBefore(), visibility);
    });
    res.json(page);
  });

  router.get('/scorecard/summary', async (req, res) => {
    const query = await withCampaign(parseSummaryQuery(req.query));
    const summary = await audited.read(req, 'scorecard-read', {}, async () => {
      const { visibility } = await access.scorecardViewer(req);
      return mlServices.queryScorecardSummary(query, staleBefore(), visibility);
    });
    res.json(summary);
  });

  router.get('/scorecard/export', async (req, res) => {
    const query = await withCampaign(parseExportQuery(req.query));
    const visibility = await audited.read(
      req,
      'scorecard-export',
      {},
      async () => (await access.scorecardViewer(req)).visibility,
    );
    await streamCsv(
      res,
      mlServices.streamScorecard(query, staleBefore(), visibility),
      model,
      logger,
    );
  });

  const campaignManager = (req: express.Request, what: string) =>
    access.holder(
      req,
      mlopsMaturityCampaignManagePermission,
      `You may not ${what} maturity campaigns: that needs the ${mlopsMaturityCampaignManagePermission.name} permission`,
    );

  const actorOf = (credentials: BackstageCredentials) => {
    const principal = credentials.principal as {
      type: string;
      userEntityRef?: string;
      subject?: string;
    };
    return principal.userEntityRef ?? principal.subject ?? principal.type;
  };

  /** Refuses dates that do not make a campaign, naming the field. */
  function checkDates(
    campaign: Pick<Campaign, 'startsAt' | 'deadline'>,
    deadlineGiven: boolean,
  ) {
    const start = Date.parse(campaign.startsAt);
    const deadline = Date.parse(campaign.deadline);
    if (deadlineGiven && deadline <= Date.now()) {
      throw invalidInput([
        {
          field: 'body.deadline',
          message: `body.deadline must be in the future, got ${campaign.deadline}`,
        },
      ]);
    }
    if (deadline <= start) {
      throw invalidInput([
        {
          field: 'body.deadline',
          message: `body.deadline (${campaign.deadline}) must be after the campaign's start (${campaign.startsAt})`,
        },
      ]);
    }
    if (deadline - start > MAX_CAMPAIGN_DAYS * 24 * HOUR_MS) {
      throw invalidInput([
        {
          field: 'body.deadline',
          message: `body.deadline must be at most ${MAX_CAMPAIGN_DAYS} days after the campaign's start`,
        },
      ]);
    }
  }

  async function campaignOr404(id: string) {
    const campaign = await campaigns.get(id);
    if (!campaign) throw new NotFoundError(`No campaign ${id}`);
    return campaign;
  }

  /** A campaign with its progress over the services the caller may read. */
  async function withProgress(
    req: express.Request,
    campaign: Campaign,
  ): Promise<CampaignResponse> {
    const { visibility } = await access.scorecardViewer(req);
    return {
      campaign,
      progress: await mlServices.campaignProgress(
        campaign,
        new Date(),
        visibility,
      ),
    };
  }

  router.get('/campaigns', async (req, res) => {
    const { state } = parseCampaignListQuery(req.query);
    const body: CampaignListResponse = await audited.read(
      req,
      'campaign-list',
      {},
      async () => {
        const { visibility } = await access.scorecardViewer(req);
        const now = new Date();
        const items = await Promise.all(
          (
            await campaigns.list({ state })
          ).map(async campaign => {
            const { teams: _, ...progress } = await mlServices.campaignProgress(
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

  router.post('/campaigns', jsonBody(), async (req, res) => {
    const created: CampaignResponse = await audited.write(
      req,
      'campaign-create',
      {},
      async () => {
        const credentials = await campaignManager(req, 'create');
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
          value: await withProgress(req, campaign),
          meta: { campaignId: campaign.id, title: campaign.title },
        };
      },
    );
    res.status(201).json(created);
  });

  router.get('/campaigns/:id', async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const body: CampaignResponse = await audited.read(
      req,
      'campaign-read',
      { campaignId: id },
      async () => withProgress(req, await campaignOr404(id)),
    );
    res.json(body);
  });

  router.patch('/campaigns/:id', jsonBody(), async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const updated: CampaignResponse = await audited.write(
      req,
      'campaign-update',
      { campaignId: id },
      async () => {
        const credentials = await campaignManager(req, 'change');
        const body = parseOrThrow(campaignUpdateBody, req.body, 'body');
        const campaign = await campaigns.update(
          id,
          body as Partial<NewCampaign>,
          actorOf(credentials),
          after => checkDates(after, body.deadline !== undefined),
        );
        return {
          value: await withProgress(req, campaign),
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
        const credentials = await campaignManager(req, 'close');
        const campaign = await campaigns.close(id, actorOf(credentials));
        const value = await withProgress(req, campaign);
        return {
          value,
          meta: { done: value.progress.done, inScope: value.progress.inScope },
        };
      },
    );
    res.json(closed);
  });

  router.get('/campaigns/:id/history', async (req, res) => {
    const { id } = parseOrThrow(campaignParams, req.params, 'path');
    const body: CampaignHistoryResponse = await audited.read(
      req,
      'campaign-history-read',
      { campaignId: id },
      async () => {
        const { visibility } = await access.scorecardViewer(req);
        const campaign = await campaignOr404(id);
        return mlServices.campaignHistory(campaign, new Date(), visibility);
      },
    );
    res.json(body);
  });

  router.get(`${ENTITY}/campaigns`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const body: EntityCampaignsResponse = await audited.read(
      req,
      'assessment-campaigns-read',
      { entityRef },
      async () => {
        await access.entityReader(req, entityRef);
        const active = await campaigns.list({ state: 'active' });
        const now = Date.now();
        const members = await mlServices.campaignMembership(entityRef, active);
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
  });

  registerEvidenceRoutes(router, { ...options, audited });

  return router;
}
