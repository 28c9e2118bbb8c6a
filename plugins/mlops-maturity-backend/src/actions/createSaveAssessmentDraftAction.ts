import { computeScore } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { actionOrigin, entityRefInput, maturityTabUrl } from './helpers';
import { ENTITY_REF_HELP, resultSchema, ZodV3 } from './schemas';
import { MaturityActionDeps } from './types';

/** The service and the answers to save, checked against the model in the action. */
const draftInput = (zod: ZodV3) =>
  zod.object({
    entityRef: zod.string().describe(ENTITY_REF_HELP),
    answers: zod
      .record(zod.string(), zod.unknown())
      .describe(
        'Answers by question id: {"level": 0-4, "note"?, "evidence"?} or {"notApplicable": true, "reason": "...", "note"?, "evidence"?}',
      ),
  });

/** The draft saved, and the result it would have if submitted. */
const draftOutput = (zod: ZodV3) =>
  zod.object({
    entityRef: zod.string(),
    draftVersion: zod.number(),
    baseRevision: zod.number().nullable(),
    submitted: zod.literal(false),
    answeredCount: zod.number(),
    questionCount: zod.number(),
    ifSubmitted: resultSchema(zod),
    reviewUrl: zod.string(),
  });

/** `save-assessment-draft`: an owner's answers into their draft; never submits. */
export function createSaveAssessmentDraftAction({
  actionsRegistry,
  model,
  appBaseUrl,
  assessmentService,
  audit,
  views,
}: Pick<
  MaturityActionDeps,
  | 'actionsRegistry'
  | 'model'
  | 'appBaseUrl'
  | 'assessmentService'
  | 'audit'
  | 'views'
>) {
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
      input: draftInput,
      output: draftOutput,
    },
    async action({ input, credentials }) {
      const entityRef = entityRefInput(input.entityRef);
      // The answers given are checked on their own first, so every message
      // names a field the caller sent.
      assessmentService.checkAnswers(input.answers, false);
      return audit.write(
        actionOrigin(credentials),
        'assessment-draft-save',
        { entityRef },
        async () => {
          const saved = await assessmentService.mergeIntoDraft(
            credentials,
            entityRef,
            input.answers,
          );
          const result = computeScore(model, saved.answers);
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
                reviewUrl: maturityTabUrl(appBaseUrl, entityRef),
              },
            },
            meta: {
              answered: Object.keys(input.answers).length,
              version: saved.version,
            },
          };
        },
      );
    },
  });
}
