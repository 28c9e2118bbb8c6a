import {
  MaturityLevelNumber,
  MaturityModel,
  RoadmapInitiative,
  RoadmapTransition,
} from '../model/types';
import { DimensionResult, MaturityResult } from '../scoring/computeScore';

/**
 * A roadmap initiative placed in its phase.
 *
 * @public
 */
export interface RoadmapStep extends RoadmapInitiative {
  phase: string;
  timeframe: string;
  dimensionName: string;
}

/**
 * A question whose answer sits below the target level.
 *
 * @public
 */
export interface QuestionGap {
  questionId: string;
  title: string;
  dimensionId: string;
  currentLevel: MaturityLevelNumber;
  currentDescriptor: string;
  targetLevel: MaturityLevelNumber;
  targetDescriptor: string;
}

/**
 * What to do to reach the next level.
 *
 * @public
 */
export interface NextLevelRoadmap {
  currentLevel: MaturityLevelNumber;
  targetLevel: MaturityLevelNumber;
  transition: Omit<RoadmapTransition, 'phases'> | null;
  /** The transition's initiatives, the weakest dimension's first. */
  steps: RoadmapStep[];
  /** Questions answered below the target level, weakest dimension first. */
  questionGaps: QuestionGap[];
}

/** Dimensions from lowest to highest average; unscored ones last. */
function priorityOrder(dimensions: DimensionResult[]): string[] {
  return dimensions
    .map((d, index) => ({ d, index }))
    .sort((a, b) => {
      const left = a.d.average ?? Number.POSITIVE_INFINITY;
      const right = b.d.average ?? Number.POSITIVE_INFINITY;
      if (left !== right) return left - right;
      if (a.d.weight !== b.d.weight) return b.d.weight - a.d.weight;
      return a.index - b.index;
    })
    .map(({ d }) => d.dimensionId);
}

/**
 * The roadmap from a result's level to the next one: the model's initiatives
 * for that transition ordered so the lowest-scoring dimension's come first
 * (phase order kept within a dimension), and the questions answered below the
 * next level. Null when there is no level yet or the level is already the top.
 *
 * @public
 */
export function nextLevelRoadmap(
  model: MaturityModel,
  result: MaturityResult,
): NextLevelRoadmap | null {
  if (result.level === null || result.level >= 4) return null;
  const currentLevel = result.level;
  const targetLevel = (currentLevel + 1) as MaturityLevelNumber;
  const order = priorityOrder(result.dimensions);
  const rank = (dimensionId: string) => {
    const i = order.indexOf(dimensionId);
    return i === -1 ? order.length : i;
  };
  const names = new Map(model.dimensions.map(d => [d.id, d.name]));

  const roadmap = model.roadmaps.find(
    r => r.from === currentLevel && r.to === targetLevel,
  );
  const steps: RoadmapStep[] = (roadmap?.phases ?? [])
    .flatMap(phase =>
      phase.initiatives.map(initiative => ({
        ...initiative,
        phase: phase.name,
        timeframe: phase.timeframe,
        dimensionName:
          names.get(initiative.dimensionId) ?? initiative.dimensionId,
      })),
    )
    .map((step, index) => ({ step, index }))
    .sort(
      (a, b) =>
        rank(a.step.dimensionId) - rank(b.step.dimensionId) ||
        a.index - b.index,
    )
    .map(({ step }) => step);

  const questionsById = new Map(model.questions.map(q => [q.id, q]));
  const questionGaps: QuestionGap[] = result.questions
    .filter(q => q.level !== null && q.level < targetLevel)
    .map((q, index) => ({ q, index }))
    .sort(
      (a, b) =>
        rank(a.q.dimensionId) - rank(b.q.dimensionId) ||
        a.q.level! - b.q.level! ||
        a.index - b.index,
    )
    .map(({ q }) => {
      const question = questionsById.get(q.questionId)!;
      return {
        questionId: q.questionId,
        title: question.title,
        dimensionId: q.dimensionId,
        currentLevel: q.level!,
        currentDescriptor: question.descriptors[q.level!],
        targetLevel,
        targetDescriptor: question.descriptors[targetLevel],
      };
    });

  const transition = roadmap
    ? {
        from: roadmap.from,
        to: roadmap.to,
        goal: roadmap.goal,
        duration: roadmap.duration,
        investment: roadmap.investment,
        team: roadmap.team,
      }
    : null;
  return { currentLevel, targetLevel, transition, steps, questionGaps };
}
