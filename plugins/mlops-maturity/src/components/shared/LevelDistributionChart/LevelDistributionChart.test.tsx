import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import { LevelDistributionChart } from './LevelDistributionChart';

const distribution = {
  levels: { '0': 1, '1': 4, '2': 2, '3': 0, '4': 8 },
  notAssessed: 3,
};

const barLabels = () =>
  screen
    .getAllByTestId('level-distribution-bar')
    .map(b => b.getAttribute('aria-label'));

describe('LevelDistributionChart', () => {
  it('names each level as the model does', async () => {
    const model = {
      ...testModel,
      levels: testModel.levels.map(l =>
        l.level === 4 ? { ...l, name: 'Autopilot' } : l,
      ),
    };
    await renderInTestApp(
      <LevelDistributionChart distribution={distribution} model={model} />,
    );
    expect(barLabels()).toEqual([
      'Level 0 (Manual): 1',
      'Level 1 (DevOps but no MLOps): 4',
      'Level 2 (Automated Training): 2',
      'Level 3 (Automated Model Deployment): 0',
      'Level 4 (Autopilot): 8',
      'Not assessed: 3',
    ]);
  });

  it('draws a bar per level and one for not assessed, sized by count', async () => {
    await renderInTestApp(
      <LevelDistributionChart distribution={distribution} />,
    );
    const bars = screen.getAllByTestId('level-distribution-bar');
    expect(bars.map(b => b.getAttribute('aria-label'))).toEqual([
      'Level 0: 1',
      'Level 1: 4',
      'Level 2: 2',
      'Level 3: 0',
      'Level 4: 8',
      'Not assessed: 3',
    ]);
    const heights = bars.map(b => Number(b.getAttribute('height')));
    const counts = [1, 4, 2, 0, 8, 3];
    // Heights are proportional to counts.
    counts.forEach((count, i) =>
      expect(heights[i] * counts[4]).toBeCloseTo(heights[4] * count),
    );
  });
});
