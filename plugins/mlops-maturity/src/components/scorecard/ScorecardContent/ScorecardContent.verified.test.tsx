import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import {
  apiWith,
  currentParams,
  lastQuery,
  renderScorecard,
} from '../../../__testUtils__/renderScorecard';
import {
  ownerRollup,
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';

// The verified level on the scorecard page: its filters in the URL and the
// requests, the summary's figures and the team roll-up's column. The
// ranking's Verified column: ScorecardRankingTable.test.tsx.

describe('ScorecardContent: the verified level', () => {
  it('filters by verified level and by verified below claimed, in the URL and the requests', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(api);
    await screen.findAllByTestId('scorecard-row');

    await userEvent.click(screen.getByLabelText('Verified level'));
    await userEvent.click(
      await screen.findByRole('option', {
        name: `L1 · ${testModel.levels[1].name}`,
      }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ verifiedLevel: [1] }),
    );
    expect(currentParams().getAll('verifiedLevel')).toEqual(['1']);
    // The claimed level's filter is untouched.
    expect(currentParams().has('level')).toBe(false);

    fireEvent.mouseDown(screen.getByLabelText('Verified vs claimed'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Below claimed' }),
    );
    await waitFor(() =>
      expect(api.getScorecardSummary).toHaveBeenLastCalledWith({
        verifiedLevel: [1],
        verifiedBelowClaimed: true,
      }),
    );
    expect(currentParams().get('verifiedBelowClaimed')).toBe('true');

    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await userEvent.click(clear[clear.length - 1]);
    await waitFor(() =>
      expect(currentParams().has('verifiedLevel')).toBe(false),
    );
    expect(currentParams().has('verifiedBelowClaimed')).toBe(false);
  });

  it('reads the verified filters back from a shared link', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(
      api,
      '?verifiedLevel=0&verifiedLevel=2&verifiedBelowClaimed=false&orderBy=verifiedLevel&order=asc',
    );
    await screen.findAllByTestId('scorecard-row');
    expect(lastQuery(api)).toMatchObject({
      verifiedLevel: [0, 2],
      verifiedBelowClaimed: false,
      orderBy: 'verifiedLevel',
      order: 'asc',
    });
    expect(
      screen.getByRole('columnheader', { name: /Verified/ }),
    ).toHaveAttribute('aria-sort', 'ascending');
  });

  it('shows the mean verified score and the services per verified level', async () => {
    const response = scorecardResponse([
      scorecardRow('a', { level: 2, verifiedLevel: 1, verifiedScore: 1.5 }),
      scorecardRow('b', { level: 3, verifiedLevel: 3, verifiedScore: 3.1 }),
      scorecardRow('c', {
        verifiedLevel: null,
        verifiedScore: null,
        verificationGapCount: null,
      }),
      scorecardRow('d', { assessed: false, level: null, score: null }),
    ]);
    await renderScorecard(apiWith(response));
    await screen.findAllByTestId('scorecard-row');
    // One chart, the claimed levels first; the switch shows the verified ones.
    const summary = screen.getByTestId('scorecard-summary');
    expect(
      within(summary).getByRole('img', { name: 'Services per level' }),
    ).toBeInTheDocument();
    await userEvent.click(
      within(summary).getByRole('button', { name: 'Verified' }),
    );
    expect(
      within(summary).queryByRole('img', { name: 'Services per level' }),
    ).not.toBeInTheDocument();
    expect(
      within(summary).getByRole('button', { name: 'Verified' }),
    ).toHaveAttribute('aria-pressed', 'true');
    // (1.5 + 3.1) / 2; a verified below its claimed L2.
    expect(
      within(summary).getByText(
        'Mean verified score 2.30; 1 service verified below its claim',
      ),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', {
      name: 'Services per verified level',
    });
    const bar = (name: string) => within(chart).getByLabelText(name);
    expect(
      bar(
        `Services per verified level, Level 1 (${testModel.levels[1].name}): 1`,
      ),
    ).toBeInTheDocument();
    expect(
      bar(
        `Services per verified level, Level 3 (${testModel.levels[3].name}): 1`,
      ),
    ).toBeInTheDocument();
    // c not computed and d not assessed: neither has a verified level.
    expect(
      bar(
        'Services per verified level, No verified level: not assessed, or not computed yet: 2',
      ),
    ).toBeInTheDocument();
  });

  it("rolls up each team's lowest verified level and how many are verified below their claim", async () => {
    const response = scorecardResponse([scorecardRow('a')], {}, [
      ownerRollup('group:default/team-fraud', {
        lowestVerifiedLevel: 0,
        meanVerifiedScore: 0.8,
        verifiedBelowClaimedCount: 2,
      }),
      ownerRollup(null, { lowestVerifiedLevel: null }),
    ]);
    await renderScorecard(apiWith(response));
    const teams = (await screen.findByText('Teams')).closest(
      '.MuiPaper-root',
    ) as HTMLElement;
    expect(
      within(teams).getByText('Lowest verified').closest('span'),
    ).toHaveAttribute('title', expect.stringMatching(/^The lowest verified/));
    const fraud = within(teams)
      .getByRole('link', { name: 'team-fraud' })
      .closest('tr')!;
    expect(
      within(fraud).getByRole('img', {
        name: '2 services verified below their claimed level',
      }),
    ).toHaveTextContent('↓2');
    expect(within(fraud).getByText('L0')).toBeInTheDocument();
  });
});
