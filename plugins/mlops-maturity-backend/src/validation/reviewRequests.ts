import { z } from 'zod';
import { ReviewQueueCursor } from '../database/reviewQueue';
import { entityRefFromParams } from './assessmentRequests';
import { parseOrThrow } from './inputErrors';
import {
  int,
  list,
  MAX_INTEGER,
  normalizeRef,
  objectBody,
  single,
} from './requestPrimitives';

/** The longest comment a decision takes. */
export const MAX_REVIEW_COMMENT = 2000;
const DEFAULT_LIMIT = 50;
// The model's own rule for question ids (validateMaturityModel).
const QUESTION_ID = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** The parsed query of `GET /reviews`. */
export interface ReviewQueueRequest {
  owners?: string[];
  limit: number;
  after?: ReviewQueueCursor;
}

/** The opaque cursor of the page after `cursor`'s request. */
export function encodeReviewCursor(cursor: ReviewQueueCursor): string {
  return Buffer.from(
    JSON.stringify([cursor.requestedAt, cursor.entityRef, cursor.questionId]),
  ).toString('base64url');
}

function decodeReviewCursor(value: string): ReviewQueueCursor | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString());
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed.every(part => typeof part === 'string') &&
      !Number.isNaN(Date.parse(parsed[0]))
    ) {
      const [requestedAt, entityRef, questionId] = parsed;
      return { requestedAt, entityRef, questionId };
    }
  } catch {
    // Not base64url JSON: refused below.
  }
  return undefined;
}

const ownerRef = z
  .string()
  .max(255)
  .transform((value, ctx) => {
    const ref = normalizeRef(value, 'group');
    if (ref === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `owner "${value}" is not an entity ref like group:default/name`,
      });
      return z.NEVER;
    }
    return ref;
  });

const queueQuery = z
  .object({
    owner: list('owner', ownerRef).optional(),
    limit: int('limit', 1, 100),
    cursor: single('cursor').pipe(
      z
        .string()
        .max(2000, 'cursor is not one this API gave')
        .transform((value, ctx) => {
          const cursor = decodeReviewCursor(value);
          if (!cursor) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              message:
                'cursor is not one this API gave: pass the nextCursor of the page before',
            });
            return z.NEVER;
          }
          return cursor;
        })
        .optional(),
    ),
  })
  .strict();

/**
 * The query of `GET /reviews`, or a 400 naming each bad parameter under
 * `prefix` (an action names them `input.`).
 */
export function parseReviewQueueQuery(
  query: unknown,
  prefix = 'query',
): ReviewQueueRequest {
  const { owner, limit, cursor } = parseOrThrow(queueQuery, query, prefix);
  return {
    ...(owner && owner.length > 0 && { owners: owner }),
    limit: limit ?? DEFAULT_LIMIT,
    ...(cursor && { after: cursor }),
  };
}

const questionParam = z
  .object({
    questionId: z
      .string()
      .regex(
        QUESTION_ID,
        'questionId must be a question id: lowercase letters, digits, ".", "_" or "-", at most 63 characters',
      ),
  })
  .passthrough();

/** The entity ref and question id of `/reviews/:kind/:namespace/:name/:questionId`. */
export function reviewTarget(params: unknown): {
  entityRef: string;
  questionId: string;
} {
  const entityRef = entityRefFromParams(params);
  const { questionId } = parseOrThrow(questionParam, params, 'path');
  return { entityRef, questionId };
}

/** A decision's body, checked. */
export interface ReviewDecisionInput {
  requestedRevision: number;
  decision: 'approved' | 'rejected';
  comment?: string;
  expiresAt?: Date;
}

/** `POST /reviews/:kind/:namespace/:name/:questionId` body. */
export const reviewDecisionBody = objectBody(
  {
    requestedRevision: z
      .number({
        required_error:
          'requestedRevision is required: the requestedRevision of the request decided',
        invalid_type_error: 'requestedRevision must be a whole number',
      })
      .int('requestedRevision must be a whole number')
      .min(1, 'requestedRevision must be 1 or more')
      .max(MAX_INTEGER, `requestedRevision must be at most ${MAX_INTEGER}`),
    decision: z.enum(['approved', 'rejected'], {
      errorMap: () => ({ message: 'decision must be approved or rejected' }),
    }),
    comment: z
      .string({ invalid_type_error: 'comment must be a string' })
      .max(
        MAX_REVIEW_COMMENT,
        `comment must be at most ${MAX_REVIEW_COMMENT} characters`,
      )
      // eslint-disable-next-line no-control-regex -- PostgreSQL cannot store U+0000
      .refine(v => /^[^\u0000]*$/.test(v), 'comment must not contain U+0000')
      .optional(),
    expiresAt: z
      .string({
        invalid_type_error:
          'expiresAt must be an ISO 8601 date and time, e.g. 2027-06-30T17:00:00Z',
      })
      .datetime({
        offset: true,
        message:
          'expiresAt must be an ISO 8601 date and time, e.g. 2027-06-30T17:00:00Z',
      })
      .transform(value => new Date(value))
      .optional(),
  },
  'requestedRevision, decision, comment?, expiresAt?',
).superRefine((body, ctx) => {
  if (body.decision === 'rejected' && !body.comment?.trim()) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['comment'],
      message:
        'comment is required to reject: say what the answer lacks, the owners see it on the Maturity tab',
    });
  }
});

/** The body of a decision, or a 400 naming each bad field. */
export function parseReviewDecision(body: unknown): ReviewDecisionInput {
  return parseOrThrow(reviewDecisionBody, body, 'body');
}
