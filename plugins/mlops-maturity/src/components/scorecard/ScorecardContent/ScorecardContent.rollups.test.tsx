import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  apiWith,
  renderScorecard,
} from '../../../__testUtils__/renderScorecard';
import {
  ownerRollup,
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';

// The team roll-ups of the scorecard (OwnerRollupTable).

describe('ScorecardContent', () => {
  it('rolls up per owner', async () => {
    const response = scorecardResponse([scorecardRow('a')], {}, [
      ownerRollup('group:default/team-fraud', {
        serviceCount: 4,
        assessedCount: 3,
        assessedShare: 0.75,
        meanScore: 2.25,
        lowestLevel: 1,
      }),
      ownerRollup(null, {
        serviceCount: 2,
        assessedCount: 0,
        assessedShare: 0,
        meanScore: null,
        lowestLevel: null,
      }),
    ]);
    await renderScorecard(apiWith(response));
    const teams = (await screen.findByText('Teams')).closest(
      '.MuiPaper-root',
    ) as HTMLElement;
    const fraud = within(teams)
      .getByRole('link', { name: 'team-fraud' })
      .closest('tr')!;
    expect(fraud).toHaveTextContent('2.25');
    expect(fraud).toHaveTextContent('75%');
    expect(within(teams).getByText('No owner').closest('tr')).toHaveTextContent(
      '0%',
    );
  });

  it('gives material-table a row id, so it keeps its state between renders', async () => {
    // material-table checks for ids only in development builds.
    const env = process.env.NODE_ENV;
    const warn = jest.spyOn(console, 'warn');
    try {
      (process.env as Record<string, string>).NODE_ENV = 'development';
      await renderScorecard(
        apiWith(
          scorecardResponse([scorecardRow('a')], {}, [
            ownerRollup('group:default/team-fraud', { serviceCount: 1 }),
            ownerRollup(null, { serviceCount: 1 }),
          ]),
        ),
      );
      await screen.findByText('Teams');
    } finally {
      (process.env as Record<string, string>).NODE_ENV = env!;
    }
    expect(
      warn.mock.calls.filter(c => String(c[0]).includes('unique id')),
    ).toEqual([]);
    warn.mockRestore();
  });

  it("counts a team's unassessed services in its lowest level", async () => {
    const response = scorecardResponse([scorecardRow('a')], {}, [
      // Four of five not assessed: the one assessed is at Level 2.
      ownerRollup('group:default/team-fraud', {
        serviceCount: 5,
        assessedCount: 1,
        assessedShare: 0.2,
        lowestLevel: 2,
      }),
      ownerRollup('group:default/team-search', {
        serviceCount: 2,
        assessedCount: 2,
        assessedShare: 1,
        lowestLevel: 1,
      }),
    ]);
    await renderScorecard(apiWith(response));
    const teams = (await screen.findByText('Teams')).closest(
      '.MuiPaper-root',
    ) as HTMLElement;
    const headers = within(teams)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    const lowest = headers.indexOf('Lowest level');
    const cell = (team: string) =>
      within(
        within(teams).getByRole('link', { name: team }).closest('tr')!,
      ).getAllByRole('cell')[lowest];
    expect(cell('team-fraud')).toHaveTextContent('Not assessed (4 of 5)');
    expect(cell('team-fraud')).not.toHaveTextContent('L2');
    expect(cell('team-search')).toHaveTextContent('L1');
  });

  it("shows each team's evidence-backed share and where evidence suggests more", async () => {
    const response = scorecardResponse([scorecardRow('a')], {}, [
      ownerRollup('group:default/team-fraud', {
        serviceCount: 4,
        evidenceShare: 0.6,
        evidenceSuggestsHigherCount: 2,
      }),
      ownerRollup('group:default/team-search', {
        serviceCount: 2,
        evidenceShare: 1,
        evidenceSuggestsHigherCount: 0,
      }),
      ownerRollup(null, { serviceCount: 2, evidenceShare: null }),
    ]);
    await renderScorecard(apiWith(response));
    const teams = (await screen.findByText('Teams')).closest(
      '.MuiPaper-root',
    ) as HTMLElement;
    const headers = within(teams)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    const evidence = headers.indexOf('Evidence-backed');
    expect(evidence).toBeGreaterThan(0);
    const cell = (row: HTMLElement) =>
      within(row).getAllByRole('cell')[evidence];
    const fraud = cell(
      within(teams).getByRole('link', { name: 'team-fraud' }).closest('tr')!,
    );
    expect(fraud).toHaveTextContent('60% ↑2');
    expect(
      within(fraud).getByRole('img', {
        name: 'Evidence suggests a higher level for 2 services',
      }),
    ).toBeInTheDocument();
    const search = cell(
      within(teams).getByRole('link', { name: 'team-search' }).closest('tr')!,
    );
    expect(search.textContent).toBe('100%');
    expect(
      cell(within(teams).getByText('No owner').closest('tr')!).textContent,
    ).toBe('–');
  });

  it('sorts the team roll-up in the browser', async () => {
    const rollup = (owner: string, meanScore: number) =>
      ownerRollup(`group:default/${owner}`, { meanScore, lowestLevel: 1 });
    const api = apiWith(
      scorecardResponse([scorecardRow('a')], {}, [
        rollup('team-b', 2.5),
        rollup('team-a', 1.5),
        rollup('team-c', 3.5),
      ]),
    );
    await renderScorecard(api);
    const teams = (await screen.findByText('Teams')).closest(
      '.MuiPaper-root',
    ) as HTMLElement;
    const owners = () =>
      within(teams)
        .getAllByRole('link')
        .map(link => link.textContent);
    expect(owners()).toEqual(['team-b', 'team-a', 'team-c']);
    const requests =
      api.getScorecardPage.mock.calls.length +
      api.getScorecardSummary.mock.calls.length;

    await userEvent.click(within(teams).getByText('Mean score'));
    expect(owners()).toEqual(['team-a', 'team-b', 'team-c']);
    await userEvent.click(within(teams).getByText('Mean score'));
    expect(owners()).toEqual(['team-c', 'team-b', 'team-a']);
    expect(
      api.getScorecardPage.mock.calls.length +
        api.getScorecardSummary.mock.calls.length,
    ).toBe(requests);
  });

  it("shows how many of an owner's services with a target meet it", async () => {
    const response = scorecardResponse([scorecardRow('a')], {}, [
      ownerRollup('group:default/team-fraud', {
        serviceCount: 5,
        withTargetCount: 4,
        atTargetCount: 3,
        atTargetShare: 0.75,
      }),
      ownerRollup('group:default/team-search', { serviceCount: 2 }),
    ]);
    await renderScorecard(apiWith(response));
    const teams = (await screen.findByText('Teams')).closest(
      '.MuiPaper-root',
    ) as HTMLElement;
    const headers = within(teams)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    const atTarget = headers.indexOf('At target');
    expect(atTarget).toBeGreaterThan(0);
    const cell = (owner: string) =>
      within(
        within(teams).getByRole('link', { name: owner }).closest('tr')!,
      ).getAllByRole('cell')[atTarget].textContent;
    expect(cell('team-fraud')).toBe('3 of 4');
    // No service of the team has a target: nothing to count.
    expect(cell('team-search')).toBe('–');
  });

  it('puts the first rows in the page before the team roll-up below them', async () => {
    const response = scorecardResponse([scorecardRow('a')], {}, [
      ownerRollup('group:default/team-fraud', { serviceCount: 4 }),
    ]);
    // What the page held when the first row came in, as the browser
    // benchmark sees it: the roll-up's table must not delay that paint.
    let rollupWithFirstRow: boolean | undefined;
    const observer = new MutationObserver(() => {
      if (
        rollupWithFirstRow === undefined &&
        screen.queryByTestId('scorecard-row')
      )
        rollupWithFirstRow = Boolean(
          screen.queryByTestId('owner-rollup')?.querySelector('table'),
        );
    });
    observer.observe(document.body, { childList: true, subtree: true });
    try {
      await renderScorecard(apiWith(response));
      await screen.findByText('Teams');
    } finally {
      observer.disconnect();
    }
    expect(rollupWithFirstRow).toBe(false);
  });
});
