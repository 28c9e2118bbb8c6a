import {
  MaturityLevelNumber,
  MaturityModel,
  RoadmapTransition,
} from '../model/types';

/**
 * The model's roadmaps that start at `level`: the one-step roadmap to the
 * next level first, then those that span more levels (shortest first, the
 * model's order among equals).
 *
 * @public
 */
export function roadmapsFrom(
  model: Pick<MaturityModel, 'roadmaps'>,
  level: MaturityLevelNumber,
): RoadmapTransition[] {
  return model.roadmaps
    .filter(r => r.from === level)
    .map((roadmap, index) => ({ roadmap, index }))
    .sort(
      (a, b) =>
        a.roadmap.to - a.roadmap.from - (b.roadmap.to - b.roadmap.from) ||
        a.index - b.index,
    )
    .map(({ roadmap }) => roadmap);
}
