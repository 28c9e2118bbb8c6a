import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { SWRConfig } from 'swr';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import {
  campaignResponse,
  deadlineInDays,
  progress,
} from '../../../__testUtils__/campaignFixtures';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import { responseError } from '../../../__testUtils__/responseError';
import { scorecardRow } from '../../../__testUtils__/scorecardFixtures';
import { CampaignContent } from './CampaignContent';

async function renderCampaignPage(
  api: MlopsMaturityApi,
  options: { canManage?: boolean; path?: string } = {},
) {
  const permissionApi = new MockPermissionApi(() =>
    options.canManage ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
  );
  await renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [mlopsMaturityApiRef, api],
          [permissionApiRef, permissionApi],
        ]}
      >
        <Routes>
          <Route
            path="/mlops-maturity/campaigns/:campaignId"
            element={<CampaignContent />}
          />
        </Routes>
      </TestApiProvider>
    </SWRConfig>,
    {
      routeEntries: [options.path ?? '/mlops-maturity/campaigns/c1'],
      mountedRoutes: {
        '/mlops-maturity': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

const teams = [
  { owner: 'group:default/team-fraud', ...progress(2, 6, 0) },
  { owner: 'group:default/team-search', ...progress(1, 3, 0) },
  { owner: null, ...progress(0, 1, 0) },
];

function apiWith(overrides: Partial<MlopsMaturityApi> = {}) {
  return fakeMlopsMaturityApi({
    getCampaign: jest.fn(async () =>
      campaignResponse(
        {
          description: 'Production models need automated training.',
          scope: {
            lifecycle: ['production'],
            owner: ['group:default/team-fraud', 'group:default/team-search'],
          },
        },
        progress(3, 10, 0, teams),
      ),
    ),
    getCampaignHistory: jest.fn(async () => ({
      inScope: 10,
      points: [
        { date: '2026-11-01', done: 1 },
        { date: '2026-11-02', done: 2 },
        { date: '2026-11-03', done: 3 },
      ],
    })),
    getScorecardPage: jest.fn(async query => ({
      items: [
        scorecardRow('churn', { level: 1, owner: 'group:default/team-fraud' }),
        scorecardRow('ranker', {
          title: 'Search ranker',
          assessed: false,
          level: null,
          updatedAt: null,
        }),
      ],
      limit: query?.limit ?? 25,
      offset: query?.offset ?? 0,
      hasMore: false,
    })),
    ...overrides,
  });
}

describe('CampaignContent', () => {
  it('shows what the campaign is: title, goal, deadline, state, scope and description', async () => {
    await renderCampaignPage(apiWith());
    expect(
      await screen.findByRole('heading', { name: 'Level 2 by year end' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('campaign-goal')).toHaveTextContent(
      `Reach Level 2 (${testModel.levels[2].name})`,
    );
    expect(
      screen.getByText(
        'A service is done when its assessed level is 2 or higher.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('campaign-deadline-status')).toHaveTextContent(
      '10 days left',
    );
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Lifecycle: production')).toBeInTheDocument();
    expect(screen.getByText('Owner: team-fraud')).toBeInTheDocument();
    expect(screen.getByText('Owner: team-search')).toBeInTheDocument();
    expect(
      screen.getByText('Production models need automated training.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the scorecard' }),
    ).toHaveAttribute('href', '/mlops-maturity');
  });

  it('totals the progress and charts it day by day', async () => {
    const api = apiWith();
    await renderCampaignPage(api);
    expect(await screen.findByLabelText('In scope')).toHaveTextContent('10');
    expect(screen.getByLabelText('Done')).toHaveTextContent('3');
    expect(screen.getByLabelText('Remaining')).toHaveTextContent('7');
    expect(screen.getByLabelText('Overdue')).toHaveTextContent('0');
    expect(
      screen.getByText('30% of the services in scope'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: '3 of 10 services done' }),
    ).toHaveAttribute('aria-valuenow', '30');

    const chart = await screen.findByRole('img', {
      name: /^Services done per day: 3 of 10 on /,
    });
    expect(within(chart).getAllByTestId('campaign-history-point')).toHaveLength(
      3,
    );
    expect(api.getCampaignHistory).toHaveBeenCalledWith('c1');
  });

  it('shows the progress of each team', async () => {
    await renderCampaignPage(apiWith());
    const table = await screen.findByTestId('campaign-teams');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent);
    // Most remaining first.
    expect(cells(rows[0])).toEqual(['team-fraud', '6', '2', '4', '0', '33%']);
    expect(cells(rows[1])).toEqual(['team-search', '3', '1', '2', '0', '33%']);
    expect(cells(rows[2])).toEqual(['No owner', '1', '0', '1', '0', '0%']);
  });

  it('lists the remaining services from the scorecard, each linking to its Maturity tab', async () => {
    const api = apiWith();
    await renderCampaignPage(api);
    const rows = await screen.findAllByTestId('remaining-row');
    expect(rows).toHaveLength(2);
    expect(api.getScorecardPage).toHaveBeenCalledWith({
      campaign: 'c1',
      campaignDone: false,
      orderBy: 'name',
      order: 'asc',
      limit: 25,
      offset: 0,
    });
    expect(
      within(rows[0]).getByRole('link', { name: 'churn' }),
    ).toHaveAttribute('href', '/catalog/default/component/churn/maturity');
    expect(
      within(rows[0]).getByLabelText(`Level 1: ${testModel.levels[1].name}`),
    ).toBeInTheDocument();
    expect(
      within(rows[1]).getByRole('link', { name: 'Search ranker' }),
    ).toHaveAttribute('href', '/catalog/default/component/ranker/maturity');
    expect(rows[1]).toHaveTextContent('Not assessed');
    expect(
      // A link styled as a button.
      screen.getByRole('button', { name: 'Open in the scorecard' }),
    ).toHaveAttribute('href', '/mlops-maturity?campaign=c1&campaignDone=false');
  });

  it('pages through the remaining services by cursor', async () => {
    const getScorecardPage = jest.fn(async query => {
      const second = query?.cursor === 'after-svc-24';
      return {
        items: Array.from({ length: second ? 5 : 25 }, (_, i) =>
          scorecardRow(`svc-${(second ? 25 : 0) + i}`),
        ),
        limit: 25,
        offset: second ? 25 : 0,
        hasMore: !second,
        ...(second
          ? { prevCursor: 'before-svc-25' }
          : { nextCursor: 'after-svc-24' }),
      };
    });
    const api = apiWith({
      getCampaign: jest.fn(async () =>
        campaignResponse({}, progress(0, 30, 0, [])),
      ),
      getScorecardPage,
    });
    await renderCampaignPage(api);
    await waitFor(() =>
      expect(screen.getAllByTestId('remaining-row')).toHaveLength(25),
    );
    expect(screen.getByText(/^1\s*[-–]\s*25 of 30$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(screen.getAllByTestId('remaining-row')).toHaveLength(5),
    );
    expect(getScorecardPage).toHaveBeenLastCalledWith(
      expect.objectContaining({ cursor: 'after-svc-24', campaignDone: false }),
    );
    expect(getScorecardPage.mock.lastCall![0]).not.toHaveProperty('offset');
    expect(screen.getByText(/^26\s*[-–]\s*30 of 30$/)).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: /previous page/i }),
    );
    await waitFor(() =>
      expect(getScorecardPage).toHaveBeenLastCalledWith(
        expect.objectContaining({ cursor: 'before-svc-25' }),
      ),
    );
  });

  it('says when every service in scope is done', async () => {
    await renderCampaignPage(
      apiWith({
        getScorecardPage: jest.fn(async () => ({
          items: [],
          limit: 25,
          offset: 0,
          hasMore: false,
        })),
      }),
    );
    expect(
      await screen.findByText('Every service in scope meets the goal.'),
    ).toBeInTheDocument();
  });

  it('counts overdue services once the deadline has passed', async () => {
    await renderCampaignPage(
      apiWith({
        getCampaign: jest.fn(async () =>
          campaignResponse(
            { deadline: deadlineInDays(-2), goal: { kind: 'reassess' } },
            progress(4, 10, 6, []),
          ),
        ),
      }),
    );
    expect(await screen.findByLabelText('Overdue')).toHaveTextContent('6');
    expect(screen.getByTestId('campaign-deadline-status')).toHaveTextContent(
      'Overdue by 2 days',
    );
    expect(screen.getByTestId('campaign-goal')).toHaveTextContent('Reassess');
  });

  it('offers no Edit or Close to those who may not manage campaigns', async () => {
    await renderCampaignPage(apiWith(), { canManage: false });
    await screen.findByRole('heading', { name: 'Level 2 by year end' });
    expect(
      screen.queryByRole('button', { name: 'Edit' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Close campaign' }),
    ).not.toBeInTheDocument();
  });

  it('lets a manager close the campaign, then shows it closed', async () => {
    const closed = campaignResponse(
      {
        state: 'closed',
        closedAt: '2026-12-02T10:00:00Z',
        closedBy: 'user:default/ada',
      },
      progress(3, 10, 0, teams),
    );
    const api = apiWith({ closeCampaign: jest.fn(async () => closed) });
    await renderCampaignPage(api, { canManage: true });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Close campaign' }),
    );
    (api.getCampaign as jest.Mock).mockResolvedValue(closed);
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Close campaign',
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('campaign-deadline-status')).toHaveTextContent(
        /^Closed /,
      ),
    );
    expect(api.closeCampaign).toHaveBeenCalledWith('c1');
    expect(
      screen.queryByRole('button', { name: 'Edit' }),
    ).not.toBeInTheDocument();
  });

  it('says so for an unknown campaign', async () => {
    await renderCampaignPage(
      apiWith({
        getCampaign: jest.fn(async () => {
          throw await responseError(404, 'NotFoundError', 'no campaign c9');
        }),
      }),
      { path: '/mlops-maturity/campaigns/c9' },
    );
    expect(await screen.findByText('No such campaign')).toBeInTheDocument();
    expect(screen.getByText(/There is no campaign c9/)).toBeInTheDocument();
  });
});
