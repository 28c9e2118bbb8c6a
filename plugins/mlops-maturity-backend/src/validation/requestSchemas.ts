import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CAMPAIGN_SCOPE_FIELDS,
  CAMPAIGN_SCOPE_REF_KINDS,
  CampaignScopeField,
  campaignTextProblems,
  MATURITY_LEVELS,
  SCORECARD_FILTER_FIELDS,
  SCORECARD_FILTER_PARAMS,
  SCORECARD_ORDER_FIELDS,
  SCORECARD_PAGING,
  SCORECARD_SHARE_PATTERN,
  ScorecardFilterField,
  scorecardQueryProblems,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { z } from 'zod';
import {
  ResolvedScorecardQuery,
  ScorecardFilters,
} from '../database/scorecardTypes';
import { parseOrThrow } from './inputErrors';

/** The largest integer every supported database stores in an integer column. */
export const MAX_INTEGER = 2_147_483_647;

// The catalog's own rules for kinds, namespaces and names.
const KIND = /^[a-zA-Z][a-zA-Z0-9]*$/;
const NAME = /^[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$/;

/** Printable text: PostgreSQL cannot store U+0000 and no filter needs control characters. */
const printable = (schema: z.ZodString, what: string) =>
  schema.regex(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /^[^\u0000-\u001F\u007F]*$/,
    `${what} must not contain control characters`,
  );

const segment = (what: string, pattern: RegExp) =>
  z
    .string()
    .max(63, `${what} must be at most 63 characters`)
    .regex(pattern, `${what} must match ${pattern.source}`);

const entityParams = z
  .object({
    kind: segment('kind', KIND),
    namespace: segment('namespace', NAME),
    name: segment('name', NAME),
  })
  .passthrough();

/**
 * The lowercased entity ref named by `/:kind/:namespace/:name`; `prefix`
 * names where the parts came from in error messages.
 */
export function entityRefFromParams(params: unknown, prefix = 'path'): string {
  const { kind, namespace, name } = parseOrThrow(entityParams, params, prefix);
  return stringifyEntityRef({ kind, namespace, name }).toLocaleLowerCase(
    'en-US',
  );
}

export const revisionParam = z
  .object({
    revision: z.coerce
      .number({ invalid_type_error: 'revision must be a number' })
      .int('revision must be a whole number')
      .min(1, 'revision must be 1 or more')
      .max(MAX_INTEGER, `revision must be at most ${MAX_INTEGER}`),
  })
  .passthrough();

export const modelParams = z
  .object({
    modelId: printable(z.string().min(1).max(255), 'modelId'),
    version: printable(z.string().min(1).max(255), 'version'),
  })
  .passthrough();

/** A positive whole number that fits an integer column, or null. */
const version = (name: string, required: string) =>
  z
    .number({
      required_error: `${name} is required: ${required}`,
      invalid_type_error: `${name} must be a whole number or null`,
    })
    .int(`${name} must be a whole number or null`)
    .min(1, `${name} must be 1 or more, or null`)
    .max(MAX_INTEGER, `${name} must be at most ${MAX_INTEGER}`);

const baseRevision = version(
  'baseRevision',
  'the revision the edit started from, or null for the first assessment',
).nullable();

const answers = z.unknown().refine(v => v !== undefined, 'answers is required');

const objectBody = (shape: z.ZodRawShape, names: string) =>
  z
    .object(shape, {
      invalid_type_error: `the request body must be a JSON object { ${names} }`,
    })
    .strict();

/** `PUT` body of an assessment; answers are checked by the model afterwards. */
export const submitBody = objectBody(
  {
    baseRevision,
    answers,
    draftVersion: version(
      'draftVersion',
      'the draft version the submission was made from',
    ).optional(),
  },
  'baseRevision, answers, draftVersion?',
);

/** `PUT` body of a draft; answers are checked by the model afterwards. */
export const draftBody = objectBody(
  {
    draftVersion: version(
      'draftVersion',
      'the draft version the edit started from, or null to create the draft',
    ).nullable(),
    baseRevision,
    answers,
  },
  'draftVersion, baseRevision, answers',
);

/** Query parameters arrive as a string, a list of strings, or (from qs) an object. */
function queryValues(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map(v => {
    if (typeof v !== 'string') {
      throw new TypeError(
        `${key} must be a plain value, got ${JSON.stringify(v)}`,
      );
    }
    return v;
  });
}

const single = (key: string) =>
  z.preprocess(
    v => (Array.isArray(v) && v.length === 1 ? v[0] : v),
    z.string({ invalid_type_error: `${key} may be given once` }).optional(),
  );

const list = (key: string, item: z.ZodTypeAny) =>
  z.preprocess(v => {
    try {
      return queryValues(v, key);
    } catch (e) {
      return e;
    }
  }, z.array(item, { invalid_type_error: `${key} must be a plain value or a list of them` }).max(100, `${key} may be given at most 100 times`));

/** A full or shorthand entity ref whose parts follow the catalog's rules, lowercased. */
function normalizeRef(value: string, defaultKind: string): string | undefined {
  try {
    const ref = parseEntityRef(value, {
      defaultKind,
      defaultNamespace: 'default',
    });
    const valid =
      KIND.test(ref.kind) && NAME.test(ref.namespace) && NAME.test(ref.name);
    return valid
      ? stringifyEntityRef(ref).toLocaleLowerCase('en-US')
      : undefined;
  } catch {
    return undefined;
  }
}

const refFilter = (key: string, defaultKind: string) =>
  list(
    key,
    z
      .string()
      .max(255)
      .transform((value, ctx) => {
        const ref = normalizeRef(value, defaultKind);
        if (ref === undefined) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            message: `${key} "${value}" is not an entity ref like ${defaultKind}:default/name`,
          });
          return z.NEVER;
        }
        return ref;
      }),
  );

const bool = (key: string) =>
  single(key)
    .pipe(
      z
        .enum(['true', 'false'], {
          errorMap: () => ({ message: `${key} must be true or false` }),
        })
        .optional(),
    )
    .transform(v => (v === undefined ? undefined : v === 'true'));

const int = (key: string, min: number, max: number) =>
  single(key).pipe(
    z
      .string()
      .regex(/^\d+$/, `${key} must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(min, `${key} must be at least ${min}`)
          .max(max, `${key} must be at most ${max}`),
      )
      .optional(),
  );

/** A share in [0, 1], written as a decimal (`0.5`, `1`, `.75`). */
const share = (key: string) =>
  single(key).pipe(
    z
      .string()
      .regex(
        SCORECARD_SHARE_PATTERN,
        `${key} must be a number from 0 to 1, like 0.5`,
      )
      .transform(Number)
      .optional(),
  );

const LEVELS = MATURITY_LEVELS.map(String) as [string, ...string[]];

/** The schema of one scorecard filter, by how the common codec writes it. */
function filterSchema(field: ScorecardFilterField): z.ZodTypeAny {
  const param = SCORECARD_FILTER_PARAMS[field];
  switch (param.kind) {
    case 'refs':
      return refFilter(field, param.defaultKind);
    case 'texts':
      return list(field, printable(z.string().min(1).max(255), field));
    case 'levels':
      return list(
        field,
        z
          .enum(LEVELS, {
            errorMap: () => ({
              message: `${field} must be one of ${LEVELS.join(', ')}`,
            }),
          })
          .transform(Number),
      );
    case 'campaignId':
      return single(field).pipe(
        z
          .string()
          .uuid(`${field} must be the id of a campaign (a UUID)`)
          .optional(),
      );
    case 'boolean':
      return bool(field);
    case 'share':
      return share(field);
    case 'text':
      return single(field).pipe(
        printable(
          z
            .string()
            .max(
              param.maxLength,
              `${field} must be at most ${param.maxLength} characters`,
            ),
          field,
        ).optional(),
      );
    default:
      throw new Error(`No schema for the scorecard filter ${field}`);
  }
}

const filterShape = {
  ...(Object.fromEntries(
    SCORECARD_FILTER_FIELDS.map(field => [field, filterSchema(field)]),
  ) as Record<ScorecardFilterField, z.ZodTypeAny>),
  orderBy: single('orderBy').pipe(
    z
      .enum(SCORECARD_ORDER_FIELDS, {
        errorMap: () => ({
          message: `orderBy must be one of ${SCORECARD_ORDER_FIELDS.join(
            ', ',
          )}`,
        }),
      })
      .optional(),
  ),
  order: single('order').pipe(
    z
      .enum(['asc', 'desc'], {
        errorMap: () => ({ message: 'order must be asc or desc' }),
      })
      .optional(),
  ),
};

/** An empty share range selects nothing: an error rather than an empty scorecard. */
const shareRange = <T extends z.ZodTypeAny>(schema: T) =>
  schema.refine(
    (q: { evidenceShareMin?: number; evidenceShareMax?: number }) =>
      !scorecardQueryProblems(q).some(p => p.code === 'aboveMax'),
    {
      message: 'evidenceShareMin must not be above evidenceShareMax',
      path: ['evidenceShareMin'],
    },
  );

const scorecardQuery = shareRange(
  z
    .object({
      ...filterShape,
      limit: int(
        'limit',
        SCORECARD_PAGING.limit.min,
        SCORECARD_PAGING.limit.max,
      ),
      offset: int(
        'offset',
        SCORECARD_PAGING.offset.min,
        SCORECARD_PAGING.offset.max,
      ),
    })
    .strict(),
);

const exportQuery = shareRange(z.object(filterShape).strict());

const { orderBy: _orderBy, order: _order, ...filtersOnly } = filterShape;
const summaryQuery = shareRange(z.object(filtersOnly).strict());

const ASCENDING_BY_DEFAULT = new Set(['name', 'owner']);

/**
 * A validated query whose campaign is still an id: the router resolves it to
 * the campaign's scope and goal (a `CampaignFilter`).
 */
export type Requested<T> = Omit<T, 'campaign'> & { campaignId?: string };

function resolve<
  T extends {
    orderBy?: ResolvedScorecardQuery['orderBy'];
    order?: 'asc' | 'desc';
    campaign?: string;
  },
>(query: T) {
  const { campaign, ...rest } = query;
  const orderBy = rest.orderBy ?? 'score';
  return {
    ...rest,
    ...(campaign !== undefined && { campaignId: campaign }),
    orderBy,
    order: rest.order ?? (ASCENDING_BY_DEFAULT.has(orderBy) ? 'asc' : 'desc'),
  };
}

/**
 * Validates `GET /scorecard` and `GET /scorecard/page`'s query; unknown
 * parameters are an error. `prefix` names where the query came from in error
 * messages.
 */
export function parseScorecardQuery(
  query: unknown,
  prefix = 'query',
): Requested<ResolvedScorecardQuery> {
  const parsed = parseOrThrow(scorecardQuery, query, prefix);
  return {
    ...resolve(parsed),
    limit: parsed.limit ?? 50,
    offset: parsed.offset ?? 0,
  } as Requested<ResolvedScorecardQuery>;
}

/** Validates `GET /scorecard/export`'s query: the scorecard's filters and sort, no paging. */
export function parseExportQuery(
  query: unknown,
): Requested<Omit<ResolvedScorecardQuery, 'limit' | 'offset'>> {
  return resolve(parseOrThrow(exportQuery, query, 'query')) as Requested<
    Omit<ResolvedScorecardQuery, 'limit' | 'offset'>
  >;
}

/** Validates `GET /scorecard/summary`'s query: the scorecard's filters, no sort or paging. */
export function parseSummaryQuery(
  query: unknown,
  prefix = 'query',
): Requested<ScorecardFilters> {
  const { campaign, ...rest } = parseOrThrow(summaryQuery, query, prefix);
  return {
    ...rest,
    ...(campaign !== undefined && { campaignId: campaign }),
  } as Requested<ScorecardFilters>;
}

/** Validates `GET .../history`'s query. */
export function parseHistoryQuery(query: unknown): { limit: number } {
  const parsed = parseOrThrow(
    z.object({ limit: int('limit', 1, 1000) }).strict(),
    query,
    'query',
  );
  return { limit: parsed.limit ?? 100 };
}

/** Validates `DELETE .../draft`'s query: the version to discard, if the client names one. */
export function parseDraftDeleteQuery(query: unknown): { version?: number } {
  return parseOrThrow(
    z.object({ version: int('version', 1, MAX_INTEGER) }).strict(),
    query,
    'query',
  );
}

/** Validates the admin purge's query: the one uid to purge, if not every entity that held the ref. */
export function parsePurgeQuery(query: unknown): { uid?: string } {
  return parseOrThrow(
    z
      .object({
        uid: single('uid').pipe(
          printable(z.string().min(1).max(255), 'uid').optional(),
        ),
      })
      .strict(),
    query,
    'query',
  );
}

const MAX_SCOPE_VALUES = 100;

const scopeText = (key: string) =>
  z
    .array(
      printable(
        z
          .string({ invalid_type_error: `${key} must be a list of strings` })
          .trim()
          .min(1, `${key} values must not be empty`)
          .max(255, `${key} values must be at most 255 characters`),
        key,
      ).transform(v => v.toLocaleLowerCase('en-US')),
      { invalid_type_error: `${key} must be a list of strings` },
    )
    .max(MAX_SCOPE_VALUES, `${key} may list at most ${MAX_SCOPE_VALUES} values`)
    .optional();

const scopeRefs = (key: string, defaultKind: string) =>
  z
    .array(
      z
        .string({ invalid_type_error: `${key} must be a list of entity refs` })
        .max(255)
        .transform((value, ctx) => {
          const ref = normalizeRef(value, defaultKind);
          if (ref === undefined) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              message: `"${value}" is not an entity ref like ${defaultKind}:default/name`,
            });
            return z.NEVER;
          }
          return ref;
        }),
      { invalid_type_error: `${key} must be a list of entity refs` },
    )
    .max(MAX_SCOPE_VALUES, `${key} may list at most ${MAX_SCOPE_VALUES} values`)
    .optional();

const scopeField = (field: CampaignScopeField) => {
  const kind: string | undefined =
    CAMPAIGN_SCOPE_REF_KINDS[field as keyof typeof CAMPAIGN_SCOPE_REF_KINDS];
  return kind === undefined ? scopeText(field) : scopeRefs(field, kind);
};

const campaignScope = z
  .object(
    Object.fromEntries(
      CAMPAIGN_SCOPE_FIELDS.map(field => [field, scopeField(field)]),
    ) as Record<CampaignScopeField, ReturnType<typeof scopeField>>,
    {
      invalid_type_error: `scope must be an object with lists ${CAMPAIGN_SCOPE_FIELDS.join(
        ', ',
      )}`,
    },
  )
  .strict()
  // An empty list is no filter on that field: leave it out.
  .transform(scope =>
    Object.fromEntries(
      Object.entries(scope).filter(([, values]) => values && values.length > 0),
    ),
  );

const campaignGoal = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('level'),
        level: z
          .number({
            required_error: 'level is required for a level goal: 1 to 4',
            invalid_type_error: 'level must be a whole number from 1 to 4',
          })
          .int('level must be a whole number from 1 to 4')
          .min(1, 'level must be a whole number from 1 to 4')
          .max(4, 'level must be a whole number from 1 to 4'),
      })
      .strict(),
    z.object({ kind: z.literal('reassess') }).strict(),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === z.ZodIssueCode.invalid_union_discriminator
        ? { message: 'kind must be level or reassess' }
        : { message: ctx.defaultError },
  },
);

const instant = (key: string) =>
  z
    .string({
      invalid_type_error: `${key} must be an ISO 8601 date and time, e.g. 2027-06-30T17:00:00Z`,
    })
    .datetime({
      offset: true,
      message: `${key} must be an ISO 8601 date and time, e.g. 2027-06-30T17:00:00Z`,
    })
    .transform(value => new Date(value));

/** The common rules' problems with a title or description, worded as zod issues. */
const textRules =
  (field: 'title' | 'description') => (value: string, ctx: z.RefinementCtx) => {
    for (const problem of campaignTextProblems({ [field]: value })) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message:
          problem.code === 'tooLong'
            ? `${field} must be at most ${problem.max} characters`
            : `${field} must not be empty`,
      });
    }
  };

const campaignFields = {
  // Checked in the order they always were: length, then what it holds.
  title: z
    .string({
      required_error: 'title is required',
      invalid_type_error: 'title must be a string',
    })
    .trim()
    .superRefine(textRules('title'))
    .refine(
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      v => /^[^\u0000-\u001F\u007F]*$/.test(v),
      'title must not contain control characters',
    ),
  description: z
    .string({ invalid_type_error: 'description must be a string' })
    .superRefine(textRules('description'))
    // eslint-disable-next-line no-control-regex -- PostgreSQL cannot store U+0000
    .refine(v => /^[^\u0000]*$/.test(v), 'description must not contain U+0000'),
  scope: campaignScope,
  goal: z.unknown().pipe(campaignGoal),
  startsAt: instant('startsAt'),
  deadline: z
    .unknown()
    .refine(v => v !== undefined, 'deadline is required')
    .pipe(instant('deadline')),
};

/** `POST /campaigns` body. */
export const campaignCreateBody = objectBody(
  {
    ...campaignFields,
    goal: z
      .unknown()
      .refine(
        v => v !== undefined,
        'goal is required: { kind: "level", level } or { kind: "reassess" }',
      )
      .pipe(campaignGoal),
    description: campaignFields.description.optional(),
    scope: campaignFields.scope.optional(),
    startsAt: campaignFields.startsAt.optional(),
  },
  'title, description?, scope?, goal, startsAt?, deadline',
);

/** `PATCH /campaigns/:id` body: any of the fields. */
export const campaignUpdateBody = objectBody(
  {
    title: campaignFields.title.optional(),
    description: campaignFields.description.optional(),
    scope: campaignFields.scope.optional(),
    goal: campaignGoal.optional(),
    startsAt: campaignFields.startsAt.optional(),
    deadline: instant('deadline').optional(),
  },
  'title?, description?, scope?, goal?, startsAt?, deadline?',
);

export const campaignParams = z
  .object({
    id: z.string().uuid('id must be the id of a campaign (a UUID)'),
  })
  .passthrough();

/** Validates `GET /campaigns`'s query. */
export function parseCampaignListQuery(query: unknown): {
  state?: 'active' | 'closed';
} {
  return parseOrThrow(
    z
      .object({
        state: single('state').pipe(
          z
            .enum(['active', 'closed'], {
              errorMap: () => ({ message: 'state must be active or closed' }),
            })
            .optional(),
        ),
      })
      .strict(),
    query,
    'query',
  );
}
