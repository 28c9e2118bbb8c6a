import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  AssessmentAnswers,
  AssessmentRevision,
  computeScore,
  CurrentAssessment,
  EntityTargetResponse,
  MaturityModel,
  mlopsMaturityAdminPermission,
  PurgeAssessmentsResponse,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import express from 'express';
import {
  AssessmentRetentionStore,
  PurgeCounts,
} from '../database/AssessmentRetentionStore';
import { AssessmentStore } from '../database/AssessmentStore';
import { DraftStore } from '../database/DraftStore';
import { EntityIdentity } from '../database/EntityIdentity';
import { CatalogSync } from '../service/CatalogSync';
import { TargetResolver } from '../service/TargetResolver';
import * as staleness from '../service/staleness';
import { Access } from '../service/access';
import { Audit } from '../service/audit';
import { invalidInput, parseOrThrow } from '../validation/inputErrors';
import {
  draftBody,
  entityRefFromParams,
  parseDraftDeleteQuery,
  parseHistoryQuery,
  parsePurgeQuery,
  revisionParam,
  submitBody,
} from '../validation/assessmentRequests';
import { ApiRouter } from './apiRouter';
import { jsonBody } from './jsonBody';
import { TooManyRequestsError } from './TooManyRequestsError';

/** What the assessment routes need. */
export interface AssessmentRouteOptions {
  config: {
    model: MaturityModel;
    staleAfterDays: number;
    submissionsPerEntityPerHour: number;
  };
  assessments: AssessmentStore;
  drafts: DraftStore;
  retention: AssessmentRetentionStore;
  sync: CatalogSync;
  targets: TargetResolver;
  access: Access;
  audited: Audit;
  logger: LoggerService;
  staleBefore: () => Date;
}

const ENTITY = '/assessments/:kind/:namespace/:name';
const HOUR_MS = 60 * 60 * 1000;

/** The answers of a PUT body, validated against the model. */
function checkAnswers(
  model: MaturityModel,
  answers: unknown,
  requireComplete: boolean,
) {
  const issues = validateAnswers(model, answers, { requireComplete });
  if (issues.length > 0) throw invalidInput(issues);
  return answers as AssessmentAnswers;
}

/** 429 when the entity already had its hourly share of submissions. */
async function limitSubmissions(
  res: express.Response,
  id: EntityIdentity,
  options: AssessmentRouteOptions,
) {
  const limit = options.config.submissionsPerEntityPerHour;
  const now = Date.now();
  const { count, oldest } = await options.assessments.recentSubmissions(
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

/**
 * An entity's assessment: `GET`, `PUT` (submit) and `DELETE` (the admin
 * purge) on `/assessments/:kind/:namespace/:name`; its `target`, `history`
 * and `revisions/:revision`; and its `draft`.
 */
export function registerAssessmentRoutes(
  router: ApiRouter,
  options: AssessmentRouteOptions,
) {
  registerCurrentRoutes(router, options);
  registerPurgeRoute(router, options);
  registerHistoryRoutes(router, options);
  registerDraftRoutes(router, options);
}

/** The current assessment: read it, or submit a new revision. */
function registerCurrentRoutes(
  router: ApiRouter,
  options: AssessmentRouteOptions,
) {
  const { config, assessments, sync, access, audited, logger } = options;
  const { model } = config;
  const withStaleness = (revision: AssessmentRevision): CurrentAssessment => ({
    ...revision,
    stale: staleness.isStale(revision.createdAt, options.staleBefore()),
    staleAfterDays: config.staleAfterDays,
  });

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
        const answers = checkAnswers(model, body.answers, true);
        await limitSubmissions(res, id, options);
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
}

/** `DELETE` on the entity: the admin purge of its stored data. */
function registerPurgeRoute(
  router: ApiRouter,
  options: AssessmentRouteOptions,
) {
  const { retention, access, audited } = options;

  router.delete(ENTITY, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { uid } = parsePurgeQuery(req.query);
    const purged: PurgeAssessmentsResponse = await audited.write(
      req,
      'assessment-purge',
      { entityRef, entityUid: uid ?? null },
      async () => {
        const credentials = await access.holder(
          req,
          mlopsMaturityAdminPermission,
          `You may not purge stored maturity assessments: that needs the ${mlopsMaturityAdminPermission.name} permission`,
        );
        const answer = (counts: PurgeCounts) => ({
          entityRef,
          ...(uid && { entityUid: uid }),
          ...counts,
        });
        // An entity hidden from the caller: the answer for an entity with
        // no data, so the counts do not tell them it exists (the audit log,
        // which they do not read, says why).
        if (!(await access.mayTouchStoredData(credentials, entityRef))) {
          const nothing = { revisions: 0, drafts: 0 };
          return {
            value: answer(nothing),
            meta: { ...nothing, skipped: 'entity hidden from the caller' },
          };
        }
        const counts = await retention.purge(entityRef, uid);
        return { value: answer(counts), meta: { ...counts } };
      },
      'high',
    );
    res.json(purged);
  });
}

/** What the entity aims at, its history, and one past revision. */
function registerHistoryRoutes(
  router: ApiRouter,
  options: AssessmentRouteOptions,
) {
  const { assessments, access, audited } = options;

  router.get(`${ENTITY}/target`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const target = await audited.read(
      req,
      'assessment-target-read',
      { entityRef },
      async () => {
        const { entity } = await access.entityReader(req, entityRef);
        return options.targets.targetOf(entity);
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
}

/** The entity's draft: read, save and discard it (its updaters only). */
function registerDraftRoutes(
  router: ApiRouter,
  options: AssessmentRouteOptions,
) {
  const { drafts, access, audited } = options;
  const { model } = options.config;

  router.get(`${ENTITY}/draft`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const draft = await audited.read(
      req,
      'assessment-draft-read',
      { entityRef },
      async () => {
        const { id } = await access.entityUpdater(req, entityRef);
        return drafts.getDraft(id);
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
        const answers = checkAnswers(model, body.answers, false);
        const value = await drafts.saveDraft({
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
        const deleted = await drafts.deleteDraft(id, version);
        return { value: undefined, meta: { deleted: deleted ? 1 : 0 } };
      },
    );
    res.status(204).end();
  });
}
