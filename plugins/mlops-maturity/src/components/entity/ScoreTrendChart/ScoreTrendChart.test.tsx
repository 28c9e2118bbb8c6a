import { AssessmentHistoryEntry } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { ScoreTrendChart } from './ScoreTrendChart';

const entry = (
  revision: number,
  score: number,
  level: 0 | 1 | 2 | 3 | 4,
  createdAt: string,
): AssessmentHistoryEntry => ({
  revision,
  score,
  level,
  gatedLevel: level,
  modelId: 'mlops-maturity',
  modelVersion: '1.0.0',
  weakestDimensionId: 'people-process',
  author: 'user:default/ada',
  createdAt,
});

describe('ScoreTrendChart', () => {
  it('plots revisions oldest to newest, higher scores higher up', async () => {
    // History arrives newest first.
    const history = [
      entry(3, 2.6, 3, '2024-03-01T00:00:00Z'),
      entry(2, 1.2, 1, '2024-02-01T00:00:00Z'),
      entry(1, 0.4, 0, '2024-01-01T00:00:00Z'),
    ];
    await renderInTestApp(<ScoreTrendChart history={history} />);
    const points = screen.getAllByTestId('score-point');
    expect(points.map(p => p.getAttribute('aria-label'))).toEqual([
      'Revision 1: score 0.40, level 0',
      'Revision 2: score 1.20, level 1',
      'Revision 3: score 2.60, level 3',
    ]);
    const xs = points.map(p => Number(p.getAttribute('cx')));
    const ys = points.map(p => Number(p.getAttribute('cy')));
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
    // SVG y grows downwards.
    expect(ys[0]).toBeGreaterThan(ys[1]);
    expect(ys[1]).toBeGreaterThan(ys[2]);
  });

  it('spaces revisions evenly in revision order, however close in time', async () => {
    const history = [
      entry(5, 3.1, 3, '2024-04-10T12:00:00Z'),
      entry(4, 2.4, 2, '2024-03-05T12:00:00Z'),
      entry(3, 2.0, 2, '2024-03-01T12:20:00Z'),
      entry(2, 1.6, 2, '2024-03-01T12:10:00Z'),
      entry(1, 1.1, 1, '2024-03-01T12:00:00Z'),
    ];
    await renderInTestApp(<ScoreTrendChart history={history} />);
    const xs = screen
      .getAllByTestId('score-point')
      .map(p => Number(p.getAttribute('cx')));
    const steps = xs.slice(1).map((x, i) => x - xs[i]);
    expect(steps.every(step => step > 0)).toBe(true);
    for (const step of steps) expect(step).toBeCloseTo(steps[0], 6);

    // Three days: the first under three revisions, each labelled once.
    const days = screen.getAllByTestId('trend-day');
    expect(days).toHaveLength(3);
    const labels = days.map(day => day.querySelector('text')?.textContent);
    expect(labels).toEqual([
      expect.stringMatching(/Mar/),
      expect.stringMatching(/Mar/),
      expect.stringMatching(/Apr/),
    ]);
    const firstLabelX = Number(
      within(days[0]).getByText(labels[0]!).getAttribute('x'),
    );
    expect(firstLabelX).toBeCloseTo(xs[1], 6);
  });
});
