import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { mlopsMaturityApiRef } from '../../api';
import { fakeMlopsMaturityApi } from '../../__testUtils__/fakeMlopsMaturityApi';
import { reviewsCatalogApi } from '../../__testUtils__/renderReviews';
import { MlopsMaturityReviewsPage } from './MlopsMaturityReviewsPage';

describe('MlopsMaturityReviewsPage', () => {
  it('is a full page: header, then the queue', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [mlopsMaturityApiRef, fakeMlopsMaturityApi()],
          [catalogApiRef, reviewsCatalogApi()],
        ]}
      >
        <MlopsMaturityReviewsPage />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      screen.getByRole('heading', { name: 'Maturity reviews' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('reviews-empty')).toHaveTextContent(
      'Nothing awaits your review.',
    );
  });
});
