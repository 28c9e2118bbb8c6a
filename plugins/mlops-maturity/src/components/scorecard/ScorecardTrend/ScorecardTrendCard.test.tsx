import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScorecardTrendPoint } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityApiRef } from '../../../api';
import { campaign } from '../../../__testUtils__/campaignFixtures';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import { ScorecardTrendCard } from './ScorecardTrendCard';

const point = (
  date: string,
  meanScore: number | null,
): ScorecardTrendPoint => ({
  date,
  asOf: date,
  serviceCount: 4,
  assessedCount: 3,
  staleCount: 0,
  levelDistribution: {
    levels: { '0': 0, '1': 2, '2': 1, '3': 0, '4': 0 },
    notAssessed: 1,
  },
  meanScore,
  withTargetCount: 0,
  atTargetCount: 0,
  atTargetShare: null,
  evidenceShare: null,
});

async function renderCard() {
  const api = fakeMlopsMaturityApi({
    getScorecardTrend: jest.fn(async query => ({
      from: query.from!,
      to: query.to!,
      interval: query.interval!,
      points: [
        point('2026-11-01', 1.2),
        point('2026-11-02', null),
        point('2026-11-03', 1.62),
      ],
    })),
  });
  const shown = campaign({
    title: 'Level 2 by spring',
    startsAt: '2026-11-02T09:00:00.000Z',
    deadline: '2027-03-31T23:59:59.000Z',
  });
  await renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, api]]}>
      <ScorecardTrendCard
        filters={{ owner: ['group:default/team-fraud'] }}
        campaigns={[shown]}
      />
    </TestApiProvider>,
  );
  return api;
}

describe('ScorecardTrendCard', () => {
  it('asks for nothing while folded; opened, for the filtered trend of the last 90 days, summed up in its header', async () => {
    const api = await renderCard();
    expect(
      await screen.findByRole('button', { name: /Over time/ }),
    ).toBeInTheDocument();
    expect(api.getScorecardTrend).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: /Over time/ }));
    expect(
      await screen.findByText('Mean score 1.62 (+0.42 over the period)'),
    ).toBeInTheDocument();
    const query = api.getScorecardTrend.mock.calls[0][0];
    expect(query).toMatchObject({
      owner: ['group:default/team-fraud'],
      interval: 'day',
    });
    const days = (Date.parse(query.to!) - Date.parse(query.from!)) / 86_400_000;
    expect(days).toBe(89);
  });

  it('charts the points with the campaign start marked, and asks again for another period', async () => {
    const api = await renderCard();
    await userEvent.click(
      await screen.findByRole('button', { name: /Over time/ }),
    );
    expect(await screen.findAllByTestId('trend-point')).toHaveLength(3);
    expect(
      screen
        .getAllByTestId('trend-marker')
        .map(m => m.getAttribute('aria-label')),
    ).toEqual(['Campaign starts: Level 2 by spring']);

    fireEvent.mouseDown(screen.getByLabelText('Period'));
    await userEvent.click(
      within(await screen.findByRole('listbox')).getByRole('option', {
        name: 'Last year, by week',
      }),
    );
    await waitFor(() =>
      expect(api.getScorecardTrend).toHaveBeenLastCalledWith(
        expect.objectContaining({ interval: 'week' }),
      ),
    );
  });
});
