import { z } from 'zod';
import { parseOrThrow } from '../validation/inputErrors';
import { MAX_INTEGER } from '../validation/requestPrimitives';
import { actionOrigin, entityRefInput } from './helpers';
import {
  answerStateSchema,
  ENTITY_REF_HELP,
  revisionSummarySchema,
  wholeNumber,
  ZodV3,
} from './schemas';
import { MaturityActionDeps } from './types';

/** Two revisions' summaries and what changed between them. */
const comparisonOutput = (zod: ZodV3) =>
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
  });

/** `compare-assessment-revisions`: what changed between two revisions. */
export function createCompareAssessmentRevisionsAction({
  actionsRegistry,
  assessmentService,
  audit,
  views,
}: Pick<
  MaturityActionDeps,
  'actionsRegistry' | 'assessmentService' | 'audit' | 'views'
>) {
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
      output: comparisonOutput,
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
        actionOrigin(credentials),
        'assessment-revision-read',
        { entityRef, revision: fromRevision },
        async () => {
          const [from, to] = await assessmentService.revisionPair(
            credentials,
            entityRef,
            fromRevision,
            toRevision,
          );
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
}
