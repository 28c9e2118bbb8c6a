import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { CampaignProgressChart, labelledDays } from './CampaignProgressChart';
import { dayLabel } from './labelledDays';

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

describe('CampaignProgressChart towards its deadline', () => {
  it('runs to the deadline, marks it, draws the pace that reaches it, and counts in between', async () => {
    await renderInTestApp(
      <CampaignProgressChart
        history={{
          inScope: 16,
          points: [
            { date: '2026-11-01', done: 2 },
            { date: '2026-11-02', done: 3 },
            { date: '2026-11-03', done: 5 },
          ],
        }}
        deadline="2026-11-11T23:59:59.000Z"
      />,
    );
    const points = screen.getAllByTestId('campaign-history-point');
    const xs = points.map(p => Number(p.getAttribute('cx')));
    const deadline = screen.getByTestId('campaign-chart-deadline');
    const deadlineX = Number(deadline.getAttribute('x1'));
    // The axis runs by day to the deadline: ten days, the last point on
    // the third, so two days' room per point step and eight more after.
    const day = xs[1] - xs[0];
    expect(xs[2] - xs[1]).toBeCloseTo(day, 6);
    expect(deadlineX - xs[2]).toBeCloseTo(8 * day, 6);
    expect(deadline).toHaveAccessibleName(
      `Deadline: ${dayLabel('2026-11-11')}`,
    );
    // The pace: from the first day's count to every service by the deadline.
    const pace = screen.getByTestId('campaign-chart-pace');
    const goal = screen.getByTestId('campaign-chart-goal');
    expect(Number(pace.getAttribute('x1'))).toBeCloseTo(xs[0], 6);
    expect(pace.getAttribute('y1')).toBe(points[0].getAttribute('cy'));
    expect(Number(pace.getAttribute('x2'))).toBeCloseTo(deadlineX, 6);
    expect(pace.getAttribute('y2')).toBe(goal.getAttribute('y1'));
    // Ticks between 0 and all 16.
    expect(screen.getByTestId('campaign-chart-ticks')).toHaveTextContent(
      /^0816$/,
    );
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
