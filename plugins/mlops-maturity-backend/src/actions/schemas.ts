import { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';
import { z } from 'zod';

/** The largest page an action lists: enough to act on, small enough for a model's context. */
export const ACTION_PAGE_LIMIT = 100;

export const ENTITY_REF_HELP =
  'The ML service, as an entity ref like "component:default/churn-model" (kind and namespace may be left out: "churn-model" means component:default/churn-model).';

/*
 * The schema parts below are marked internal: their types come from the
 * registry's zod, which this package's type declarations cannot name (TS2742),
 * and the tsconfig's stripInternal leaves them out of the declarations.
 */

/**
 * The zod the registry hands each schema callback: backend-plugin-api's own
 * copy, whose types differ from this package's zod.
 */
export type ZodV3 = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/** A level 0-4, or null where there is none. @internal */
export const levelNumber = (zod: ZodV3) => zod.number().nullable();
/** A level's name, or null where there is none. @internal */
export const levelName = (zod: ZodV3) => zod.string().nullable();

/** A scored assessment: score, levels, weakest dimension, dimensions. @internal */
export const resultSchema = (zod: ZodV3) =>
  zod.object({
    complete: zod.boolean(),
    score: zod.number().nullable(),
    level: levelNumber(zod),
    levelName: levelName(zod),
    gatedLevel: levelNumber(zod),
    gatedLevelName: levelName(zod),
    weakestDimension: zod
      .object({
        id: zod.string(),
        name: zod.string(),
        average: zod.number().nullable(),
      })
      .nullable(),
    dimensions: zod.array(
      zod.object({
        id: zod.string(),
        name: zod.string(),
        weight: zod.number(),
        average: zod.number().nullable(),
        level: levelNumber(zod),
      }),
    ),
    unansweredQuestionIds: zod.array(zod.string()),
  });

/** The plan's answer raises (nextBestActions), the first actions first, none above the level aimed for. @internal */
export const answerRaisesSchema = (zod: ZodV3) =>
  zod.array(
    zod.object({
      questionId: zod.string(),
      title: zod.string(),
      from: zod.number(),
      to: zod.number(),
      toDescriptor: zod.string(),
    }),
  );

/** What to do to reach the next level; null with no level yet or at the top. @internal */
export const nextStepsSchema = (zod: ZodV3) =>
  zod
    .object({
      targetLevel: zod.number(),
      targetLevelName: levelName(zod),
      goal: zod.string().nullable(),
      duration: zod.string().nullable(),
      fewestAnswerRaises: zod.number(),
      answersToChange: zod.number(),
      answerRaises: answerRaisesSchema(zod),
      startWith: zod
        .object({
          phase: zod.string(),
          timeframe: zod.string(),
          initiatives: zod.array(
            zod.object({
              name: zod.string(),
              dimension: zod.string(),
              tools: zod.string().nullable(),
              successCriteria: zod.string().nullable(),
            }),
          ),
        })
        .nullable(),
      questionsBelowNextLevel: zod.array(
        zod.object({
          questionId: zod.string(),
          title: zod.string(),
          dimension: zod.string(),
          currentLevel: zod.number(),
          nextLevelDescriptor: zod.string(),
        }),
      ),
    })
    .nullable();

/** One submitted revision, summarised. @internal */
export const revisionSummarySchema = (zod: ZodV3) =>
  zod.object({
    revision: zod.number(),
    assessedAt: zod.string(),
    assessedBy: zod.string(),
    score: zod.number().nullable(),
    level: levelNumber(zod),
    levelName: levelName(zod),
    gatedLevel: levelNumber(zod),
  });

/** One answer: its level, or not applicable. @internal */
export const answerStateSchema = (zod: ZodV3) =>
  zod.object({ level: levelNumber(zod), notApplicable: zod.boolean() });

/** A number that must be a whole number in range, checked with the field named. */
export const wholeNumber = (field: string, min: number, max: number) =>
  z
    .number({ invalid_type_error: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .min(min, `${field} must be ${min} or more`)
    .max(max, `${field} must be at most ${max}`);
