import {
  AnswerRaise,
  LevelPath,
  MaturityLevelNumber,
  MaturityModel,
  MaturityResult,
  MaturityTarget,
  nextBestActions,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** What the card says about where the service goes next. */
export interface CardPlan {
  /** The level the plan aims at: the target while it is not met, else the next level. */
  aimedLevel: MaturityLevelNumber;
  /** The plan's first raise. */
  topAction: AnswerRaise;
  path: LevelPath;
}

/**
 * The aimed level and the first of the next best actions to it, from the
 * one plan every view shows (`nextBestActions`): to the target while the
 * level is below it, otherwise to the next level. Undefined when there is
 * nothing to raise (no score, or the top level).
 */
export function cardPlan(
  model: MaturityModel,
  result: MaturityResult,
  target: MaturityTarget | null,
): CardPlan | undefined {
  const level = result.level;
  if (level === null || result.score === null) return undefined;
  let aimedLevel: MaturityLevelNumber;
  if (target && level < target.level) aimedLevel = target.level;
  else if (level < 4) aimedLevel = (level + 1) as MaturityLevelNumber;
  else return undefined;
  const path = nextBestActions(model, result, aimedLevel);
  const topAction = path?.raises[0];
  return path && topAction ? { aimedLevel, topAction, path } : undefined;
}
