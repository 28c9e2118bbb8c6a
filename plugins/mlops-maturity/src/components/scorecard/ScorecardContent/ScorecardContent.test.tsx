import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { ScorecardResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../../../api';
import {
  campaign,
  campaignResponse,
  progress,
} from '../../../__testUtils__/campaignFixtures';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import {
  ownerRollup,
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';
import { ScorecardContent, ScorecardContentSlots } from './ScorecardContent';

function LocationProbe() {
  return <div data-testid="location">{useLocation().search}</div>;
}

const currentParams = () =>
  new URLSearchParams(screen.getByTestId('location').textContent ?? '');

const catalogApi = {
  getEntityFacets: jest.fn(async () => ({
    facets: {
      'relations.ownedBy': [
        { value: 'group:default/team-fraud', count: 3 },
        { value: 'group:default/team-search', count: 2 },
      ],
      'relations.partOf': [{ value: 'system:default/payments', count: 3 }],
      'spec.lifecycle': [{ value: 'production', count: 5 }],
    },
  })),
};

async function renderScorecard(
  api: MlopsMaturityApi,
  search = '',
  slots: ScorecardContentSlots = {},
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [mlopsMaturityApiRef, api],
        [catalogApiRef, catalogApi],
        [permissionApiRef, new MockPermissionApi(() => AuthorizeResult.DENY)],
      ]}
    >
      <ScorecardContent {...slots} />
      <LocationProbe />
    </TestApiProvider>,
    {
      routeEntries: [`/mlops-maturity${search}`],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** An API whose page and summary are the two halves of `response`. */
function apiWith(response: ScorecardResponse | Error) {
  const answer = async () => {
    if (response instanceof Error) throw response;
    return response;
  };
  return fakeMlopsMaturityApi({
    getScorecardPage: jest.fn(async () => {
      const { items, limit, offset, totalCount } = await answer();
      return { items, limit, offset, hasMore: offset + limit < totalCount };
    }),
    getScorecardSummary: jest.fn(async () => {
      const { items: _, limit: __, offset: ___, ...summary } = await answer();
      return summary;
    }),
  });
}

const lastQuery = (api: jest.Mocked<MlopsMaturityApi>) =>
  api.getScorecardPage.mock.calls[
    api.getScorecardPage.mock.calls.length - 1
  ][0];

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
    expect(
      within(rows[0]).getByRole('link', { name: 'team-fraud' }),
    ).toBeInTheDocument();
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
      'Half or less backed',
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

    // Another range replaces both bounds.
    fireEvent.mouseDown(screen.getByLabelText('Evidence'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'None backed' }),
    );
    await waitFor(() =>
      expect(currentParams().get('evidenceShareMax')).toBe('0'),
    );
    expect(currentParams().has('evidenceShareMin')).toBe(false);
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

  it('hands the active campaigns to the page above the ranking and filters by one', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    api.listCampaigns.mockResolvedValue({
      items: [{ campaign: campaign(), progress: progress(3, 10) }],
    });
    // The page composing the scorecard shows the campaigns (the campaigns
    // feature's section; see pages/ScorecardRoutes.test.tsx): here, their titles.
    await renderScorecard(api, '', {
      renderCampaigns: active => (
        <ul aria-label="Active campaigns">
          {active.items?.map(i => (
            <li key={i.campaign.id}>{i.campaign.title}</li>
          ))}
        </ul>
      ),
    });
    await screen.findAllByTestId('scorecard-row');
    const campaigns = await screen.findByRole('list', {
      name: 'Active campaigns',
    });
    expect(within(campaigns).getAllByRole('listitem')).toHaveLength(1);
    expect(
      screen
        .getByRole('list', { name: 'Active campaigns' })
        .compareDocumentPosition(screen.getAllByTestId('scorecard-row')[0]) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(api.listCampaigns).toHaveBeenCalledWith('active');
    // Without a campaign, done or not is no filter.
    expect(screen.queryByLabelText('Campaign goal')).not.toBeInTheDocument();

    fireEvent.mouseDown(screen.getByLabelText('Campaign'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Level 2 by year end' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ campaign: 'c1' }),
    );
    expect(currentParams().get('campaign')).toBe('c1');

    fireEvent.mouseDown(screen.getByLabelText('Campaign goal'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Not met yet' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({
        campaign: 'c1',
        campaignDone: false,
      }),
    );
    expect(api.getScorecardSummary).toHaveBeenLastCalledWith({
      campaign: 'c1',
      campaignDone: false,
    });
    expect(currentParams().get('campaignDone')).toBe('false');

    await userEvent.click(
      screen.getAllByRole('button', { name: 'Clear filters' })[0],
    );
    await waitFor(() => expect(currentParams().has('campaign')).toBe(false));
    expect(currentParams().has('campaignDone')).toBe(false);
  });

  it('names a campaign from a shared link that is no longer active', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    api.getCampaign.mockResolvedValue(
      campaignResponse({
        id: 'c0',
        title: 'Level 1 everywhere',
        state: 'closed',
      }),
    );
    await renderScorecard(api, '?campaign=c0&campaignDone=false');
    await screen.findAllByTestId('scorecard-row');
    expect(api.getScorecardPage).toHaveBeenCalledWith(
      expect.objectContaining({ campaign: 'c0', campaignDone: false }),
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Campaign')).toHaveTextContent(
        'Level 1 everywhere',
      ),
    );
    expect(api.getCampaign).toHaveBeenCalledWith('c0');
    expect(screen.getByLabelText('Campaign goal')).toHaveTextContent(
      'Not met yet',
    );
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

  it('explains which entities count when there are none', async () => {
    await renderScorecard(apiWith(scorecardResponse([])));
    expect(
      await screen.findByText('No ML services in the catalog yet'),
    ).toBeInTheDocument();
  });

  it('shows an error from the backend', async () => {
    await renderScorecard(apiWith(new Error('scorecard unavailable')));
    expect(
      (await screen.findAllByText(/scorecard unavailable/)).length,
    ).toBeGreaterThan(0);
  });
});
