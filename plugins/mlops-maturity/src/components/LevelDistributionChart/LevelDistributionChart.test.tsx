import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { LevelDistributionChart } from './LevelDistributionChart';

describe('LevelDistributionChart', () => {
  it('draws a bar per level and one for not assessed, sized by count', async () => {
    const distribution = {
      levels: { '0': 1, '1': 4, '2': 2, '3': 0, '4': 8 },
      notAssessed: 3,
    };
    await renderInTestApp(
      <LevelDistributionChart
        distribution={distribution}
        levelNames={{ 4: 'Full MLOps' }}
      />,
    );
    const bars = screen.getAllByTestId('level-distribution-bar');
    expect(bars.map(b => b.getAttribute('aria-label'))).toEqual([
      'Level 0: 1',
      'Level 1: 4',
      'Level 2: 2',
      'Level 3: 0',
      'Level 4 (Full MLOps): 8',
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
