import {
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
import {
  CursorProblem,
  decodeCursor,
  filtersFingerprint,
} from '../database/scorecardCursor';
import { invalidInput, parseOrThrow } from './inputErrors';
import {
  bool,
  int,
  list,
  normalizeRef,
  printable,
  single,
} from './requestPrimitives';

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
type ShareBounds = {
  evidenceShareMin?: number;
  evidenceShareMax?: number;
  evidenceShareBelow?: number;
};
export const shareRange = <T extends z.ZodTypeAny>(schema: T) =>
  schema
    .refine(
      (q: ShareBounds) =>
        !scorecardQueryProblems(q).some(p => p.code === 'aboveMax'),
      {
        message: 'evidenceShareMin must not be above evidenceShareMax',
        path: ['evidenceShareMin'],
      },
    )
    .refine(
      (q: ShareBounds) =>
        !scorecardQueryProblems(q).some(p => p.code === 'notBelow'),
      {
        message: 'evidenceShareMin must be below evidenceShareBelow',
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
      // Any whole number here; past SCORECARD_PAGING.offset.max, the
      // message points to the cursor (see pagingOf).
      offset: int(
        'offset',
        SCORECARD_PAGING.offset.min,
        Number.MAX_SAFE_INTEGER,
      ),
      cursor: single('cursor'),
    })
    .strict(),
);

const exportQuery = shareRange(z.object(filterShape).strict());

const { orderBy: _orderBy, order: _order, ...filtersOnly } = filterShape;

/** The schemas of the scorecard's filters, without sort or paging. */
export const scorecardFilterShape = filtersOnly;
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
  const { cursor, offset, ...parsed } = parseOrThrow(
    scorecardQuery,
    query,
    prefix,
  );
  const resolved = resolve(parsed);
  return {
    ...resolved,
    limit: parsed.limit ?? 50,
    ...pagingOf(resolved, { cursor, offset }, prefix),
  } as Requested<ResolvedScorecardQuery>;
}

/**
 * Where a page starts: an offset up to SCORECARD_PAGING.offset.max (deeper
 * offsets cost a walk over every row they skip), or a cursor of the same
 * sort and filters; not both.
 */
function pagingOf(
  query: Parameters<typeof filtersFingerprint>[0] &
    Pick<ResolvedScorecardQuery, 'orderBy' | 'order'>,
  paging: { cursor?: string; offset?: number },
  prefix: string,
): Pick<ResolvedScorecardQuery, 'offset' | 'keyset'> {
  const { cursor, offset } = paging;
  const maxOffset = SCORECARD_PAGING.offset.max;
  const refuse = (field: string, message: string) =>
    invalidInput([{ field, message: `${field} ${message}` }]);
  if (cursor !== undefined && offset !== undefined) {
    throw refuse(
      `${prefix}.cursor`,
      'cannot be combined with offset: a cursor says where the page starts',
    );
  }
  if (offset !== undefined && offset > maxOffset) {
    throw refuse(
      `${prefix}.offset`,
      `must be at most ${maxOffset}; to read deeper, follow the pages' cursors (pass nextCursor as cursor)`,
    );
  }
  if (cursor === undefined) return { offset: offset ?? 0 };
  try {
    const keyset = decodeCursor(cursor, {
      orderBy: query.orderBy,
      order: query.order,
      fingerprint: filtersFingerprint(query),
    });
    return { offset: 0, keyset };
  } catch (e) {
    if (e instanceof CursorProblem) throw refuse(`${prefix}.cursor`, e.message);
    throw e;
  }
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
