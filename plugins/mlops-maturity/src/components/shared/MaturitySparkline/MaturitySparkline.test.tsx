import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { levelColor } from '../LevelBadge';
import { MaturitySparkline } from './MaturitySparkline';

const path = () =>
  screen.getByTestId('maturity-sparkline-line').getAttribute('d') ?? '';

describe('MaturitySparkline', () => {
  it('draws the scores oldest first, saying the first and last', async () => {
    await renderInTestApp(
      <MaturitySparkline
        points={[
          { date: '2026-09-07', score: 1.2, level: 1 },
          { date: '2026-09-14', score: 1.5, level: 1 },
          { date: '2026-09-21', score: 2.75, level: 3 },
        ]}
      />,
    );
    const chart = screen.getByRole('img', {
      name: 'Score from 1.20 on 2026-09-07 to 2.75 on 2026-09-21',
    });
    // Three points, one line; a higher score is higher up (a smaller y).
    const ys = path()
      .split(/[ML]/)
      .filter(Boolean)
      .map(xy => Number(xy.split(',')[1]));
    expect(path().match(/M/g)).toHaveLength(1);
    expect(ys).toHaveLength(3);
    expect(ys[0]).toBeGreaterThan(ys[1]);
    expect(ys[1]).toBeGreaterThan(ys[2]);
    expect(chart.querySelector('circle')).toHaveAttribute(
      'fill',
      levelColor(3),
    );
  });

  it('breaks the line where nothing was assessed', async () => {
    await renderInTestApp(
      <MaturitySparkline
        points={[
          { date: '2026-09-07', score: 2 },
          { date: '2026-09-14', score: 2.5 },
          { date: '2026-09-21', score: null },
          { date: '2026-09-28', score: 3 },
        ]}
      />,
    );
    expect(path().match(/M/g)).toHaveLength(2);
    expect(
      screen.getByRole('img', {
        name: 'Score from 2.00 on 2026-09-07 to 3.00 on 2026-09-28',
      }),
    ).toBeInTheDocument();
  });

  it('says there is no history when nothing was ever assessed', async () => {
    await renderInTestApp(
      <MaturitySparkline points={[{ date: '2026-09-07', score: null }]} />,
    );
    expect(screen.getByText('No history yet')).toBeInTheDocument();
    expect(screen.queryByTestId('maturity-sparkline')).toBeNull();
  });
});
