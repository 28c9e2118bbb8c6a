import { identityApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { formatScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../../../api';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import { responseError } from '../../../__testUtils__/responseError';
import { scorecardRow } from '../../../__testUtils__/scorecardFixtures';
import { rootRouteRef } from '../../../routes';
import { MyTeamServicesContent } from './MyTeamServicesContent';

const OWNERS = ['user:default/ada', 'group:default/team-recommendations'];

const identityApi = {
  getBackstageIdentity: jest.fn(async () => ({
    type: 'user' as const,
    userEntityRef: OWNERS[0],
    ownershipEntityRefs: OWNERS,
  })),
};

async function render(api: MlopsMaturityApi) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [mlopsMaturityApiRef, api],
        [identityApiRef, identityApi],
      ]}
    >
      <MyTeamServicesContent />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/mlops-maturity': rootRouteRef,
      },
    },
  );
}

const page = (items: ReturnType<typeof scorecardRow>[]) => ({
  items,
  limit: 8,
  offset: 0,
  hasMore: false,
});

describe('MyTeamServicesContent', () => {
  it("lists the user's teams' ML services with level, target and whether it is met", async () => {
    const api = fakeMlopsMaturityApi({
      getScorecardPage: jest.fn(async () =>
        page([
          scorecardRow('ranker', {
            level: 1,
            targetLevel: 2,
            targetMet: false,
          }),
          scorecardRow('recommender', {
            title: 'Recommender',
            level: 3,
            targetLevel: 2,
            targetMet: true,
          }),
          scorecardRow('embedder', {
            assessed: false,
            level: null,
            score: null,
          }),
        ]),
      ),
    });
    await render(api);
    const rows = await screen.findAllByTestId('my-team-service');
    expect(api.getScorecardPage).toHaveBeenCalledWith(
      expect.objectContaining({
        owner: OWNERS,
        orderBy: 'score',
        order: 'asc',
      }),
    );
    expect(rows.map(row => row.textContent)).toEqual([
      'rankerL1L2 Below',
      'RecommenderL3L2 Met',
      'embedderNot assessedNone',
    ]);
    expect(
      within(rows[1]).getByRole('link', { name: 'Recommender' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/recommender/maturity',
    );
    expect(
      screen.getByRole('link', { name: 'View in the scorecard' }),
    ).toHaveAttribute(
      'href',
      `/mlops-maturity?${formatScorecardQuery({ owner: OWNERS })}`,
    );
  });

  it('says when the teams own no ML service', async () => {
    const api = fakeMlopsMaturityApi({
      getScorecardPage: jest.fn(async () => page([])),
    });
    await render(api);
    expect(
      await screen.findByText('Your teams own no ML services.'),
    ).toBeInTheDocument();
  });

  it('shows the server’s message and retries', async () => {
    const failure = await responseError(
      503,
      'ServiceUnavailableError',
      'Scorecard warming up',
    );
    const api = fakeMlopsMaturityApi({
      getScorecardPage: jest
        .fn()
        .mockRejectedValueOnce(failure)
        .mockResolvedValue(page([scorecardRow('ranker')])),
    });
    await render(api);
    const error = await screen.findByTestId('load-error');
    expect(error).toHaveTextContent('Scorecard warming up');
    await userEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('my-team-service')).toHaveTextContent(
      'ranker',
    );
  });
});
