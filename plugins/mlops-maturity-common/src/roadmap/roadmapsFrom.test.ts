import { defaultMaturityModel as model } from '../model/defaultModel';
import { RoadmapTransition } from '../model/types';
import { roadmapsFrom } from './roadmapsFrom';

const roadmap = (from: 0 | 1 | 2 | 3, to: 1 | 2 | 3 | 4, goal = '') =>
  ({ from, to, goal, duration: '', phases: [] } as RoadmapTransition);

describe('roadmapsFrom', () => {
  it('gives Level 0 the next-level roadmap, then the accelerated path', () => {
    expect(roadmapsFrom(model, 0).map(r => [r.from, r.to, r.name])).toEqual([
      [0, 1, undefined],
      [0, 3, 'Accelerated Path'],
    ]);
    expect(roadmapsFrom(model, 1).map(r => [r.from, r.to])).toEqual([[1, 2]]);
    expect(roadmapsFrom(model, 4)).toEqual([]);
  });

  it('puts the one-step roadmap first and shorter before longer, whatever the model order', () => {
    const roadmaps = [
      roadmap(1, 4),
      roadmap(0, 3),
      roadmap(1, 3, 'a'),
      roadmap(1, 2),
      roadmap(1, 3, 'b'),
    ];
    expect(
      roadmapsFrom({ roadmaps }, 1).map(r => `${r.from}->${r.to}${r.goal}`),
    ).toEqual(['1->2', '1->3a', '1->3b', '1->4']);
  });
});
