import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testModel } from '../../../__testUtils__/maturityFixtures';
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

// The scorecard page: its rows and requests, sorting and paging on the
// server, the summary, the export and what it says when there is nothing.
// Its filters, campaigns and team roll-ups: ScorecardContent.*.test.tsx.

describe('ScorecardContent', () => {
  it('ranks the rows of the page, offset included, with their maturity', async () => {
    const response = scorecardResponse(
      [
        scorecardRow('ranker', {
          title: 'Search ranker',
          score: 3.4,
          level: 3,
          gatedLevel: 2,
        }),
        scorecardRow('churn', {
          score: 0.8,
          level: 1,
          stale: true,
          weakestDimensionId: 'people-process',
          owner: 'group:default/team-search',
        }),
      ],
      { offset: 50, totalCount: 120 },
    );
    await renderScorecard(apiWith(response), '?offset=50');

    const rows = await screen.findAllByTestId('scorecard-row');
    expect(rows).toHaveLength(2);
    const first = within(rows[0]).getAllByRole('cell');
    expect(first[0]).toHaveTextContent('51');
    expect(
      within(rows[0]).getByRole('link', { name: 'Search ranker' }),
    ).toHaveAttribute('href', '/catalog/default/component/ranker/maturity');
    // Owners by the display name the filters read from the catalog, else
    // by the ref (team-search cannot be read here).
    expect(
      await within(rows[0]).findByRole('link', { name: 'Fraud & Risk ML' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-fraud');
    expect(
      within(rows[1]).getByRole('link', { name: 'team-search' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-search');
    expect(rows[0]).toHaveTextContent('3.40');
    expect(rows[0]).toHaveTextContent('Monitoring & Operations');
    expect(within(rows[0]).queryByText('Stale')).not.toBeInTheDocument();

    expect(within(rows[1]).getAllByRole('cell')[0]).toHaveTextContent('52');
    expect(rows[1]).toHaveTextContent('People & Process');
    expect(within(rows[1]).getByText('Stale')).toBeInTheDocument();
    expect(screen.getByText(/^51\s*[-–]\s*100 of 120$/)).toBeInTheDocument();
  });

  it('reads filters, sort and page from the URL into the request', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(
      api,
      '?owner=group:default/a&owner=group:default/b&level=1&stale=true&orderBy=name&order=asc&q=rank',
    );
    await screen.findAllByTestId('scorecard-row');
    expect(api.getScorecardPage).toHaveBeenCalledWith({
      owner: ['group:default/a', 'group:default/b'],
      level: [1],
      stale: true,
      q: 'rank',
      orderBy: 'name',
      order: 'asc',
      limit: 50,
    });
    expect(api.getScorecardSummary).toHaveBeenCalledWith({
      owner: ['group:default/a', 'group:default/b'],
      level: [1],
      stale: true,
      q: 'rank',
    });
    expect(screen.getByLabelText('Search')).toHaveValue('rank');
  });

  it("shows each service's target and whether it is met, in words", async () => {
    const response = scorecardResponse([
      scorecardRow('ranker', {
        level: 3,
        targetLevel: 2,
        targetTitle: 'Production services',
        targetMet: true,
      }),
      scorecardRow('churn', { level: 1, targetLevel: 3, targetMet: false }),
      scorecardRow('draft', {
        assessed: false,
        score: null,
        level: null,
        gatedLevel: null,
        targetLevel: 2,
        targetMet: false,
      }),
      scorecardRow('lab'),
    ]);
    await renderScorecard(apiWith(response));
    const rows = await screen.findAllByTestId('scorecard-row');
    const headers = screen.getAllByRole('columnheader').map(h => h.textContent);
    const target = headers.indexOf('Target');
    expect(target).toBeGreaterThan(0);
    const cells = rows.map(
      row => within(row).getAllByRole('cell')[target].textContent,
    );
    expect(cells).toEqual(['L2 met', 'L3 below', 'L2 below', '']);
  });

  it('sorts on the server when a column header is clicked, and keeps it in the URL', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    await renderScorecard(api, '?offset=100');
    await screen.findAllByTestId('scorecard-row');
    expect(lastQuery(api)).toMatchObject({
      orderBy: 'score',
      order: 'desc',
      offset: 100,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Service' }));
    await waitFor(() =>
      expect(lastQuery(api)).toEqual({
        orderBy: 'name',
        order: 'asc',
        limit: 50,
      }),
    );
    expect(currentParams().get('orderBy')).toBe('name');
    expect(currentParams().get('order')).toBe('asc');
    // A new sort starts at the first page.
    expect(currentParams().has('offset')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Service' }));
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ orderBy: 'name', order: 'desc' }),
    );
  });

  it('pages through the server', async () => {
    const api = apiWith(
      scorecardResponse([scorecardRow('ranker')], { totalCount: 120 }),
    );
    await renderScorecard(api);
    await screen.findAllByTestId('scorecard-row');
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ offset: 50, limit: 50 }),
    );
    expect(currentParams().get('offset')).toBe('50');
  });

  it('pages by cursor, kept in the URL for reload and Back, dropped by a new sort', async () => {
    const api = apiWith(
      scorecardResponse([scorecardRow('ranker')], {
        totalCount: 120,
        nextCursor: 'after-ranker',
      }),
    );
    await renderScorecard(api);
    await screen.findAllByTestId('scorecard-row');
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ cursor: 'after-ranker' }),
    );
    expect(lastQuery(api)).not.toHaveProperty('offset');
    expect(currentParams().get('cursor')).toBe('after-ranker');

    await userEvent.click(screen.getByRole('button', { name: 'Service' }));
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ orderBy: 'name' }),
    );
    expect(lastQuery(api)).not.toHaveProperty('cursor');
    expect(currentParams().has('cursor')).toBe(false);
  });

  it('fetches the summary once per filter: paging and sorting fetch only a page', async () => {
    const api = apiWith(
      scorecardResponse([scorecardRow('ranker')], { totalCount: 120 }),
    );
    await renderScorecard(api, '?owner=group:default/a');
    await screen.findAllByTestId('scorecard-row');
    expect(api.getScorecardSummary).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() => expect(lastQuery(api)).toMatchObject({ offset: 50 }));
    await userEvent.click(screen.getByRole('button', { name: 'Service' }));
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ orderBy: 'name' }),
    );
    expect(api.getScorecardPage).toHaveBeenCalledTimes(3);
    expect(api.getScorecardSummary).toHaveBeenCalledTimes(1);

    await userEvent.type(screen.getByLabelText('Search'), 'fraud');
    await waitFor(() =>
      expect(api.getScorecardSummary).toHaveBeenLastCalledWith({
        owner: ['group:default/a'],
        q: 'fraud',
      }),
    );
    expect(api.getScorecardSummary).toHaveBeenCalledTimes(2);
  });

  it('shows the ranking as soon as its page arrives, and the roll-ups with the summary', async () => {
    const response = scorecardResponse([scorecardRow('ranker')], {
      totalCount: 120,
    });
    const api = apiWith(response);
    let release: () => void = () => {};
    const held = new Promise<void>(done => (release = done));
    const summaryAfter = api.getScorecardSummary.getMockImplementation()!;
    api.getScorecardSummary.mockImplementation(async filters => {
      await held;
      return summaryAfter(filters);
    });
    await renderScorecard(api);

    expect(await screen.findAllByTestId('scorecard-row')).toHaveLength(1);
    expect(screen.queryByText('Teams')).not.toBeInTheDocument();
    expect(
      screen.getByText(/^1\s*[-–]\s*50 of more than 50$/),
    ).toBeInTheDocument();

    release();
    expect(await screen.findByText('Teams')).toBeInTheDocument();
    expect(screen.getByText(/^1\s*[-–]\s*50 of 120$/)).toBeInTheDocument();
  });

  it('summarises the view and shows the level distribution', async () => {
    const response = scorecardResponse([
      scorecardRow('a', { score: 1, level: 1 }),
      scorecardRow('b', {
        score: 3,
        level: 3,
        stale: true,
        evidenceShare: 0.5,
        evidenceBackedCount: 2,
        evidenceAnsweredCount: 4,
        evidenceSuggestsHigherCount: 1,
      }),
      scorecardRow('c', {
        assessed: false,
        score: null,
        level: null,
        gatedLevel: null,
      }),
    ]);
    await renderScorecard(apiWith(response));
    expect(await screen.findByLabelText('ML services')).toHaveTextContent('3');
    expect(screen.getByLabelText('Assessed')).toHaveTextContent('67%');
    expect(screen.getByLabelText('Mean score')).toHaveTextContent('2.00');
    expect(screen.getByLabelText('Stale')).toHaveTextContent('50%');
    // Answer-weighted over the measured services: (9 + 2) of (12 + 4).
    const { evidenceShare } = response.summary;
    expect(evidenceShare).toBeCloseTo(11 / 16);
    expect(screen.getByLabelText('Evidence-backed')).toHaveTextContent(
      `${Math.round(evidenceShare! * 100)}%`,
    );
    expect(
      screen.getByText(
        'of the answers; evidence suggests a higher level for 1 service',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText(`Level 3 (${testModel.levels[3].name}): 1`),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Not assessed: 1')).toBeInTheDocument();
  });

  it('exports the filtered view with its filters', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    const blob = new Blob(['entityRef\n'], { type: 'text/csv' });
    api.exportScorecard.mockResolvedValue({ blob, fileName: 'scorecard.csv' });
    const createObjectURL = jest.fn(() => 'blob:scorecard');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: Array<{ download: string; href: string }> = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function recordClick(this: HTMLAnchorElement) {
        clicked.push({ download: this.download, href: this.href });
      });

    await renderScorecard(
      api,
      '?system=system:default/payments&level=0&level=1&evidenceShareMin=1&evidenceSuggestsHigher=true',
    );
    await screen.findAllByTestId('scorecard-row');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() =>
      expect(clicked).toEqual([
        { download: 'scorecard.csv', href: 'blob:scorecard' },
      ]),
    );
    expect(api.exportScorecard).toHaveBeenCalledWith(
      expect.objectContaining({
        system: ['system:default/payments'],
        level: [0, 1],
        evidenceShareMin: 1,
        evidenceSuggestsHigher: true,
      }),
    );
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:scorecard');
    click.mockRestore();
  });

  it('explains which entities count when there are none', async () => {
    await renderScorecard(apiWith(scorecardResponse([])));
    expect(
      await screen.findByText('No ML services in the catalog yet'),
    ).toBeInTheDocument();
  });

  it('shows an error from the backend, and loads again on Retry', async () => {
    const api = apiWith(scorecardResponse([]));
    api.getScorecardPage.mockImplementationOnce(async () => {
      throw new Error('scorecard unavailable');
    });
    await renderScorecard(api);
    expect(await screen.findByTestId('load-error')).toHaveTextContent(
      'scorecard unavailable',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('No ML services in the catalog yet'),
    ).toBeInTheDocument();
    expect(api.getScorecardPage).toHaveBeenCalledTimes(2);
  });
});
