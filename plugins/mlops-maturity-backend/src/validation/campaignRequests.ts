import {
  CAMPAIGN_SCOPE_FIELDS,
  CAMPAIGN_SCOPE_REF_KINDS,
  CampaignScopeField,
  campaignTextProblems,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { z } from 'zod';
import { parseOrThrow } from './inputErrors';
import {
  normalizeRef,
  objectBody,
  printable,
  single,
} from './requestPrimitives';

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
