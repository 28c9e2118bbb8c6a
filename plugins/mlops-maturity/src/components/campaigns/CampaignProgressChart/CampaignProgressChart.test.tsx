import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { CampaignProgressChart, labelledDays } from './CampaignProgressChart';

describe('CampaignProgressChart', () => {
  it('draws a point per day, rising towards the line of all services in scope', async () => {
    await renderInTestApp(
      <CampaignProgressChart
        history={{
          inScope: 4,
          points: [
            { date: '2026-11-01', done: 0 },
            { date: '2026-11-02', done: 1 },
            { date: '2026-11-03', done: 3 },
          ],
        }}
      />,
    );
    const chart = screen.getByRole('img', {
      name: /^Services done per day: 3 of 4 on /,
    });
    const points = within(chart).getAllByTestId('campaign-history-point');
    expect(points).toHaveLength(3);
    const heights = points.map(p => Number(p.getAttribute('cy')));
    // Higher on the chart (smaller y) as more are done.
    expect(heights[0]).toBeGreaterThan(heights[1]);
    expect(heights[1]).toBeGreaterThan(heights[2]);
    const goal = within(chart).getByTestId('campaign-chart-goal');
    expect(Number(goal.getAttribute('y1'))).toBeLessThan(heights[2]);
    expect(points[2].querySelector('title')).toHaveTextContent(
      /: 3 of 4 done$/,
    );
  });

  it('draws a single day in the middle', async () => {
    await renderInTestApp(
      <CampaignProgressChart
        history={{ inScope: 2, points: [{ date: '2026-11-01', done: 2 }] }}
      />,
    );
    const [point] = screen.getAllByTestId('campaign-history-point');
    const goal = screen.getByTestId('campaign-chart-goal');
    const [from, to] = ['x1', 'x2'].map(a => Number(goal.getAttribute(a)));
    expect(Number(point.getAttribute('cx'))).toBeCloseTo((from + to) / 2, 5);
    // All done: the point sits on the goal line.
    expect(point.getAttribute('cy')).toBe(goal.getAttribute('y1'));
  });
});

describe('labelledDays', () => {
  it('labels the first and last day and as many between as fit', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `${i + 1} Nov`);
    const shown = labelledDays(labels, i => i * 20);
    expect(shown[0]).toBe(0);
    expect(shown[shown.length - 1]).toBe(29);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.length).toBeLessThan(30);
    for (let k = 1; k < shown.length; k++) {
      expect((shown[k] - shown[k - 1]) * 20).toBeGreaterThanOrEqual(
        6.5 * 6 + 12,
      );
    }
  });

  it('labels one day once', () => {
    expect(labelledDays(['1 Nov'], () => 100)).toEqual([0]);
    expect(labelledDays([], () => 0)).toEqual([]);
  });
});
