import {
  MaturityLevelNumber,
  MaturityModel,
  RoadmapInitiative,
  RoadmapTransition,
} from '../model/types';
import { MaturityResult } from '../scoring/computeScore';
import { LevelPath } from './answersToLevel';
import {
  actionPriority,
  firstPhaseWithGap,
  nextBestActions,
} from './nextBestActions';

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
 * Where to start: the first phase of the next level's roadmap whose
 * dimensions still have questions below the next level (the first phase when
 * none has), with those questions.
 *
 * @public
 */
export interface RoadmapPriority {
  phase: string;
  timeframe: string;
  steps: RoadmapStep[];
  questionGaps: QuestionGap[];
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
  /** The transition's initiatives in the roadmap's phase order. */
  steps: RoadmapStep[];
  /** What to do first; null when the model has no roadmap for the transition. */
  priority: RoadmapPriority | null;
  /**
   * Questions answered below the target level: those of the priority's
   * dimensions first, then by the phase that first works on their
   * dimension, the lowest answers first, then in the model's order.
   */
  questionGaps: QuestionGap[];
  /** The plan to the target level: {@link nextBestActions}. */
  path: LevelPath;
}

/**
 * The roadmap from a result's level to the next one: the model's initiatives
 * for that transition in the roadmap's own phase order, the phase to start
 * with, the questions answered below the next level, and the fewest answer
 * raises that reach it. The weakest dimension is a fact of the result, not
 * the order here: the source's roadmaps are sequenced (a Level 2 service
 * automates deployment before it adds observability, even when monitoring
 * averages lowest). Null when there is no level yet or the level is the top.
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
  const names = new Map(model.dimensions.map(d => [d.id, d.name]));

  const roadmap = model.roadmaps.find(
    r => r.from === currentLevel && r.to === targetLevel,
  );
  const phases = (roadmap?.phases ?? []).map(phase => ({
    phase,
    steps: phase.initiatives.map(
      (initiative): RoadmapStep => ({
        ...initiative,
        phase: phase.name,
        timeframe: phase.timeframe,
        dimensionName:
          names.get(initiative.dimensionId) ?? initiative.dimensionId,
      }),
    ),
  }));

  const questionsById = new Map(model.questions.map(q => [q.id, q]));
  const gaps: QuestionGap[] = result.questions
    .filter(q => q.level !== null && q.level < targetLevel)
    .map(q => {
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
  const firstPhase = firstPhaseWithGap(
    roadmap?.phases ?? [],
    result,
    targetLevel,
  );
  const first = phases.find(p => p.phase === firstPhase);
  const order = new Map(
    actionPriority(model, result, targetLevel).map((id, i) => [id, i]),
  );
  const questionGaps = [...gaps].sort(
    (a, b) => order.get(a.questionId)! - order.get(b.questionId)!,
  );
  const dimensionsOf = (steps: RoadmapStep[]) =>
    new Set(steps.map(step => step.dimensionId));

  const priority: RoadmapPriority | null = first
    ? {
        phase: first.phase.name,
        timeframe: first.phase.timeframe,
        steps: first.steps,
        questionGaps: questionGaps.filter(g =>
          dimensionsOf(first.steps).has(g.dimensionId),
        ),
      }
    : null;

  const transition = roadmap
    ? {
        from: roadmap.from,
        to: roadmap.to,
        goal: roadmap.goal,
        duration: roadmap.duration,
        investment: roadmap.investment,
        team: roadmap.team,
        ...(roadmap.notes ? { notes: roadmap.notes } : {}),
      }
    : null;
  return {
    currentLevel,
    targetLevel,
    transition,
    steps: phases.flatMap(p => p.steps),
    priority,
    questionGaps,
    path: nextBestActions(model, result, targetLevel)!,
  };
}
