import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { ScorecardPageResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import { scorecardRow } from '../../../__testUtils__/scorecardFixtures';
import { ScorecardRankingTable } from './ScorecardRankingTable';

/** The second page of 25 of 100 services, with the cursors the backend gave it (or none). */
async function renderSecondPage(
  cursors: Pick<ScorecardPageResponse, 'nextCursor' | 'prevCursor'>,
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <ScorecardRankingTable
      page={{
        items: [scorecardRow('ranker'), scorecardRow('churn')],
        limit: 25,
        offset: 25,
        ...cursors,
      }}
      totalCount={100}
      query={{ limit: 25 }}
      model={testModel}
      onChange={onChange}
    />,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return onChange;
}

describe('ScorecardRankingTable paging', () => {
  it('opens the next and the previous page by their cursors', async () => {
    const onChange = await renderSecondPage({
      nextCursor: 'after-churn',
      prevCursor: 'before-ranker',
    });
    // Ranked from the page's position.
    expect(screen.getByText('26')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onChange).toHaveBeenLastCalledWith({ cursor: 'after-churn' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Previous page' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ cursor: 'before-ranker' });
  });
});
