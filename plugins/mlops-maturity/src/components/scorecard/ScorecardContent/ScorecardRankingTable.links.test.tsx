import { parseEntityRef } from '@backstage/catalog-model';
import {
  catalogApiRef,
  entityPresentationApiRef,
  entityRouteRef,
  EntityRefPresentation,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import {
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';
import { ScorecardRankingTable } from './ScorecardRankingTable';

/**
 * The catalog's lookups as the app has them, held pending: what a row
 * shows before any of them resolves. Records which refs were asked for.
 */
function pendingLookups() {
  const asked: string[] = [];
  const never = new Promise<never>(() => {});
  const catalog = catalogApiMock.mock({
    getEntitiesByRefs: jest.fn(() => never),
    getEntityByRef: jest.fn(() => never),
  });
  const presentation = {
    forEntity(
      entityRef: string,
      context?: { defaultKind?: string },
    ): EntityRefPresentation {
      asked.push(entityRef);
      // What the catalog's presentation shows until its lookup resolves.
      const primaryTitle = humanizeEntityRef(parseEntityRef(entityRef), {
        defaultKind: context?.defaultKind,
      });
      return {
        snapshot: { entityRef, primaryTitle },
        promise: never,
      };
    },
  };
  return { asked, catalog, presentation };
}

async function renderRows(names?: Record<string, string>) {
  const lookups = pendingLookups();
  const response = scorecardResponse([
    scorecardRow('ranker'),
    scorecardRow('orphan', { owner: null, system: null }),
  ]);
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, lookups.catalog],
        [entityPresentationApiRef, lookups.presentation],
      ]}
    >
      <ScorecardRankingTable
        page={response}
        totalCount={response.totalCount}
        query={{}}
        model={testModel}
        entityNames={names}
        onChange={jest.fn()}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return lookups;
}

describe('ScorecardRankingTable entity links', () => {
  it('links each row to its owner and system by their refs, with no catalog lookup per row', async () => {
    const lookups = await renderRows();
    const [ranker, orphan] = screen.getAllByTestId('scorecard-row');
    // Named as the catalog names an entity it has not looked up yet.
    expect(
      within(ranker).getByRole('link', { name: 'team-fraud' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-fraud');
    expect(
      within(ranker).getByRole('link', { name: 'payments' }),
    ).toHaveAttribute('href', '/catalog/default/system/payments');
    // No owner, no system: only the service's own link.
    expect(within(orphan).getAllByRole('link')).toHaveLength(1);
    expect(lookups.asked).toEqual([]);
    expect(lookups.catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    expect(lookups.catalog.getEntityByRef).not.toHaveBeenCalled();
  });

  it("names an owner and a system by the catalog's display name the scorecard already has", async () => {
    const lookups = await renderRows({
      'group:default/team-fraud': 'Fraud Team',
      'system:default/payments': 'Payments Platform',
    });
    const [ranker] = screen.getAllByTestId('scorecard-row');
    expect(
      within(ranker).getByRole('link', { name: 'Fraud Team' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-fraud');
    expect(
      within(ranker).getByRole('link', { name: 'Payments Platform' }),
    ).toHaveAttribute('href', '/catalog/default/system/payments');
    expect(lookups.asked).toEqual([]);
  });
});
