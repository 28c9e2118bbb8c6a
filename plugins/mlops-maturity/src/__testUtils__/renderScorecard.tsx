import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { ScorecardResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../api';
import {
  ScorecardContent,
  ScorecardContentSlots,
} from '../components/scorecard/ScorecardContent/ScorecardContent';
import { fakeMlopsMaturityApi } from './fakeMlopsMaturityApi';

function LocationProbe() {
  return <div data-testid="location">{useLocation().search}</div>;
}

/** The search parameters of the page's URL, as the router last set them. */
export const currentParams = () =>
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
  // Team Fraud has a display name; team-search is not readable here.
  getEntitiesByRefs: jest.fn(
    async ({ entityRefs }: { entityRefs: string[] }) => ({
      items: entityRefs.map(ref =>
        ref === 'group:default/team-fraud'
          ? {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Group',
              metadata: { name: 'team-fraud', namespace: 'default' },
              spec: { profile: { displayName: 'Fraud & Risk ML' } },
            }
          : undefined,
      ),
    }),
  ),
};

/**
 * Renders the scorecard page at `/mlops-maturity<search>` with a test double
 * of the API, a catalog offering a few facets, and a reader's permissions.
 */
export async function renderScorecard(
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
export function apiWith(response: ScorecardResponse | Error) {
  const answer = async () => {
    if (response instanceof Error) throw response;
    return response;
  };
  return fakeMlopsMaturityApi({
    getScorecardPage: jest.fn(async () => {
      const { items, limit, offset, totalCount, nextCursor, prevCursor } =
        await answer();
      return {
        items,
        limit,
        offset,
        hasMore: offset + limit < totalCount,
        ...(nextCursor !== undefined && { nextCursor }),
        ...(prevCursor !== undefined && { prevCursor }),
      };
    }),
    getScorecardSummary: jest.fn(async () => {
      const {
        items: _,
        limit: __,
        offset: ___,
        nextCursor: _n,
        prevCursor: _p,
        ...summary
      } = await answer();
      return summary;
    }),
  });
}

/** The query of the last page requested. */
export const lastQuery = (api: jest.Mocked<MlopsMaturityApi>) =>
  api.getScorecardPage.mock.calls[
    api.getScorecardPage.mock.calls.length - 1
  ][0];
