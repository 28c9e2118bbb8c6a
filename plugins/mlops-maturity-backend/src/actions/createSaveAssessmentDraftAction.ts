import {
  AssessmentAnswers,
  computeScore,
  MaturityModel,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { invalidInput } from '../validation/inputErrors';
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

/**
 * The answers the draft keeps (the draft's, or with no draft the current
 * assessment's, to questions the model still asks) with those given over them.
 */
function mergedAnswers(
  model: MaturityModel,
  previous: AssessmentAnswers | undefined,
  given: AssessmentAnswers,
): AssessmentAnswers {
  const known = new Set(model.questions.map(q => q.id));
  const kept = Object.fromEntries(
    Object.entries(previous ?? {}).filter(([questionId]) =>
      known.has(questionId),
    ),
  );
  return { ...kept, ...given };
}

/** `save-assessment-draft`: an owner's answers into their draft; never submits. */
export function createSaveAssessmentDraftAction({
  actionsRegistry,
  model,
  appBaseUrl,
  assessments,
  drafts,
  access,
  audit,
  views,
}: Pick<
  MaturityActionDeps,
  | 'actionsRegistry'
  | 'model'
  | 'appBaseUrl'
  | 'assessments'
  | 'drafts'
  | 'access'
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
      const issues = validateAnswers(model, input.answers, {
        requireComplete: false,
      });
      if (issues.length > 0) throw invalidInput(issues);
      const given = input.answers as AssessmentAnswers;
      return audit.write(
        actionOrigin(credentials),
        'assessment-draft-save',
        { entityRef },
        async () => {
          const { credentials: user, id } =
            await access.forCredentials.entityUpdater(credentials, entityRef);
          const [draft, current] = await Promise.all([
            drafts.getDraft(id),
            assessments.getCurrent(id),
          ]);
          const answers = mergedAnswers(
            model,
            draft?.answers ?? current?.answers,
            given,
          );
          const saved = await drafts.saveDraft({
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
                reviewUrl: maturityTabUrl(appBaseUrl, entityRef),
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
