import { renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScorecardTrendChart } from './ScorecardTrendChart';
import { TrendChartPoint } from './trendTypes';

const point = (
  date: string,
  levels: number[],
  notAssessed: number,
  meanScore: number | null,
): TrendChartPoint => ({
  date,
  levels: {
    '0': levels[0],
    '1': levels[1],
    '2': levels[2],
    '3': levels[3],
    '4': levels[4],
  },
  notAssessed,
  meanScore,
  atTargetShare: 0.25,
  evidenceShare: 0.4,
});

const POINTS = [
  point('2026-09-01', [2, 3, 1, 0, 0], 4, 0.83),
  point('2026-10-01', [1, 3, 2, 0, 0], 4, 1.17),
  point('2026-11-01', [0, 0, 0, 0, 0], 10, null),
  point('2026-12-01', [0, 2, 4, 1, 0], 3, 1.86),
];

describe('ScorecardTrendChart', () => {
  it('stacks the services of each point by level, not assessed on top, and says every figure', async () => {
    await renderInTestApp(
      <ScorecardTrendChart points={POINTS} interval="month" />,
    );
    const groups = screen.getAllByTestId('trend-point');
    expect(groups).toHaveLength(4);
    // Bars only for the levels that have services: 3, 3, 1 and 4 (with the
    // not-assessed bar).
    expect(groups.map(g => g.querySelectorAll('rect').length - 1)).toEqual([
      4, 4, 1, 4,
    ]);
    // The same total makes the same height: 10 services in each of the
    // first three points.
    const height = (g: Element) =>
      Array.from(g.querySelectorAll('rect'))
        .slice(1)
        .reduce((sum, r) => sum + Number(r.getAttribute('height')), 0);
    expect(height(groups[0])).toBeCloseTo(height(groups[1]), 6);
    expect(height(groups[0])).toBeCloseTo(height(groups[2]), 6);
    expect(groups[0]).toHaveAttribute(
      'aria-label',
      expect.stringContaining(
        'Level 0: 2; Level 1: 3; Level 2: 1; Level 3: 0; Level 4: 0; Not assessed: 4; Mean score: 0.83; At target: 25%; Evidence-backed answers: 40%',
      ),
    );
    // The mean score line skips the point with no assessed service.
    const line = screen.getByTestId('trend-mean-score').getAttribute('d')!;
    expect(line.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
  });

  it('takes each point in the keyboard order, and shows it in a tooltip under the pointer', async () => {
    await renderInTestApp(
      <ScorecardTrendChart points={POINTS} interval="month" />,
    );
    const groups = screen.getAllByTestId('trend-point');
    await userEvent.tab();
    expect(groups[0]).toHaveFocus();
    await userEvent.tab();
    expect(groups[1]).toHaveFocus();
    // jsdom has no :focus-visible, which the tooltip waits for on focus;
    // the pointer opens it the same way.
    await userEvent.hover(groups[3].querySelector('rect')!);
    await waitFor(() =>
      expect(screen.getByRole('tooltip')).toHaveTextContent('Mean score: 1.86'),
    );
  });

  it('marks the dates it is given within its range, and no others', async () => {
    await renderInTestApp(
      <ScorecardTrendChart
        points={POINTS}
        interval="month"
        markers={[
          { date: '2026-10-15', label: 'Campaign starts: Level 2 by March' },
          { date: '2026-12-20', label: 'Deadline: Production at Level 2' },
          { date: '2027-03-01', label: 'Deadline: beyond the chart' },
          { date: '2026-08-01', label: 'Before the chart' },
        ]}
      />,
    );
    expect(
      screen
        .getAllByTestId('trend-marker')
        .map(m => m.getAttribute('aria-label')),
    ).toEqual([
      'Campaign starts: Level 2 by March',
      'Deadline: Production at Level 2',
    ]);
  });
});
