import { InputError } from '@backstage/errors';
import {
  SCORECARD_ORDER_FIELDS,
  SCORECARD_PAGING,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { parseScorecardQuery } from '../validation/scorecardRequests';
import { actionOrigin } from './helpers';
import { ACTION_PAGE_LIMIT, levelName, levelNumber, ZodV3 } from './schemas';
import { MaturityActionDeps } from './types';

/** The scorecard's filters, sort and paging, as an action's input. */
const listInput = (zod: ZodV3) =>
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
    level: zod.array(zod.number()).optional().describe('Levels 0-4 to include'),
    assessed: zod
      .boolean()
      .optional()
      .describe('Only services that have (true) or lack (false) an assessment'),
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
    verifiedLevel: zod
      .array(zod.number())
      .optional()
      .describe(
        'Verified levels 0-4 to include (services without a verified level are left out)',
      ),
    verifiedBelowClaimed: zod
      .boolean()
      .optional()
      .describe(
        'true: only services whose verified level is below their claimed level; false: only those where it equals it',
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
    offset: zod
      .number()
      .optional()
      .describe(
        `Rows to skip, at most ${SCORECARD_PAGING.offset.max}; default 0. To read on, pass nextCursor as cursor instead`,
      ),
    cursor: zod
      .string()
      .optional()
      .describe(
        'The nextCursor of the previous call, unchanged, with the same filters and sort: the page after it',
      ),
  });

/** A page of scorecard rows and the count of every match. */
const listOutput = (zod: ZodV3) =>
  zod.object({
    totalCount: zod.number(),
    offset: zod.number(),
    limit: zod.number(),
    hasMore: zod.boolean(),
    nextCursor: zod
      .string()
      .optional()
      .describe('Pass as cursor to read the next page; absent on the last'),
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
        verifiedLevel: levelNumber(zod),
        verifiedLevelName: levelName(zod),
        verifiedScore: zod.number().nullable(),
        verificationGapCount: zod.number().nullable(),
      }),
    ),
  });

/** What {@link listInput} accepts. */
interface ListInput {
  q?: string;
  owner?: string[];
  system?: string[];
  domain?: string[];
  lifecycle?: string[];
  level?: number[];
  assessed?: boolean;
  stale?: boolean;
  belowTarget?: boolean;
  evidenceShareMin?: number;
  evidenceShareMax?: number;
  evidenceSuggestsHigher?: boolean;
  verifiedLevel?: number[];
  verifiedBelowClaimed?: boolean;
  orderBy?: string;
  order?: string;
  limit?: number;
  offset?: number;
  cursor?: string;
}

/**
 * The API's own query parser, fed the strings a query string carries: the
 * same rules and messages, with the fields named as the input's.
 */
function scorecardQueryOf(input: ListInput) {
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
        verifiedLevel: strings(input.verifiedLevel),
        verifiedBelowClaimed: flag(input.verifiedBelowClaimed),
        orderBy: input.orderBy,
        order: input.order,
        limit: input.limit === undefined ? '20' : String(input.limit),
        offset: input.offset === undefined ? undefined : String(input.offset),
        cursor: input.cursor,
      }).filter(([, value]) => value !== undefined),
    ),
    'input',
  );
  if (query.limit > ACTION_PAGE_LIMIT) {
    throw new InputError(
      `input.limit: limit must be at most ${ACTION_PAGE_LIMIT} in an action`,
    );
  }
  return query;
}

/** `list-ml-services`: the scorecard rows the caller may see. */
export function createListMlServicesAction({
  actionsRegistry,
  scorecardService,
  audit,
  views,
}: Pick<
  MaturityActionDeps,
  'actionsRegistry' | 'scorecardService' | 'audit' | 'views'
>) {
  actionsRegistry.register({
    name: 'list-ml-services',
    title: 'List ML services from the maturity scorecard',
    description: `Lists the ML services of the org-wide MLOps maturity scorecard that the caller may see, with each one's level, score, gated level (our stricter reading, not the reference's: the highest level every dimension reaches; never the level), weakest dimension (the lowest dimension average, a fact, not a priority), how many one-level answer raises (raises, not answers) it is from the next level, whether its assessment is stale, its maturity target (the minimum level the organisation set for it) and whether it meets it, and its evidence-backed share (the share of its answers that evidence supports rather than only its owners' word; null until measured) and on how many questions evidence shows a higher level than answered, and its verified level (the level the organisation can stand behind: answers that await review, exemptions not approved or expired, and answers past re-verification count lower; never above the level; null until computed), its score and how many answers count lower than claimed. Filters match the scorecard's: owner, system and domain refs, lifecycle (e.g. "production"), level (0-4; e.g. [0, 1] for "below Level 2"), assessed, stale, belowTarget, evidenceShareMin and evidenceShareMax (0-1, inclusive), evidenceSuggestsHigher, verifiedLevel (0-4), verifiedBelowClaimed, and a text search q. Sorted by orderBy (${SCORECARD_ORDER_FIELDS.join(
      ', ',
    )}; default score) and order (asc or desc). Pages of at most ${ACTION_PAGE_LIMIT}: to read on, call again with the same filters and sort and cursor set to the answer's nextCursor (absent on the last page); offset (at most ${
      SCORECARD_PAGING.offset.max
    }) skips rows from the start. totalCount counts every match. For what one service should do next, call get-entity-maturity with its entityRef.`,
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
      input: listInput,
      output: listOutput,
    },
    async action({ input, credentials }) {
      const query = scorecardQueryOf(input);
      return audit.read(
        actionOrigin(credentials),
        'scorecard-read',
        {},
        async () => {
          const page = await scorecardService.pageWithTotal(credentials, query);
          return {
            output: {
              totalCount: page.totalCount,
              offset: page.offset,
              limit: page.limit,
              hasMore: page.hasMore,
              ...(page.nextCursor !== undefined && {
                nextCursor: page.nextCursor,
              }),
              items: page.items.map(views.scorecardRow),
            },
          };
        },
      );
    },
  });
}
