import {
  MATURITY_LEVELS,
  MaturityLevelNumber,
  MaturityModel,
  RoadmapTransition,
  roadmapsFrom,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The roadmaps that span several levels and still lead past the next level
 * from `level`: those starting at the level or below it. A Level 1 service
 * gets the 0 -> 3 path (part of its first quarter is likely done); a Level 2
 * service does not, as the one-step roadmap already leads to Level 3.
 */
export function acceleratedRoadmaps(
  model: MaturityModel,
  level: MaturityLevelNumber,
): RoadmapTransition[] {
  return MATURITY_LEVELS.filter(from => from <= level)
    .flatMap(from => roadmapsFrom(model, from))
    .filter(r => r.to - r.from > 1 && r.to > level + 1);
}
