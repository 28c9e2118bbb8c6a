import { evidenceBacking } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { actionOrigin, entityRefInput, maturityTabUrl } from './helpers';
import {
  answerRaisesSchema,
  ENTITY_REF_HELP,
  levelName,
  nextStepsSchema,
  resultSchema,
  ZodV3,
} from './schemas';
import { MaturityActionDeps } from './types';

/** One service's assessment, next steps, target and evidence. */
const entityMaturityOutput = (zod: ZodV3) =>
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
        answersToChange: zod.number().nullable(),
        answerRaises: answerRaisesSchema(zod),
      })
      .nullable(),
    verified: zod
      .object({
        level: zod.number(),
        levelName: levelName(zod),
        score: zod.number().nullable(),
        answersCountedLower: zod.number().nullable(),
        belowClaimed: zod.boolean(),
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
  });

/** `get-entity-maturity`: one service's maturity, as the caller may see it. */
export function createGetEntityMaturityAction(options: MaturityActionDeps) {
  const {
    actionsRegistry,
    model,
    assessmentService,
    scorecardService,
    audit,
    views,
  } = options;
  actionsRegistry.register({
    name: 'get-entity-maturity',
    title: "Get an ML service's maturity and next steps",
    description: `The current MLOps maturity assessment of one ML service: its level (0-4) and name, weighted score, gated level (the highest level every dimension reaches: a stricter reading of our own that the MLOps maturity reference does not use, never the level), weakest dimension (the lowest dimension average: a fact, not what to do first) and per-dimension averages, whether it is stale, and what to do next to reach the next level: the roadmap phase to start with and its initiatives, the fewest one-level answer raises (a count of raises, not of answers, and ours: the reference gives none) that would lift the score into the next level, and the questions answered below it. Where the organisation set a maturity target for the service, also the target level, whether it is met, how many levels it is below, and the fewest answer raises that would reach it. The verified level: the level the organisation can stand behind, computed with answers that await review, exemptions not approved or expired and answers past re-verification counted lower (never above the level), its score, how many answers count lower than claimed and whether it is below the claimed level; null until computed. Evidence: which answers are evidence-backed (a signal from the catalog or the team's tools, or an evidence link) and which only self-reported, the backed share, answers that claim more than the evidence shows, and suggestions where evidence shows a higher level than answered (or a level for an unanswered question), each with its source and link, for the owners to accept in the Maturity tab (evidence from a catalog entity the caller may not read says "Backed by a catalog entity you cannot see" and has no link). A service nobody has assessed yet answers assessed=false. Fails with NotFoundError for an entity the caller may not see.`,
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
      output: entityMaturityOutput,
    },
    async action({ input, credentials }) {
      const entityRef = entityRefInput(input.entityRef);
      return audit.read(
        actionOrigin(credentials),
        'assessment-read',
        { entityRef },
        async () => {
          const { entity, current, target } = await assessmentService.overview(
            credentials,
            entityRef,
          );
          const [signals, row] = await Promise.all([
            options.signalsOf(entity, credentials),
            scorecardService.row(credentials, entityRef),
          ]);
          const owner = entity.spec?.owner;
          return {
            output: {
              entityRef,
              title: entity.metadata.title ?? null,
              owner: typeof owner === 'string' ? owner : null,
              maturityTabUrl: maturityTabUrl(options.appBaseUrl, entityRef),
              assessed: current !== undefined,
              revision: current?.revision ?? null,
              assessedAt: current?.createdAt ?? null,
              assessedBy: current?.author ?? null,
              stale: current?.stale ?? null,
              staleAfterDays: options.staleAfterDays,
              result: current ? views.result(current.result) : null,
              nextSteps: current ? views.nextSteps(current.result) : null,
              target: target
                ? views.target(target, current?.result ?? null)
                : null,
              verified: current ? views.verified(row) : null,
              evidence: views.evidence(
                evidenceBacking(model, current?.answers ?? {}, signals),
              ),
            },
          };
        },
      );
    },
  });
}
