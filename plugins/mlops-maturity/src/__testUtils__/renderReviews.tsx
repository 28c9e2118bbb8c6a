import { AlertApi, alertApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../api';
import { ReviewsContent } from '../components/reviews';

/** Catalog facets offering two teams for the team filter. */
export const reviewsCatalogApi = () => ({
  getEntityFacets: jest.fn(async () => ({
    facets: {
      'relations.ownedBy': [
        { value: 'group:default/team-fraud', count: 2 },
        { value: 'group:default/team-search', count: 1 },
      ],
    },
  })),
  getEntitiesByRefs: jest.fn(async () => ({ items: [] })),
});

/**
 * Renders the Reviews page's content with a test double of the API; its
 * alerts go to `alertApi.post` (the test app's own alert API keeps the
 * alerts of earlier tests).
 */
export async function renderReviews(api: MlopsMaturityApi) {
  const alertApi = { post: jest.fn(), alert$: jest.fn() };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [mlopsMaturityApiRef, api],
        [catalogApiRef, reviewsCatalogApi()],
        [alertApiRef, alertApi as unknown as AlertApi],
      ]}
    >
      <ReviewsContent />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { alertApi };
}
