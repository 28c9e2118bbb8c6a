import {
  AnswerRaise,
  MaturityModel,
  MaturityResult,
  MaturityTarget,
  nextBestActions,
  nextLevelRoadmap,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ModelNames } from './modelNames';

/** A raise of one question's answer, with its title and the descriptor it moves to. */
export function raiseView(names: ModelNames, r: AnswerRaise) {
  return {
    questionId: r.questionId,
    title: names.questionTitle(r.questionId),
    from: r.from,
    to: r.to,
    toDescriptor: names.descriptor(r.questionId, r.to),
  };
}

/** A result: score, level and gated level by name, the weakest dimension and every dimension. */
export function resultView(names: ModelNames, result: MaturityResult) {
  const weakest = result.weakestDimensionId
    ? result.dimensions.find(d => d.dimensionId === result.weakestDimensionId)
    : undefined;
  return {
    complete: result.official,
    score: result.score,
    level: result.level,
    levelName: names.levelName(result.level),
    gatedLevel: result.gatedLevel,
    gatedLevelName: names.levelName(result.gatedLevel),
    weakestDimension: weakest
      ? {
          id: weakest.dimensionId,
          name: weakest.name,
          average: weakest.average,
        }
      : null,
    dimensions: result.dimensions.map(d => ({
      id: d.dimensionId,
      name: d.name,
      weight: d.weight,
      average: d.average,
      level: d.level,
    })),
    unansweredQuestionIds: result.completeness.missingQuestionIds,
  };
}

/** The way to the next level: the plan (nextBestActions), where to start, the questions below it; null at the top. */
export function nextStepsView(
  model: MaturityModel,
  names: ModelNames,
  result: MaturityResult,
) {
  const roadmap = nextLevelRoadmap(model, result);
  if (!roadmap) return null;
  return {
    targetLevel: roadmap.targetLevel,
    targetLevelName: names.levelName(roadmap.targetLevel),
    goal: roadmap.transition?.goal ?? null,
    duration: roadmap.transition?.duration ?? null,
    fewestAnswerRaises: roadmap.path.raiseCount,
    answersToChange: roadmap.path.answerCount,
    answerRaises: roadmap.path.raises.map(r => raiseView(names, r)),
    startWith: roadmap.priority
      ? {
          phase: roadmap.priority.phase,
          timeframe: roadmap.priority.timeframe,
          initiatives: roadmap.priority.steps.map(step => ({
            name: step.name,
            dimension: step.dimensionName,
            tools: step.tools ?? null,
            successCriteria: step.successCriteria ?? null,
          })),
        }
      : null,
    questionsBelowNextLevel: roadmap.questionGaps.map(g => ({
      questionId: g.questionId,
      title: g.title,
      dimension: names.dimensionName(g.dimensionId),
      currentLevel: g.currentLevel,
      nextLevelDescriptor: g.targetDescriptor,
    })),
  };
}

/** A target, whether the result meets it and the plan that would (nextBestActions). */
export function targetView(
  model: MaturityModel,
  names: ModelNames,
  target: MaturityTarget,
  result: MaturityResult | null,
) {
  const level = result?.level ?? null;
  const path =
    result && level !== null && level < target.level
      ? nextBestActions(model, result, target.level)
      : null;
  return {
    level: target.level,
    levelName: names.levelName(target.level),
    title: target.title,
    met: level !== null && level >= target.level,
    levelsBelow: Math.max(0, target.level - (level ?? 0)),
    fewestAnswerRaises: level === null ? null : path?.raiseCount ?? 0,
    answersToChange: level === null ? null : path?.answerCount ?? 0,
    answerRaises: (path?.raises ?? []).map(r => raiseView(names, r)),
  };
}
