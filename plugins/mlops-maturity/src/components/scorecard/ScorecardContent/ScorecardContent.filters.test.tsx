import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  apiWith,
  currentParams,
  lastQuery,
  renderScorecard,
} from '../../../__testUtils__/renderScorecard';
import {
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';

// The filters of the scorecard (ScorecardFilters), kept in the URL and sent
// with the requests. The campaign filter: ScorecardContent.campaigns.test.tsx.

describe('ScorecardContent', () => {
  it('writes a filter change to the URL and requests it', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(api);
    await screen.findAllByTestId('scorecard-row');

    fireEvent.mouseDown(screen.getByLabelText('Assessment'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Not assessed' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ assessed: false }),
    );
    expect(currentParams().get('assessed')).toBe('false');

    await userEvent.click(screen.getByLabelText('Owner'));
    // Owners by the name the rows show, the ref where the catalog gives none.
    expect(
      await screen.findByRole('option', { name: /^Fraud & Risk ML/ }),
    ).toHaveTextContent('Fraud & Risk MLgroup:default/team-fraud');
    await userEvent.click(
      await screen.findByRole('option', { name: 'team-search' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({
        assessed: false,
        owner: ['group:default/team-search'],
      }),
    );
    expect(currentParams().getAll('owner')).toEqual([
      'group:default/team-search',
    ]);
  });

  it('debounces the text search into the query', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(api);
    await screen.findAllByTestId('scorecard-row');
    await userEvent.type(screen.getByLabelText('Search'), 'fraud');
    await waitFor(() => expect(lastQuery(api)).toMatchObject({ q: 'fraud' }));
    expect(currentParams().get('q')).toBe('fraud');
    // One request for the whole word, not one per letter.
    expect(
      api.getScorecardPage.mock.calls.filter(([q]) => q?.q !== undefined),
    ).toHaveLength(1);
  });

  it('filters to the services below their target, in the URL and the requests', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(api);
    await screen.findAllByTestId('scorecard-row');
    expect(api.getScorecardSummary).toHaveBeenCalledTimes(1);
    expect(lastQuery(api)).not.toHaveProperty('belowTarget');
    expect(
      screen.queryByRole('button', { name: 'Clear filters' }),
    ).not.toBeInTheDocument();

    fireEvent.mouseDown(screen.getByLabelText('Target'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Below target' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ belowTarget: true }),
    );
    expect(currentParams().get('belowTarget')).toBe('true');
    // A new filter: one more summary, keyed on it.
    await waitFor(() =>
      expect(api.getScorecardSummary).toHaveBeenLastCalledWith({
        belowTarget: true,
      }),
    );
    expect(api.getScorecardSummary).toHaveBeenCalledTimes(2);
    expect(
      screen.getAllByRole('button', { name: 'Clear filters' }).length,
    ).toBeGreaterThan(0);
  });

  it('says when no service matches the filters and clears them', async () => {
    const api = apiWith(scorecardResponse([]));
    await renderScorecard(api, '?lifecycle=experimental&orderBy=name');
    expect(
      await screen.findByText('No ML services match these filters'),
    ).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await userEvent.click(clear[clear.length - 1]);
    await waitFor(() =>
      expect(currentParams().toString()).toBe('orderBy=name'),
    );
  });

  it('filters by the evidence-backed share and by evidence suggesting a higher level, in the URL and the requests', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(api);
    await screen.findAllByTestId('scorecard-row');
    expect(lastQuery(api)).not.toHaveProperty('evidenceShareMin');

    fireEvent.mouseDown(screen.getByLabelText('Evidence'));
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'Any',
      'All answers backed',
      'Half or more backed',
      'Less than half backed',
      'None backed',
    ]);
    await userEvent.click(
      screen.getByRole('option', { name: 'Half or more backed' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ evidenceShareMin: 0.5 }),
    );
    expect(currentParams().get('evidenceShareMin')).toBe('0.5');
    expect(currentParams().has('evidenceShareMax')).toBe(false);
    await waitFor(() =>
      expect(api.getScorecardSummary).toHaveBeenLastCalledWith({
        evidenceShareMin: 0.5,
      }),
    );

    // "Less than half" meets "half or more" without overlapping: exactly
    // half is in one of them only.
    fireEvent.mouseDown(screen.getByLabelText('Evidence'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Less than half backed' }),
    );
    await waitFor(() =>
      expect(currentParams().get('evidenceShareBelow')).toBe('0.5'),
    );
    expect(currentParams().has('evidenceShareMin')).toBe(false);
    expect(lastQuery(api)).toMatchObject({ evidenceShareBelow: 0.5 });

    // Another range replaces every bound.
    fireEvent.mouseDown(screen.getByLabelText('Evidence'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'None backed' }),
    );
    await waitFor(() =>
      expect(currentParams().get('evidenceShareMax')).toBe('0'),
    );
    expect(currentParams().has('evidenceShareMin')).toBe(false);
    expect(currentParams().has('evidenceShareBelow')).toBe(false);
    expect(lastQuery(api)).toEqual({
      evidenceShareMax: 0,
      orderBy: 'score',
      order: 'desc',
      limit: 50,
    });

    fireEvent.mouseDown(screen.getByLabelText('Evidence suggests higher'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'On some question' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({
        evidenceShareMax: 0,
        evidenceSuggestsHigher: true,
      }),
    );
    expect(currentParams().get('evidenceSuggestsHigher')).toBe('true');
    expect(api.getScorecardSummary).toHaveBeenLastCalledWith({
      evidenceShareMax: 0,
      evidenceSuggestsHigher: true,
    });

    fireEvent.mouseDown(screen.getByLabelText('Evidence'));
    await userEvent.click(await screen.findByRole('option', { name: 'Any' }));
    await waitFor(() =>
      expect(currentParams().has('evidenceShareMax')).toBe(false),
    );
    expect(currentParams().get('evidenceSuggestsHigher')).toBe('true');

    // Clearing the filters drops it too.
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Clear filters' })[0],
    );
    await waitFor(() =>
      expect(currentParams().has('evidenceSuggestsHigher')).toBe(false),
    );
  });

  it('reads the evidence filters and sort from a shared link', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(
      api,
      '?evidenceShareMin=0.2&evidenceShareMax=0.6&evidenceSuggestsHigher=false&orderBy=evidenceShare&order=desc',
    );
    await screen.findAllByTestId('scorecard-row');
    expect(api.getScorecardPage).toHaveBeenCalledWith({
      evidenceShareMin: 0.2,
      evidenceShareMax: 0.6,
      evidenceSuggestsHigher: false,
      orderBy: 'evidenceShare',
      order: 'desc',
      limit: 50,
    });
    expect(api.getScorecardSummary).toHaveBeenCalledWith({
      evidenceShareMin: 0.2,
      evidenceShareMax: 0.6,
      evidenceSuggestsHigher: false,
    });
    // A range the filter does not offer is shown by its bounds.
    expect(screen.getByLabelText('Evidence')).toHaveTextContent(
      '20% to 60% backed',
    );
    expect(screen.getByLabelText('Evidence suggests higher')).toHaveTextContent(
      'On no question',
    );
    const ranking = screen.getByRole('table', {
      name: 'ML services ranked by maturity',
    });
    expect(
      within(ranking).getByRole('columnheader', { name: /Evidence/ }),
    ).toHaveAttribute('aria-sort', 'descending');
  });

  it('reads the below-target filter from a shared link', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(api, '?belowTarget=true');
    await screen.findAllByTestId('scorecard-row');
    expect(api.getScorecardPage).toHaveBeenCalledWith(
      expect.objectContaining({ belowTarget: true }),
    );
    expect(api.getScorecardSummary).toHaveBeenCalledWith({
      belowTarget: true,
    });
  });
});
