import {
  MaturityLevelNumber,
  MaturityModel,
  RoadmapPhase,
} from '../model/types';
import { MaturityResult } from '../scoring/computeScore';
import { answersToLevel, LevelPath } from './answersToLevel';

/** The phases of the one-level roadmaps from `from` up to `to`, in order. */
function phasesBetween(model: MaturityModel, from: number, to: number) {
  const phases: RoadmapPhase[] = [];
  for (let level = from; level < to; level++) {
    const roadmap = model.roadmaps.find(
      r => r.from === level && r.to === level + 1,
    );
    phases.push(...(roadmap?.phases ?? []));
  }
  return phases;
}

const dimensionsOf = (phase: RoadmapPhase) =>
  new Set(phase.initiatives.map(i => i.dimensionId));

/**
 * The first phase of `phases` that works on a dimension with an answer below
 * `targetLevel`; the first phase when none does; undefined without phases.
 */
export function firstPhaseWithGap(
  phases: RoadmapPhase[],
  result: MaturityResult,
  targetLevel: number,
): RoadmapPhase | undefined {
  const behind = new Set(
    result.questions
      .filter(q => q.level !== null && q.level < targetLevel)
      .map(q => q.dimensionId),
  );
  return (
    phases.find(p => [...dimensionsOf(p)].some(id => behind.has(id))) ??
    phases[0]
  );
}

/**
 * The order in which the questions answered below `targetLevel` are worth
 * raising, as the roadmaps from the result's level to the target sequence
 * them: the dimensions of the first phase that works on one of them first,
 * then each dimension by the first phase that works on it (those no phase
 * names last); within a dimension the lowest answers first, then the model's
 * question order.
 *
 * @public
 */
export function actionPriority(
  model: MaturityModel,
  result: MaturityResult,
  targetLevel: MaturityLevelNumber,
): string[] {
  const phases = phasesBetween(model, result.level ?? 0, targetLevel);
  const first = firstPhaseWithGap(phases, result, targetLevel);
  const rank = new Map<string, number>();
  for (const phase of first ? [first, ...phases] : phases) {
    for (const id of dimensionsOf(phase)) {
      if (!rank.has(id)) rank.set(id, rank.size);
    }
  }
  const rankOf = (id: string) => rank.get(id) ?? rank.size;
  return result.questions
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => q.level !== null && q.level < targetLevel)
    .sort(
      (a, b) =>
        rankOf(a.q.dimensionId) - rankOf(b.q.dimensionId) ||
        a.q.level! - b.q.level! ||
        a.index - b.index,
    )
    .map(({ q }) => q.questionId);
}

/**
 * The plan every view shows: the fewest one-level raises that reach
 * `targetLevel` with no answer raised above it, and among those the one that
 * follows the roadmaps' phase order ({@link actionPriority}); its first
 * raises are the next best actions. Null when the result has no score.
 *
 * @public
 */
export function nextBestActions(
  model: MaturityModel,
  result: MaturityResult,
  targetLevel: MaturityLevelNumber,
): LevelPath | null {
  return answersToLevel(
    result,
    targetLevel,
    actionPriority(model, result, targetLevel),
  );
}
