import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  AssessmentAnswers,
  AssessmentRevision,
  computeScore,
  CurrentAssessment,
  isMlServiceEntity,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import express, { NextFunction, Request, Response } from 'express';
import Router from 'express-promise-router';
import { MaturityPluginConfig } from '../config';
import { AssessmentStore } from '../database/AssessmentStore';
import { MlServiceStore } from '../database/MlServiceStore';
import { CatalogSync } from '../service/CatalogSync';
import { invalidInput, parseOrThrow } from './inputErrors';
import {
  answersBody,
  entityRefFromParams,
  modelParams,
  parseExportQuery,
  parseHistoryQuery,
  parseScorecardQuery,
  revisionParam,
} from './requestSchemas';
import { csvHeader, csvRows } from './scorecardCsv';

/** Request bodies above this size get 413; a full assessment is far smaller. */
export const BODY_LIMIT = '512kb';

/** What the router needs; built in plugin.ts. */
export interface RouterOptions {
  config: MaturityPluginConfig;
  assessments: AssessmentStore;
  mlServices: MlServiceStore;
  sync: CatalogSync;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  auditor: AuditorService;
  logger: LoggerService;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Turns body-parser failures into errors that say what was wrong with the body. */
function jsonBody() {
  const parse = express.json({ limit: BODY_LIMIT, strict: true });
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('application/json')) {
      next(
        new InputError(
          'body: the request body must be JSON (Content-Type: application/json)',
        ),
      );
      return;
    }
    parse(req, res, (error?: any) => {
      if (error?.type === 'entity.too.large') {
        next(
          Object.assign(
            new Error(
              `body: the request body is larger than the ${BODY_LIMIT} limit`,
            ),
            {
              name: 'PayloadTooLargeError',
              statusCode: 413,
            },
          ),
        );
      } else if (
        error?.type === 'charset.unsupported' ||
        error?.type === 'encoding.unsupported'
      ) {
        next(
          Object.assign(
            new Error(`body: ${error.message}; send UTF-8 encoded JSON`),
            { name: 'UnsupportedMediaTypeError', statusCode: 415 },
          ),
        );
      } else if (error?.type === 'entity.parse.failed') {
        next(
          new InputError(
            `body: the request body is not valid JSON (${error.message})`,
          ),
        );
      } else if (error) {
        next(new InputError(`body: ${error.message}`));
      } else {
        next();
      }
    });
  };
}

/** The plugin's HTTP API, described in openapi.yaml. */
export function createRouter(options: RouterOptions): express.Router {
  const {
    config,
    assessments,
    mlServices,
    sync,
    httpAuth,
    permissions,
    catalog,
    auditor,
    logger,
  } = options;
  const { model } = config;
  const router = Router();

  const staleBefore = () =>
    new Date(Date.now() - config.staleAfterDays * DAY_MS);

  async function authorizeRead(req: Request): Promise<BackstageCredentials> {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize(
      [{ permission: mlopsMaturityAssessmentReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You may not read MLOps maturity assessments');
    }
    return credentials;
  }

  async function catalogEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`Entity ${entityRef} is not in the catalog`);
    }
    return entity;
  }

  /** A signed-in user allowed to update this ML service's assessment. */
  async function authorizeUpdate(
    req: Request,
    entityRef: string,
  ): Promise<{
    credentials: BackstageCredentials<BackstageUserPrincipal>;
    entity: Entity;
  }> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const entity = await catalogEntity(entityRef, credentials);
    if (!isMlServiceEntity(entity, config.selection)) {
      throw new InputError(
        `path: ${entityRef} is not an ML service: it must be one of the kinds [${config.selection.kinds.join(
          ', ',
        )}] ` +
          `with spec.type one of [${config.selection.types.join(
            ', ',
          )}], or carry the annotation mlops.maturity/enabled: "true"`,
      );
    }
    const [decision] = await permissions.authorize(
      [
        {
          permission: mlopsMaturityAssessmentUpdatePermission,
          resourceRef: entityRef,
        },
      ],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      const owner =
        typeof entity.spec?.owner === 'string' ? ` (${entity.spec.owner})` : '';
      throw new NotAllowedError(
        `You may not update the maturity assessment of ${entityRef}; only its owners${owner} may`,
      );
    }
    return { credentials, entity };
  }

  /** Runs a write inside an audit event that records its outcome. */
  async function audited<T>(
    req: Request,
    eventId: string,
    meta: Record<string, string | number | null>,
    write: () => Promise<{
      value: T;
      meta?: Record<string, string | number | null>;
    }>,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const { value, meta: outcome } = await write();
      await event.success({ meta: outcome });
      return value;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  const withStaleness = (revision: AssessmentRevision): CurrentAssessment => ({
    ...revision,
    stale: new Date(revision.createdAt).getTime() < staleBefore().getTime(),
    staleAfterDays: config.staleAfterDays,
  });

  /** The answers of a PUT body, validated against the model. */
  function answersOf(body: unknown, requireComplete: boolean) {
    const parsed = parseOrThrow(answersBody, body, 'body');
    const issues = validateAnswers(model, parsed.answers, { requireComplete });
    if (issues.length > 0) throw invalidInput(issues);
    return {
      baseRevision: parsed.baseRevision,
      answers: parsed.answers as AssessmentAnswers,
    };
  }

  router.get('/model', async (req, res) => {
    await authorizeRead(req);
    res.json(model);
  });

  router.get('/models/:modelId/:version', async (req, res) => {
    await authorizeRead(req);
    const { modelId, version } = parseOrThrow(modelParams, req.params, 'path');
    const stored =
      modelId === model.id && version === model.version
        ? model
        : await assessments.getModel(modelId, version);
    if (!stored)
      throw new NotFoundError(`No maturity model ${modelId}@${version}`);
    res.json(stored);
  });

  const ENTITY = '/assessments/:kind/:namespace/:name';

  router.get(ENTITY, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const credentials = await authorizeRead(req);
    await catalogEntity(entityRef, credentials);
    const current = await assessments.getCurrent(entityRef);
    if (!current)
      throw new NotFoundError(`${entityRef} has no maturity assessment yet`);
    res.json(withStaleness(current));
  });

  router.put(ENTITY, jsonBody(), async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const saved = await audited(
      req,
      'assessment-submit',
      { entityRef },
      async () => {
        const { credentials, entity } = await authorizeUpdate(req, entityRef);
        const { baseRevision, answers } = answersOf(req.body, true);
        const revision = await assessments.submit({
          entityRef,
          baseRevision,
          model,
          answers,
          result: computeScore(model, answers),
          author: credentials.principal.userEntityRef,
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

  router.get(`${ENTITY}/history`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { limit } = parseHistoryQuery(req.query);
    const credentials = await authorizeRead(req);
    await catalogEntity(entityRef, credentials);
    res.json({ items: await assessments.listHistory(entityRef, limit) });
  });

  router.get(`${ENTITY}/revisions/:revision`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { revision } = parseOrThrow(revisionParam, req.params, 'path');
    const credentials = await authorizeRead(req);
    await catalogEntity(entityRef, credentials);
    const found = await assessments.getRevision(entityRef, revision);
    if (!found)
      throw new NotFoundError(`${entityRef} has no revision ${revision}`);
    res.json(found);
  });

  router.get(`${ENTITY}/draft`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    await authorizeUpdate(req, entityRef);
    const draft = await assessments.getDraft(entityRef);
    if (!draft) throw new NotFoundError(`${entityRef} has no draft assessment`);
    res.json(draft);
  });

  router.put(`${ENTITY}/draft`, jsonBody(), async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const draft = await audited(
      req,
      'assessment-draft-save',
      { entityRef },
      async () => {
        const { credentials } = await authorizeUpdate(req, entityRef);
        const { baseRevision, answers } = answersOf(req.body, false);
        const value = await assessments.saveDraft({
          entityRef,
          modelId: model.id,
          modelVersion: model.version,
          baseRevision,
          answers,
          author: credentials.principal.userEntityRef,
        });
        return { value, meta: { answered: Object.keys(answers).length } };
      },
    );
    res.json(draft);
  });

  router.delete(`${ENTITY}/draft`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    await audited(req, 'assessment-draft-delete', { entityRef }, async () => {
      await authorizeUpdate(req, entityRef);
      return {
        value: undefined,
        meta: { deleted: (await assessments.deleteDraft(entityRef)) ? 1 : 0 },
      };
    });
    res.status(204).end();
  });

  router.get('/scorecard', async (req, res) => {
    const query = parseScorecardQuery(req.query);
    await authorizeRead(req);
    res.json(await mlServices.queryScorecard(query, staleBefore()));
  });

  router.get('/scorecard/export', async (req, res) => {
    const query = parseExportQuery(req.query);
    await authorizeRead(req);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="mlops-maturity-scorecard.csv"',
    );
    res.write(csvHeader());
    for await (const rows of mlServices.streamScorecard(query, staleBefore())) {
      res.write(csvRows(rows, model));
    }
    res.end();
  });

  return router;
}
