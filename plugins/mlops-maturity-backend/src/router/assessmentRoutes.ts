import {
  EntityTargetResponse,
  PurgeAssessmentsResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Access } from '../service/access';
import { AssessmentService } from '../service/AssessmentService';
import { Audit } from '../service/audit';
import { VerificationService } from '../service/VerificationService';
import { parseOrThrow } from '../validation/inputErrors';
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

/** What the assessment routes need. */
export interface AssessmentRouteOptions {
  assessmentService: AssessmentService;
  verificationService: VerificationService;
  access: Access;
  audited: Audit;
}

const ENTITY = '/assessments/:kind/:namespace/:name';

/**
 * An entity's assessment: `GET`, `PUT` (submit) and `DELETE` (the admin
 * purge) on `/assessments/:kind/:namespace/:name`; its `target`, `history`
 * and `revisions/:revision`; and its `draft`. Each route reads the request,
 * audits the call and answers; the AssessmentService decides.
 */
export function registerAssessmentRoutes(
  router: ApiRouter,
  options: AssessmentRouteOptions,
) {
  registerCurrentRoutes(router, options);
  registerHistoryRoutes(router, options);
  registerDraftRoutes(router, options);
}

/** The current assessment: read it, submit a new revision, or purge it all. */
function registerCurrentRoutes(
  router: ApiRouter,
  { assessmentService: service, access, audited }: AssessmentRouteOptions,
) {
  router.get(ENTITY, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const current = await audited.read(
      req,
      'assessment-read',
      { entityRef },
      async () => service.current(await access.caller(req), entityRef),
    );
    // Not assessed yet is an expected state of a readable entity, not an
    // error: 204, so a browser does not log it as a failed request. An entity
    // the caller may not read is a 404 above.
    if (!current) {
      res.status(204).end();
      return;
    }
    res.json(current);
  });

  router.put(ENTITY, jsonBody(), async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const saved = await audited.write(
      req,
      'assessment-submit',
      { entityRef },
      async () => {
        const value = await service.submit(
          await access.user(req),
          entityRef,
          () => parseOrThrow(submitBody, req.body, 'body'),
        );
        const { revision, result } = value;
        return {
          value,
          meta: { revision, score: result.score, level: result.level },
        };
      },
    );
    res.json(saved);
  });

  router.delete(ENTITY, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { uid } = parsePurgeQuery(req.query);
    const purged: PurgeAssessmentsResponse = await audited.write(
      req,
      'assessment-purge',
      { entityRef, entityUid: uid ?? null },
      async () => {
        const { counts, hidden } = await service.purge(
          await access.caller(req),
          entityRef,
          uid,
        );
        return {
          value: { entityRef, ...(uid && { entityUid: uid }), ...counts },
          // The audit log, which the caller does not read, says why.
          meta: {
            ...counts,
            ...(hidden && { skipped: 'entity hidden from the caller' }),
          },
        };
      },
      'high',
    );
    res.json(purged);
  });
}

/** What the entity aims at, its verification, its history, and one past revision. */
function registerHistoryRoutes(
  router: ApiRouter,
  {
    assessmentService: service,
    verificationService,
    access,
    audited,
  }: AssessmentRouteOptions,
) {
  router.get(`${ENTITY}/target`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const target = await audited.read(
      req,
      'assessment-target-read',
      { entityRef },
      async () => service.target(await access.caller(req), entityRef),
    );
    const body: EntityTargetResponse = { target };
    res.json(body);
  });

  router.get(`${ENTITY}/verification`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const body = await audited.read(
      req,
      'assessment-verification-read',
      { entityRef },
      async () =>
        verificationService.verification(await access.caller(req), entityRef),
    );
    res.json(body);
  });

  router.get(`${ENTITY}/history`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const { limit } = parseHistoryQuery(req.query);
    const items = await audited.read(
      req,
      'assessment-history-read',
      { entityRef },
      async () => service.history(await access.caller(req), entityRef, limit),
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
      async () =>
        service.revision(await access.caller(req), entityRef, revision),
    );
    res.json(found);
  });
}

/** The entity's draft: read, save and discard it (its updaters only). */
function registerDraftRoutes(
  router: ApiRouter,
  { assessmentService: service, access, audited }: AssessmentRouteOptions,
) {
  router.get(`${ENTITY}/draft`, async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const draft = await audited.read(
      req,
      'assessment-draft-read',
      { entityRef },
      async () => service.draft(await access.user(req), entityRef),
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
        const value = await service.saveDraft(
          await access.user(req),
          entityRef,
          () => parseOrThrow(draftBody, req.body, 'body'),
        );
        return {
          value,
          meta: {
            answered: Object.keys(value.answers).length,
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
        const deleted = await service.deleteDraft(
          await access.user(req),
          entityRef,
          version,
        );
        return { value: undefined, meta: { deleted: deleted ? 1 : 0 } };
      },
    );
    res.status(204).end();
  });
}
