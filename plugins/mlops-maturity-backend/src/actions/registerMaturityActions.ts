import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ActionsRegistryActionOptions,
  ActionsRegistryService,
} from '@backstage/backend-plugin-api/alpha';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  AssessmentAnswers,
  computeScore,
  EvidenceSignal,
  evidenceBacking,
  MaturityModel,
  MaturityTarget,
  SCORECARD_ORDER_FIELDS,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { z } from 'zod';
import { AssessmentStore } from '../database/AssessmentStore';
import { ScorecardQueryStore } from '../database/ScorecardQueryStore';
import { Access } from '../service/access';
import { Audit } from '../service/audit';
import { invalidInput, parseOrThrow } from '../validation/inputErrors';
import {
  entityRefFromParams,
  MAX_INTEGER,
  parseScorecardQuery,
} from '../validation/requestSchemas';
import * as staleness from '../service/staleness';
import { maturityViews } from './maturityViews';

/** What the actions need; built in plugin.ts beside the router. */
export interface MaturityActionsOptions {
  actionsRegistry: ActionsRegistryService;
  model: MaturityModel;
  staleAfterDays: number;
  /** The app's base URL, for links to an entity's Maturity tab; empty for links relative to the app. */
  appBaseUrl: string;
  assessments: AssessmentStore;
  scorecard: ScorecardQueryStore;
  /** The target of `mlopsMaturity.targets` that applies to an entity. */
  targetOf: (entity: Entity) => Promise<MaturityTarget | null>;
  /** The entity's evidence signals now (the evidence providers'), as the caller may see them. */
  signalsOf: (
    entity: Entity,
    credentials: BackstageCredentials,
  ) => Promise<EvidenceSignal[]>;
  access: Access;
  audit: Audit;
}

/** The largest page an action lists: enough to act on, small enough for a model's context. */
export const ACTION_PAGE_LIMIT = 100;

const ENTITY_REF_HELP =
  'The ML service, as an entity ref like "component:default/churn-model" (kind and namespace may be left out: "churn-model" means component:default/churn-model).';

/**
 * The zod the registry hands each schema callback: backend-plugin-api's own
 * copy, whose types differ from this package's zod.
 */
type ZodV3 = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

const levelNumber = (zod: ZodV3) => zod.number().nullable();
const levelName = (zod: ZodV3) => zod.string().nullable();

const resultSchema = (zod: ZodV3) =>
  zod.object({
    complete: zod.boolean(),
    score: zod.number().nullable(),
    level: levelNumber(zod),
    levelName: levelName(zod),
    gatedLevel: levelNumber(zod),
    gatedLevelName: levelName(zod),
    weakestDimension: zod
      .object({
        id: zod.string(),
        name: zod.string(),
        average: zod.number().nullable(),
      })
      .nullable(),
    dimensions: zod.array(
      zod.object({
        id: zod.string(),
        name: zod.string(),
        weight: zod.number(),
        average: zod.number().nullable(),
        level: levelNumber(zod),
      }),
    ),
    unansweredQuestionIds: zod.array(zod.string()),
  });

/** One-level answer raises, the ones that add most to the score first. */
const answerRaisesSchema = (zod: ZodV3) =>
  zod.array(
    zod.object({
      questionId: zod.string(),
      title: zod.string(),
      from: zod.number(),
      to: zod.number(),
      toDescriptor: zod.string(),
    }),
  );

const nextStepsSchema = (zod: ZodV3) =>
  zod
    .object({
      targetLevel: zod.number(),
      targetLevelName: levelName(zod),
      goal: zod.string().nullable(),
      duration: zod.string().nullable(),
      fewestAnswerRaises: zod.number(),
      answerRaises: answerRaisesSchema(zod),
      startWith: zod
        .object({
          phase: zod.string(),
          timeframe: zod.string(),
          initiatives: zod.array(
            zod.object({
              name: zod.string(),
              dimension: zod.string(),
              tools: zod.string().nullable(),
              successCriteria: zod.string().nullable(),
            }),
          ),
        })
        .nullable(),
      questionsBelowNextLevel: zod.array(
        zod.object({
          questionId: zod.string(),
          title: zod.string(),
          dimension: zod.string(),
          currentLevel: zod.number(),
          nextLevelDescriptor: zod.string(),
        }),
      ),
    })
    .nullable();

const revisionSummarySchema = (zod: ZodV3) =>
  zod.object({
    revision: zod.number(),
    assessedAt: zod.string(),
    assessedBy: zod.string(),
    score: zod.number().nullable(),
    level: levelNumber(zod),
    levelName: levelName(zod),
    gatedLevel: levelNumber(zod),
  });

const answerStateSchema = (zod: ZodV3) =>
  zod.object({ level: levelNumber(zod), notApplicable: zod.boolean() });

/** A number that must be a whole number in range, checked with the field named. */
const wholeNumber = (field: string, min: number, max: number) =>
  z
    .number({ invalid_type_error: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .min(min, `${field} must be ${min} or more`)
    .max(max, `${field} must be at most ${max}`);

/**
 * Registers the plugin's actions with the actions registry, so that the MCP
 * actions backend (or any actions client) offers them to AI assistants. Each
 * action runs with the caller's own credentials through the same access
 * checks, validation and error messages as the HTTP API: nothing about an
 * entity the caller may not read, and a draft only where the caller may edit.
 * No action submits: only people submit.
 */
export function registerMaturityActions(options: MaturityActionsOptions) {
  const { actionsRegistry, model, assessments, scorecard, access, audit } =
    options;
  const views = maturityViews(model);
  const staleBefore = () =>
    staleness.staleBefore(new Date(), options.staleAfterDays);

  /** The entity ref an action names, validated as the API validates a path. */
  function entityRefInput(value: string, field = 'entityRef'): string {
    let parsed;
    try {
      parsed = parseEntityRef(value, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      });
    } catch {
      throw new InputError(
        `${field}: "${value}" is not an entity ref like component:default/name`,
      );
    }
    return entityRefFromParams(parsed, field);
  }

  const maturityTabUrl = (entityRef: string) => {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    return `${options.appBaseUrl}/catalog/${encodeURIComponent(
      namespace,
    )}/${encodeURIComponent(kind)}/${encodeURIComponent(name)}/maturity`;
  };

  const origin = (credentials: BackstageCredentials) => ({
    action: credentials,
  });

  actionsRegistry.register({
    name: 'get-maturity-model',
    title: 'Get the MLOps maturity model',
    description: `The MLOps maturity model this Backstage uses to assess ML services: its five levels (0 to 4) with what each means, its weighted dimensions, and its questions, each with one descriptor per level saying what that level looks like. Call it to explain a level or a question, or before saving a draft, to choose the level whose descriptor matches what a team does.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: zod => zod.object({}),
      output: zod =>
        zod.object({
          id: zod.string(),
          version: zod.string(),
          name: zod.string(),
          levels: zod.array(
            zod.object({
              level: zod.number(),
              name: zod.string(),
              summary: zod.string(),
              keyCharacteristic: zod.string(),
            }),
          ),
          dimensions: zod.array(
            zod.object({
              id: zod.string(),
              name: zod.string(),
              weight: zod.number(),
              description: zod.string().optional(),
            }),
          ),
          questions: zod.array(
            zod.object({
              id: zod.string(),
              dimensionId: zod.string(),
              title: zod.string(),
              prompt: zod.string(),
              descriptors: zod.array(
                zod.object({ level: zod.number(), text: zod.string() }),
              ),
            }),
          ),
        }),
    },
    async action({ credentials }) {
      await access.forCredentials.modelReader(credentials);
      return { output: views.model() };
    },
  });

  actionsRegistry.register({
    name: 'get-entity-maturity',
    title: "Get an ML service's maturity and next steps",
    description: `The current MLOps maturity assessment of one ML service: its level (0-4) and name, weighted score, gated level (the highest level every dimension reaches), weakest dimension and per-dimension averages, whether it is stale, and what to do next to reach the next level: the roadmap phase to start with and its initiatives, the fewest answer raises that would lift the score into the next level, and the questions answered below it. Where the organisation set a maturity target for the service, also the target level, whether it is met, how many levels it is below, and the fewest answer raises that would reach it. Evidence: which answers are evidence-backed (a signal from the catalog or the team's tools, or an evidence link) and which only self-reported, the backed share, answers that claim more than the evidence shows, and suggestions where evidence shows a higher level than answered (or a level for an unanswered question), each with its source and link, for the owners to accept in the Maturity tab (evidence from a catalog entity the caller may not read says "Backed by a catalog entity you cannot see" and has no link). A service nobody has assessed yet answers assessed=false. Fails with NotFoundError for an entity the caller may not see.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    examples: [
      {
        title: 'A service by its full ref',
        input: { entityRef: 'component:default/churn-model' },
      },
    ],
    schema: {
      input: zod =>
        zod.object({ entityRef: zod.string().describe(ENTITY_REF_HELP) }),
      output: zod =>
        zod.object({
          entityRef: zod.string(),
          title: zod.string().nullable(),
          owner: zod.string().nullable(),
          maturityTabUrl: zod.string(),
          assessed: zod.boolean(),
          revision: zod.number().nullable(),
          assessedAt: zod.string().nullable(),
          assessedBy: zod.string().nullable(),
          stale: zod.boolean().nullable(),
          staleAfterDays: zod.number(),
          result: resultSchema(zod).nullable(),
          nextSteps: nextStepsSchema(zod),
          target: zod
            .object({
              level: zod.number(),
              levelName: levelName(zod),
              title: zod.string().nullable(),
              met: zod.boolean(),
              levelsBelow: zod.number(),
              fewestAnswerRaises: zod.number().nullable(),
              answerRaises: answerRaisesSchema(zod),
            })
            .nullable(),
          evidence: zod.object({
            backedShare: zod.number().nullable(),
            backedCount: zod.number(),
            answeredCount: zod.number(),
            selfReported: zod.array(
              zod.object({
                questionId: zod.string(),
                title: zod.string(),
                level: zod.number(),
              }),
            ),
            aboveEvidence: zod.array(
              zod.object({
                questionId: zod.string(),
                title: zod.string(),
                level: zod.number(),
                evidenceLevel: zod.number(),
              }),
            ),
            suggestions: zod.array(
              zod.object({
                questionId: zod.string(),
                title: zod.string(),
                answeredLevel: zod.number().nullable(),
                level: zod.number(),
                levelDescriptor: zod.string(),
                evidence: zod.string(),
                url: zod.string().nullable(),
                source: zod.string(),
              }),
            ),
          }),
        }),
    },
    async action({ input, credentials }) {
      const entityRef = entityRefInput(input.entityRef);
      return audit.read(
        origin(credentials),
        'assessment-read',
        { entityRef },
        async () => {
          const { entity, id } = await access.forCredentials.entityReader(
            credentials,
            entityRef,
          );
          const [current, target, signals] = await Promise.all([
            assessments.getCurrent(id),
            options.targetOf(entity),
            options.signalsOf(entity, credentials),
          ]);
          const owner = entity.spec?.owner;
          return {
            output: {
              entityRef,
              title: entity.metadata.title ?? null,
              owner: typeof owner === 'string' ? owner : null,
              maturityTabUrl: maturityTabUrl(entityRef),
              assessed: current !== undefined,
              revision: current?.revision ?? null,
              assessedAt: current?.createdAt ?? null,
              assessedBy: current?.author ?? null,
              stale: current
                ? staleness.isStale(current.createdAt, staleBefore())
                : null,
              staleAfterDays: options.staleAfterDays,
              result: current ? views.result(current.result) : null,
              nextSteps: current ? views.nextSteps(current.result) : null,
              target: target
                ? views.target(target, current?.result ?? null)
                : null,
              evidence: views.evidence(
                evidenceBacking(model, current?.answers ?? {}, signals),
              ),
            },
          };
        },
      );
    },
  });

  actionsRegistry.register({
    name: 'list-ml-services',
    title: 'List ML services from the maturity scorecard',
    description: `Lists the ML services of the org-wide MLOps maturity scorecard that the caller may see, with each one's level, score, gated level, weakest dimension, how many one-level answer raises it is from the next level, whether its assessment is stale, its maturity target (the minimum level the organisation set for it) and whether it meets it, and its evidence-backed share (the share of its answers that evidence supports rather than only its owners' word; null until measured) and on how many questions evidence shows a higher level than answered. Filters match the scorecard's: owner, system and domain refs, lifecycle (e.g. "production"), level (0-4; e.g. [0, 1] for "below Level 2"), assessed, stale, belowTarget, evidenceShareMin and evidenceShareMax (0-1, inclusive), evidenceSuggestsHigher, and a text search q. Sorted by orderBy (${SCORECARD_ORDER_FIELDS.join(
      ', ',
    )}; default score) and order (asc or desc). Pages of at most ${ACTION_PAGE_LIMIT}: use offset and hasMore to read on. totalCount counts every match. For what one service should do next, call get-entity-maturity with its entityRef.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    examples: [
      {
        title: 'Production ML services below Level 2, lowest score first',
        input: {
          lifecycle: ['production'],
          level: [0, 1],
          orderBy: 'score',
          order: 'asc',
        },
      },
    ],
    schema: {
      input: zod =>
        zod.object({
          q: zod
            .string()
            .optional()
            .describe('Text matched against name, title and owner'),
          owner: zod
            .array(zod.string())
            .optional()
            .describe('Owner refs, e.g. group:default/team-ml; any of them'),
          system: zod.array(zod.string()).optional().describe('System refs'),
          domain: zod.array(zod.string()).optional().describe('Domain refs'),
          lifecycle: zod
            .array(zod.string())
            .optional()
            .describe('spec.lifecycle values, e.g. production, experimental'),
          level: zod
            .array(zod.number())
            .optional()
            .describe('Levels 0-4 to include'),
          assessed: zod
            .boolean()
            .optional()
            .describe(
              'Only services that have (true) or lack (false) an assessment',
            ),
          stale: zod
            .boolean()
            .optional()
            .describe(
              'Only services whose assessment is (true) or is not (false) stale',
            ),
          belowTarget: zod
            .boolean()
            .optional()
            .describe(
              'true: only services below their maturity target (or not assessed while one applies); false: only those that meet it or have none',
            ),
          evidenceShareMin: zod
            .number()
            .optional()
            .describe(
              'Only services whose evidence-backed share is at least this (0-1)',
            ),
          evidenceShareMax: zod
            .number()
            .optional()
            .describe(
              'Only services whose evidence-backed share is at most this (0-1), e.g. 0.5 for "mostly self-reported"',
            ),
          evidenceSuggestsHigher: zod
            .boolean()
            .optional()
            .describe(
              'true: only services where evidence shows a higher level than answered on at least one question',
            ),
          orderBy: zod
            .string()
            .optional()
            .describe(`One of ${SCORECARD_ORDER_FIELDS.join(', ')}`),
          order: zod.string().optional().describe('asc or desc'),
          limit: zod
            .number()
            .optional()
            .describe(`Page size, 1 to ${ACTION_PAGE_LIMIT}; default 20`),
          offset: zod.number().optional().describe('Rows to skip; default 0'),
        }),
      output: zod =>
        zod.object({
          totalCount: zod.number(),
          offset: zod.number(),
          limit: zod.number(),
          hasMore: zod.boolean(),
          items: zod.array(
            zod.object({
              entityRef: zod.string(),
              title: zod.string().nullable(),
              owner: zod.string().nullable(),
              system: zod.string().nullable(),
              lifecycle: zod.string().nullable(),
              assessed: zod.boolean(),
              level: levelNumber(zod),
              levelName: levelName(zod),
              score: zod.number().nullable(),
              gatedLevel: levelNumber(zod),
              weakestDimension: zod.string().nullable(),
              raisesToNextLevel: zod.number().nullable(),
              assessedAt: zod.string().nullable(),
              stale: zod.boolean(),
              targetLevel: levelNumber(zod),
              targetMet: zod.boolean().nullable(),
              evidenceShare: zod.number().nullable(),
              evidenceSuggestsHigherCount: zod.number().nullable(),
            }),
          ),
        }),
    },
    async action({ input, credentials }) {
      // The API's own query parser, fed the strings a query string carries:
      // the same rules and messages, with the fields named as the input's.
      const strings = (values?: Array<string | number>) => values?.map(String);
      const flag = (value?: boolean | number) =>
        value === undefined ? undefined : String(value);
      const query = parseScorecardQuery(
        Object.fromEntries(
          Object.entries({
            q: input.q,
            owner: input.owner,
            system: input.system,
            domain: input.domain,
            lifecycle: input.lifecycle,
            level: strings(input.level),
            assessed: flag(input.assessed),
            stale: flag(input.stale),
            belowTarget: flag(input.belowTarget),
            evidenceShareMin: flag(input.evidenceShareMin),
            evidenceShareMax: flag(input.evidenceShareMax),
            evidenceSuggestsHigher: flag(input.evidenceSuggestsHigher),
            orderBy: input.orderBy,
            order: input.order,
            limit: input.limit === undefined ? '20' : String(input.limit),
            offset:
              input.offset === undefined ? undefined : String(input.offset),
          }).filter(([, value]) => value !== undefined),
        ),
        'input',
      );
      if (query.limit > ACTION_PAGE_LIMIT) {
        throw new InputError(
          `input.limit: limit must be at most ${ACTION_PAGE_LIMIT} in an action`,
        );
      }
      return audit.read(origin(credentials), 'scorecard-read', {}, async () => {
        const { visibility } = await access.forCredentials.scorecardViewer(
          credentials,
        );
        const { limit, offset, orderBy: _o, order: _d, ...filters } = query;
        const [page, summary] = await Promise.all([
          scorecard.queryScorecardPage(query, staleBefore(), visibility),
          scorecard.queryScorecardSummary(filters, staleBefore(), visibility),
        ]);
        return {
          output: {
            totalCount: summary.totalCount,
            offset,
            limit,
            hasMore: page.hasMore,
            items: page.items.map(views.scorecardRow),
          },
        };
      });
    },
  });

  actionsRegistry.register({
    name: 'compare-assessment-revisions',
    title: "Compare two of an ML service's assessments",
    description: `What changed between two submitted assessments (revisions) of one ML service: score and level before and after, each dimension's average before and after, and every answer that changed (a level 0-4, or notApplicable). Revisions are numbered 1, 2, 3... in submission order; leave toRevision out to compare with the current assessment. Fails with NotFoundError for an entity the caller may not see or a revision it does not have.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    examples: [
      {
        title: 'The first assessment against the current one',
        input: { entityRef: 'component:default/churn-model', fromRevision: 1 },
      },
    ],
    schema: {
      input: zod =>
        zod.object({
          entityRef: zod.string().describe(ENTITY_REF_HELP),
          fromRevision: zod.number().describe('The earlier revision number'),
          toRevision: zod
            .number()
            .optional()
            .describe('The later revision number; default the current one'),
        }),
      output: zod =>
        zod.object({
          entityRef: zod.string(),
          from: revisionSummarySchema(zod),
          to: revisionSummarySchema(zod),
          scoreChange: zod.number().nullable(),
          levelChange: zod.number().nullable(),
          changedAnswers: zod.array(
            zod.object({
              questionId: zod.string(),
              title: zod.string(),
              from: answerStateSchema(zod),
              to: answerStateSchema(zod),
            }),
          ),
          dimensions: zod.array(
            zod.object({
              id: zod.string(),
              name: zod.string(),
              from: zod.number().nullable(),
              to: zod.number().nullable(),
              change: zod.number().nullable(),
            }),
          ),
        }),
    },
    async action({ input, credentials }) {
      const entityRef = entityRefInput(input.entityRef);
      const { fromRevision, toRevision } = parseOrThrow(
        z.object({
          fromRevision: wholeNumber('fromRevision', 1, MAX_INTEGER),
          toRevision: wholeNumber('toRevision', 1, MAX_INTEGER).optional(),
        }),
        { fromRevision: input.fromRevision, toRevision: input.toRevision },
        'input',
      );
      return audit.read(
        origin(credentials),
        'assessment-revision-read',
        { entityRef, revision: fromRevision },
        async () => {
          const { id } = await access.forCredentials.entityReader(
            credentials,
            entityRef,
          );
          const revision = async (n: number | undefined) => {
            const found =
              n === undefined
                ? await assessments.getCurrent(id)
                : await assessments.getRevision(id, n);
            if (!found) {
              throw new NotFoundError(
                n === undefined
                  ? `${entityRef} has not been assessed`
                  : `${entityRef} has no revision ${n}`,
              );
            }
            return found;
          };
          const [from, to] = await Promise.all([
            revision(fromRevision),
            revision(toRevision),
          ]);
          return {
            output: {
              entityRef,
              from: views.revisionSummary(from),
              to: views.revisionSummary(to),
              ...views.comparison(from, to),
            },
          };
        },
      );
    },
  });

  actionsRegistry.register({
    name: 'save-assessment-draft',
    title: "Save answers to an ML service's assessment draft",
    description: `Saves answers into the caller's draft of an ML service's MLOps maturity assessment, for its owners to review and submit in the service's Maturity tab; it never submits (only people submit), so the scorecard does not change. The answers given replace those to the same questions in the current draft (or, with no draft, in the current assessment); other answers are kept. Each answer is {"level": 0-4} picking the question's descriptor for that level (see get-maturity-model), or {"notApplicable": true, "reason": "..."}; either may carry "note" and "evidence": [{"title", "url"}]. Only the service's owners may save: a caller who may not edit it gets NotAllowedError, as in the UI. Returns the draft's version and the level the draft would have if submitted.`,
    attributes: { readOnly: false, idempotent: true, destructive: false },
    examples: [
      {
        title: 'Record that deployments are automated with a pipeline',
        input: {
          entityRef: 'component:default/churn-model',
          answers: {
            'deployment-process': {
              level: 2,
              note: 'Deployed by the GitHub Actions release workflow',
            },
          },
        },
      },
    ],
    schema: {
      input: zod =>
        zod.object({
          entityRef: zod.string().describe(ENTITY_REF_HELP),
          answers: zod
            .record(zod.string(), zod.unknown())
            .describe(
              'Answers by question id: {"level": 0-4, "note"?, "evidence"?} or {"notApplicable": true, "reason": "...", "note"?, "evidence"?}',
            ),
        }),
      output: zod =>
        zod.object({
          entityRef: zod.string(),
          draftVersion: zod.number(),
          baseRevision: zod.number().nullable(),
          submitted: zod.literal(false),
          answeredCount: zod.number(),
          questionCount: zod.number(),
          ifSubmitted: resultSchema(zod),
          reviewUrl: zod.string(),
        }),
    },
    async action({ input, credentials }) {
      const entityRef = entityRefInput(input.entityRef);
      // The answers given are checked on their own first, so every message
      // names a field the caller sent.
      const issues = validateAnswers(model, input.answers, {
        requireComplete: false,
      });
      if (issues.length > 0) throw invalidInput(issues);
      const given = input.answers as AssessmentAnswers;
      return audit.write(
        origin(credentials),
        'assessment-draft-save',
        { entityRef },
        async () => {
          const { credentials: user, id } =
            await access.forCredentials.entityUpdater(credentials, entityRef);
          const [draft, current] = await Promise.all([
            assessments.getDraft(id),
            assessments.getCurrent(id),
          ]);
          const known = new Set(model.questions.map(q => q.id));
          const kept = Object.fromEntries(
            Object.entries(draft?.answers ?? current?.answers ?? {}).filter(
              ([questionId]) => known.has(questionId),
            ),
          );
          const answers = { ...kept, ...given };
          const saved = await assessments.saveDraft({
            ...id,
            draftVersion: draft?.version ?? null,
            modelId: model.id,
            modelVersion: model.version,
            baseRevision: draft
              ? draft.baseRevision
              : current?.revision ?? null,
            answers,
            author: user.principal.userEntityRef,
          });
          const result = computeScore(model, answers);
          return {
            value: {
              output: {
                entityRef,
                draftVersion: saved.version,
                baseRevision: saved.baseRevision,
                submitted: false as const,
                answeredCount: result.completeness.answered,
                questionCount: result.completeness.total,
                ifSubmitted: views.result(result),
                reviewUrl: maturityTabUrl(entityRef),
              },
            },
            meta: {
              answered: Object.keys(given).length,
              version: saved.version,
            },
          };
        },
      );
    },
  });
}
