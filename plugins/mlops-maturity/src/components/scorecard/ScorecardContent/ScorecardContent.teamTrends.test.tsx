import { act, screen, waitFor, within } from '@testing-library/react';
import {
  apiWith,
  renderScorecard,
} from '../../../__testUtils__/renderScorecard';
import {
  ownerRollup,
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';

// Each team roll-up's mean score over the last 90 days.

const weekly = (scores: Array<number | null>) =>
  scores.map((meanScore, i) => {
    const date = `2026-11-${String(2 + 7 * i).padStart(2, '0')}`;
    return {
      date,
      asOf: date,
      serviceCount: 2,
      assessedCount: 2,
      meanScore,
    };
  });

describe('ScorecardContent: team sparklines', () => {
  it('draws every team’s line from one request with the scorecard’s filters', async () => {
    const api = apiWith(
      scorecardResponse([scorecardRow('a')], {}, [
        ownerRollup('group:default/team-fraud', { serviceCount: 2 }),
        ownerRollup('group:default/team-search', { serviceCount: 2 }),
        ownerRollup(null, { serviceCount: 1 }),
      ]),
    );
    api.getTeamTrend.mockImplementation(async query => ({
      from: query.from!,
      to: '2026-11-30',
      interval: 'week',
      teams: [
        { owner: 'group:default/team-fraud', points: weekly([1, 1.5, 2.25]) },
        { owner: null, points: weekly([null, 0.5]) },
      ],
    }));
    await renderScorecard(api, '?lifecycle=production&orderBy=name');
    const teams = (await screen.findByText('Teams')).closest(
      '.MuiPaper-root',
    ) as HTMLElement;
    const row = (name: RegExp | string) =>
      (typeof name === 'string'
        ? within(teams).getByRole('link', { name })
        : within(teams).getByText(name)
      ).closest('tr')!;
    await waitFor(() =>
      expect(
        within(row('team-fraud')).getByRole('img', {
          name: 'Score from 1.00 on 2026-11-02 to 2.25 on 2026-11-16',
        }),
      ).toBeInTheDocument(),
    );
    expect(
      within(row(/^No owner$/)).getByRole('img', {
        name: 'Score from 0.50 on 2026-11-09 to 0.50 on 2026-11-09',
      }),
    ).toBeInTheDocument();
    // A team without snapshots yet has no line.
    expect(row('team-search')).toHaveTextContent('No history yet');

    expect(api.getTeamTrend).toHaveBeenCalledTimes(1);
    const [query] = api.getTeamTrend.mock.calls[0];
    expect(query).toMatchObject({
      lifecycle: ['production'],
      interval: 'week',
    });
    expect(query).not.toHaveProperty('orderBy');
    expect(query.from).toBe(
      new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10),
    );
  });

  it('asks for the teams’ trend only once the roll-ups are scrolled to', async () => {
    const observed: Array<
      (entries: Array<{ isIntersecting: boolean }>) => void
    > = [];
    const original = (window as any).IntersectionObserver;
    (window as any).IntersectionObserver = class {
      constructor(callback: (entries: any[]) => void) {
        observed.push(callback);
      }
      observe() {}
      disconnect() {}
    };
    try {
      const api = apiWith(
        scorecardResponse([scorecardRow('a')], {}, [
          ownerRollup('group:default/team-fraud', { serviceCount: 2 }),
        ]),
      );
      await renderScorecard(api, '');
      await screen.findByText('Teams');
      expect(observed.length).toBeGreaterThan(0);
      expect(api.getTeamTrend).not.toHaveBeenCalled();
      act(() =>
        observed.forEach(callback => callback([{ isIntersecting: true }])),
      );
      await waitFor(() => expect(api.getTeamTrend).toHaveBeenCalledTimes(1));
    } finally {
      (window as any).IntersectionObserver = original;
    }
  });
});
