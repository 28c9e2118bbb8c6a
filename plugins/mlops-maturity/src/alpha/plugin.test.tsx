import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen } from '@testing-library/react';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { mlopsMaturityApiRef } from '../api';
import { fakeMlopsMaturityApi } from '../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  mlServiceEntity,
} from '../__testUtils__/maturityFixtures';
import {
  scorecardResponse,
  scorecardRow,
} from '../__testUtils__/scorecardFixtures';
import {
  mlopsMaturityEntityContent,
  mlopsMaturityScorecardPage,
} from './extensions';

const website: Entity = {
  ...mlServiceEntity,
  metadata: { name: 'docs' },
  spec: { type: 'website', owner: 'team-docs' },
};

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('mlops-maturity alpha extensions', () => {
  it('renders the Maturity tab of an ML service', async () => {
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

    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Maturity');
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(filter(mlServiceEntity)).toBe(true);
    expect(filter(website)).toBe(false);

    await renderInTestApp(
      <EntityProvider entity={mlServiceEntity}>
        {tester.reactElement()}
      </EntityProvider>,
      { apis, mountedRoutes },
    );
    expect(await screen.findByLabelText('Weighted score')).toHaveTextContent(
      '3.00 / 4',
    );
    expect(
      await screen.findByRole('button', { name: 'Update assessment' }),
    ).toBeInTheDocument();
  });

  it('selects ML services as configured in mlopsMaturity.entities', () => {
    const tester = createExtensionTester(mlopsMaturityEntityContent, {
      apis: [
        mockApis.config({
          data: { mlopsMaturity: { entities: { types: ['website'] } } },
        }),
      ],
    });
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(filter(website)).toBe(true);
    expect(filter(mlServiceEntity)).toBe(false);
  });

  it('renders the scorecard page', async () => {
    const { items, limit, offset, ...summary } = scorecardResponse([
      scorecardRow('ranker'),
    ]);
    const api = fakeMlopsMaturityApi({
      getScorecardPage: jest.fn(async () => ({
        items,
        limit,
        offset,
        hasMore: false,
      })),
      getScorecardSummary: jest.fn(async () => summary),
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
    expect(
      await screen.findByText('ML services by maturity'),
    ).toBeInTheDocument();
    expect((await screen.findAllByText('ranker')).length).toBeGreaterThan(0);
    expect(api.getScorecardPage).toHaveBeenCalledWith(
      expect.objectContaining({ orderBy: 'score', order: 'desc', limit: 50 }),
    );
  });
});
