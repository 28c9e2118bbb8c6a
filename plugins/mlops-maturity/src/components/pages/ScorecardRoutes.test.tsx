import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { SWRConfig } from 'swr';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import {
  campaign,
  campaignResponse,
  progress,
} from '../../__testUtils__/campaignFixtures';
import { fakeMlopsMaturityApi } from '../../__testUtils__/fakeMlopsMaturityApi';
import {
  scorecardResponse,
  scorecardRow,
} from '../../__testUtils__/scorecardFixtures';
import { ScorecardRoutes } from './ScorecardRoutes';

const catalogApi = {
  getEntityFacets: jest.fn(async () => ({ facets: {} })),
};

function apiWithOneCampaign() {
  const { items, limit, offset, totalCount, ...summary } = scorecardResponse([
    scorecardRow('ranker'),
  ]);
  return fakeMlopsMaturityApi({
    getScorecardPage: jest.fn(async () => ({
      items,
      limit,
      offset,
      hasMore: offset + limit < totalCount,
    })),
    getScorecardSummary: jest.fn(async () => ({ ...summary, totalCount })),
    listCampaigns: jest.fn(async () => ({
      items: [{ campaign: campaign(), progress: progress(3, 10) }],
    })),
    getCampaign: jest.fn(async () => campaignResponse()),
  });
}

async function renderRoutes(api: MlopsMaturityApi, path: string) {
  await renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [mlopsMaturityApiRef, api],
          [catalogApiRef, catalogApi],
          [permissionApiRef, new MockPermissionApi(() => AuthorizeResult.DENY)],
        ]}
      >
        <Routes>
          <Route path="/mlops-maturity/*" element={<ScorecardRoutes />} />
        </Routes>
      </TestApiProvider>
    </SWRConfig>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/mlops-maturity': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('ScorecardRoutes', () => {
  it('shows the title, the headline figures, the campaigns (folded) and the ranking in that order, and the level guide in the header', async () => {
    await renderRoutes(apiWithOneCampaign(), '/mlops-maturity');
    const row = await screen.findByTestId('scorecard-row');
    const title = screen.getByRole('heading', {
      name: 'ML services by maturity',
    });
    const overview = await screen.findByRole('heading', { name: 'Overview' });
    const campaigns = screen.getByTestId('campaigns-section');
    expect(campaigns).toHaveTextContent('1 active');
    expect(screen.queryByTestId('campaign-row')).not.toBeInTheDocument();
    const inOrder = [title, overview, campaigns, row];
    for (let i = 1; i < inOrder.length; i++) {
      expect(
        inOrder[i - 1].compareDocumentPosition(inOrder[i]) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    expect(
      screen.getByRole('button', { name: 'What the levels mean' }),
    ).toBeInTheDocument();
  });

  it("shows a campaign's page at campaigns/:campaignId", async () => {
    await renderRoutes(apiWithOneCampaign(), '/mlops-maturity/campaigns/c1');
    expect(
      await screen.findByRole('heading', { name: 'Level 2 by year end' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('scorecard-row')).not.toBeInTheDocument();
  });
});
