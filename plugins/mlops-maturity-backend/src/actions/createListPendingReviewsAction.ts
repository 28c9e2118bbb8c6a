import { parseReviewQueueQuery } from '../validation/reviewRequests';
import { actionOrigin } from './helpers';
import { ACTION_PAGE_LIMIT, levelNumber, ZodV3 } from './schemas';
import { MaturityActionDeps } from './types';

const listInput = (zod: ZodV3) =>
  zod.object({
    owner: zod
      .array(zod.string())
      .optional()
      .describe('Owner refs, e.g. group:default/team-ml; any of them'),
    limit: zod
      .number()
      .optional()
      .describe(`Page size, 1 to ${ACTION_PAGE_LIMIT}; default 20`),
    cursor: zod
      .string()
      .optional()
      .describe('The nextCursor of the page before'),
  });

const answerSchema = (zod: ZodV3) =>
  zod
    .object({
      level: zod.number().optional(),
      notApplicable: zod.boolean().optional(),
      reason: zod.string().optional(),
      note: zod.string().optional(),
      evidence: zod
        .array(zod.object({ title: zod.string(), url: zod.string() }))
        .optional(),
    })
    .nullable();

const listOutput = (zod: ZodV3) =>
  zod.object({
    items: zod.array(
      zod.object({
        entityRef: zod.string(),
        title: zod.string().nullable(),
        owner: zod.string().nullable(),
        questionId: zod.string(),
        questionTitle: zod.string().nullable(),
        kind: zod.string(),
        level: levelNumber(zod),
        requestedRevision: zod.number(),
        requestedAt: zod.string(),
        requestedBy: zod.string(),
        answer: answerSchema(zod),
        previousAnswer: answerSchema(zod),
      }),
    ),
    nextCursor: zod.string().optional(),
  });

/**
 * `list-pending-reviews`: the review queue the caller may act on, read
 * only. Deciding is for people, through the API or the Reviews page: no
 * action approves or rejects.
 */
export function createListPendingReviewsAction({
  actionsRegistry,
  reviewService,
  audit,
}: Pick<MaturityActionDeps, 'actionsRegistry' | 'reviewService' | 'audit'>) {
  actionsRegistry.register({
    name: 'list-pending-reviews',
    title: 'List pending maturity reviews',
    description: `Lists, oldest first, the answers of ML services that await a reviewer's decision and that the caller may both read and review (reviewers never see services they own unless self-review is allowed): each with the service, its owner, the question, what is claimed (kind "level" with its level, or "not-applicable" for an exemption), the revision that asked and who submitted it, the answer as submitted (level or N/A reason, note, evidence links) and the answer to the same question in the revision before. Filter by owner refs. Pages of at most ${ACTION_PAGE_LIMIT} (default 20): pass nextCursor as cursor to read on. Read-only: only a person may approve or reject.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    examples: [
      {
        title: "Team ML's answers awaiting review",
        input: { owner: ['group:default/team-ml'] },
      },
    ],
    schema: { input: listInput, output: listOutput },
    async action({ input, credentials }) {
      const query = parseReviewQueueQuery(
        Object.fromEntries(
          Object.entries({
            owner: input.owner,
            limit: input.limit === undefined ? '20' : String(input.limit),
            cursor: input.cursor,
          }).filter(([, value]) => value !== undefined),
        ),
        'input',
      );
      return audit.read(
        actionOrigin(credentials),
        'review-queue-read',
        {},
        async () => ({
          output: await reviewService.queue(credentials, query),
        }),
      );
    },
  });
}
