import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { screen } from '@testing-library/react';
import { mlopsMaturityApiRef } from '../api';
import { campaignResponse } from '../__testUtils__/campaignFixtures';
import { fakeMlopsMaturityApi } from '../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  mlServiceEntity,
} from '../__testUtils__/maturityFixtures';
import { reviewItem } from '../__testUtils__/reviewFixtures';
import {
  mlopsMaturityEntityContent,
  mlopsMaturityReviewsPage,
  mlopsMaturityScorecardPage,
} from './extensions';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

const IMPLICIT_ROUTING = /implicit React Router v6 routing/;

// The app warns about implicit routing in development builds only.
let nodeEnv: string | undefined;
let warn: jest.SpyInstance;
beforeEach(() => {
  nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  warn = jest.spyOn(console, 'warn');
});
afterEach(() => {
  process.env.NODE_ENV = nodeEnv;
  warn.mockRestore();
});

const implicitRoutingWarnings = () =>
  warn.mock.calls.filter(([message]) => IMPLICIT_ROUTING.test(String(message)));

describe('mlops-maturity alpha extensions under the app router', () => {
  it('the Maturity tab brings its own React Router', async () => {
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () =>
        currentAssessment(2, uniformAnswers(3)),
      ),
    });
    const apis = [
      [mlopsMaturityApiRef, api],
      mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
    ] as const;
    const tester = createExtensionTester(mlopsMaturityEntityContent, { apis });
    await renderInTestApp(
      <EntityProvider entity={mlServiceEntity}>
        {tester.reactElement()}
      </EntityProvider>,
      { apis, mountedRoutes },
    );
    // The author's link is a React Router link.
    expect(
      await screen.findByRole('link', { name: 'ada' }),
    ).toBeInTheDocument();
    expect(implicitRoutingWarnings()).toEqual([]);
  });

  it('the scorecard page brings its own React Router', async () => {
    // The scorecard stays loading: what matters is the page around it.
    const loading = () => new Promise<never>(() => {});
    const api = fakeMlopsMaturityApi({
      getScorecardPage: jest.fn(loading),
      getScorecardSummary: jest.fn(loading),
    });
    const apis = [
      [mlopsMaturityApiRef, api],
      [
        catalogApiRef,
        { getEntityFacets: jest.fn(async () => ({ facets: {} })) },
      ],
    ] as const;
    const tester = createExtensionTester(mlopsMaturityScorecardPage, { apis });
    await renderInTestApp(tester.reactElement(), { apis, mountedRoutes });
    // The filters live in the URL's search parameters.
    expect(
      // Loading the page's code for the first time is slow.
      await screen.findByText(
        'ML services by maturity',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(implicitRoutingWarnings()).toEqual([]);
  });
  it("the scorecard page routes a campaign's page below it", async () => {
    const api = fakeMlopsMaturityApi({
      getCampaign: jest.fn(async () => campaignResponse()),
      getScorecardPage: jest.fn(async () => ({
        items: [],
        limit: 25,
        offset: 0,
        hasMore: false,
      })),
    });
    const apis = [
      [mlopsMaturityApiRef, api],
      mockApis.permission({ authorize: AuthorizeResult.DENY }),
    ] as const;
    renderTestApp({
      extensions: [mlopsMaturityScorecardPage],
      apis,
      mountedRoutes,
      initialRouteEntries: ['/mlops-maturity/campaigns/c1'],
    });
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Level 2 by year end' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(api.getCampaign).toHaveBeenCalledWith('c1');
    expect(
      screen.getByRole('link', { name: 'Back to the scorecard' }),
    ).toHaveAttribute('href', '/mlops-maturity');
    expect(implicitRoutingWarnings()).toEqual([]);
  });

  it('routes /mlops-maturity/reviews to the Reviews page, not the scorecard', async () => {
    const api = fakeMlopsMaturityApi({
      getReviewQueue: jest.fn(async () => ({ items: [reviewItem()] })),
    });
    const apis = [
      [mlopsMaturityApiRef, api],
      [
        catalogApiRef,
        { getEntityFacets: jest.fn(async () => ({ facets: {} })) },
      ],
    ] as const;
    renderTestApp({
      extensions: [mlopsMaturityScorecardPage, mlopsMaturityReviewsPage],
      apis,
      mountedRoutes,
      initialRouteEntries: ['/mlops-maturity/reviews'],
    });
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Answers awaiting your review' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('review-item')).toBeInTheDocument();
    expect(api.getScorecardPage).not.toHaveBeenCalled();
    expect(implicitRoutingWarnings()).toEqual([]);
  });
});
