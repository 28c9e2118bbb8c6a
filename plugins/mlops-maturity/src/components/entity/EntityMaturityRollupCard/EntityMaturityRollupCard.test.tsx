import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { mlopsMaturityApiRef } from '../../../api';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';
import { EntityMaturityRollupCard } from './EntityMaturityRollupCard';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-fraud', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

describe('EntityMaturityRollupCard', () => {
  it("rolls up the group's services, lowest score first", async () => {
    const api = fakeMlopsMaturityApi({
      getScorecard: jest.fn(async () =>
        scorecardResponse([
          scorecardRow('churn', { score: 0.9, level: 1 }),
          scorecardRow('ranker', { score: 2.6, level: 3 }),
        ]),
      ),
    });
    await renderInTestApp(
      <TestApiProvider apis={[[mlopsMaturityApiRef, api]]}>
        <EntityProvider entity={group}>
          <EntityMaturityRollupCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(await screen.findByTestId('rollup-summary')).toHaveTextContent(
      '2 assessed ML services, mean score 1.75 / 4',
    );
    expect(api.getScorecard).toHaveBeenCalledWith(
      expect.objectContaining({
        owner: ['group:default/team-fraud'],
        orderBy: 'score',
        order: 'asc',
      }),
    );
    const lowest = screen.getAllByTestId('rollup-lowest');
    expect(lowest[0]).toHaveTextContent('churn');
    expect(screen.getByRole('link', { name: 'churn' })).toHaveAttribute(
      'href',
      '/catalog/default/component/churn/maturity',
    );
  });
});
