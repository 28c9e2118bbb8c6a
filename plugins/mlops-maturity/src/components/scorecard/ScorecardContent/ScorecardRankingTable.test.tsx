import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { ScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import {
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';
import { ScorecardRankingTable } from './ScorecardRankingTable';

async function renderTable(query: ScorecardQuery = {}) {
  const onChange = jest.fn();
  const response = scorecardResponse([
    scorecardRow('ranker', {
      raisesToNextLevel: 1,
      targetLevel: 3,
      targetTitle: 'Production at Level 3',
      targetMet: false,
      evidenceShare: 0.75,
      evidenceBackedCount: 9,
      evidenceAnsweredCount: 12,
      evidenceSuggestsHigherCount: 2,
    }),
    scorecardRow('churn', {
      raisesToNextLevel: 3,
      stale: true,
      evidenceShare: 1 / 3,
      evidenceBackedCount: 3,
      evidenceAnsweredCount: 9,
      evidenceSuggestsHigherCount: 1,
      // Not computed yet.
      verifiedLevel: null,
      verifiedScore: null,
      verificationGapCount: null,
    }),
    // Assessed, but not measured yet.
    scorecardRow('top', {
      level: 4,
      score: 4,
      raisesToNextLevel: null,
      evidenceShare: null,
      evidenceBackedCount: null,
      evidenceAnsweredCount: null,
      evidenceSuggestsHigherCount: null,
      // Verified as claimed.
      verifiedLevel: 4,
      verifiedScore: 4,
      verificationGapCount: 0,
    }),
  ]);
  await renderInTestApp(
    <ScorecardRankingTable
      page={response}
      totalCount={response.totalCount}
      query={query}
      model={testModel}
      onChange={onChange}
    />,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return onChange;
}

/** The cells of the column with the given header, top to bottom. */
function column(header: string): string[] {
  const headers = screen.getAllByRole('columnheader');
  const index = headers.findIndex(h => h.textContent?.startsWith(header));
  expect(index).toBeGreaterThanOrEqual(0);
  return screen
    .getAllByTestId('scorecard-row')
    .map(row => within(row).getAllByRole('cell')[index].textContent ?? '');
}

describe('ScorecardRankingTable', () => {
  it('shows how many one-level raises each service is from the next level, and says the count is ours', async () => {
    await renderTable();
    // Level steps, as the plan counts them (an answer may take two).
    expect(column('To next level')).toEqual([
      '1 level step',
      '3 level steps',
      '–',
    ]);
    expect(
      screen.getByRole('columnheader', { name: /To next level/ }),
    ).toHaveAttribute(
      'title',
      'The fewest one-level answer raises that lift the service into the next level (our count; the reference gives none)',
    );
    expect(screen.getByTestId('ranking-ours')).toHaveTextContent(
      '"To next level" counts one-level answer raises',
    );
  });

  it('sorts by answers to raise, fewest first', async () => {
    const onChange = await renderTable();
    await userEvent.click(
      screen.getByRole('button', { name: 'To next level' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      orderBy: 'raisesToNextLevel',
      order: 'asc',
    });
  });

  it('flips the order of the active sort', async () => {
    const onChange = await renderTable({
      orderBy: 'raisesToNextLevel',
      order: 'asc',
    });
    expect(
      screen.getByRole('columnheader', { name: /To next level/ }),
    ).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(
      screen.getByRole('button', { name: /To next level/ }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      orderBy: 'raisesToNextLevel',
      order: 'desc',
    });
  });

  it("shows each service's evidence-backed share, its counts and where evidence suggests more", async () => {
    await renderTable();
    expect(column('Evidence')).toEqual(['75% ↑2', '33% ↑1', '–']);
    const [ranker, churn, top] = screen.getAllByTestId('scorecard-row');
    expect(within(ranker).getByText('75%')).toHaveAttribute(
      'title',
      '9 of 12 answers evidence-backed',
    );
    expect(
      within(ranker).getByRole('img', {
        name: 'Evidence suggests a higher level on 2 questions',
      }),
    ).toHaveTextContent('↑2');
    expect(within(churn).getByText('33%')).toHaveAttribute(
      'title',
      '3 of 9 answers evidence-backed',
    );
    expect(
      within(churn).getByRole('img', {
        name: 'Evidence suggests a higher level on 1 question',
      }),
    ).toBeInTheDocument();
    expect(
      within(within(top).getByTestId('evidence-cell')).queryByRole('img'),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: 'Evidence' }),
    ).toHaveAttribute('title', expect.stringMatching(/^The share of the/));
  });

  it("shows each service's verified level and how many answers count lower", async () => {
    await renderTable();
    expect(column('Verified')).toEqual(['L1 ↓2', '–', 'L4']);
    const [ranker, churn] = screen.getAllByTestId('scorecard-row');
    expect(
      within(ranker).getByRole('img', {
        name: '2 answers count lower than claimed',
      }),
    ).toHaveTextContent('↓2');
    expect(within(churn).getByText('–', { selector: 'span' })).toHaveAttribute(
      'title',
      'Not computed yet',
    );
    expect(
      screen.getByRole('columnheader', { name: 'Verified' }),
    ).toHaveAttribute('title', expect.stringMatching(/^The verified level/));
  });

  it('sorts by verified level, highest first, then flips', async () => {
    const onChange = await renderTable();
    await userEvent.click(screen.getByRole('button', { name: 'Verified' }));
    expect(onChange).toHaveBeenLastCalledWith({
      orderBy: 'verifiedLevel',
      order: 'desc',
    });
  });

  it('sorts by evidence-backed share, least backed first', async () => {
    const onChange = await renderTable();
    await userEvent.click(screen.getByRole('button', { name: 'Evidence' }));
    expect(onChange).toHaveBeenLastCalledWith({
      orderBy: 'evidenceShare',
      order: 'asc',
    });
  });

  it('flips the evidence sort when it is the active one', async () => {
    const onChange = await renderTable({
      orderBy: 'evidenceShare',
      order: 'asc',
    });
    expect(
      screen.getByRole('columnheader', { name: /Evidence/ }),
    ).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: /Evidence/ }));
    expect(onChange).toHaveBeenLastCalledWith({
      orderBy: 'evidenceShare',
      order: 'desc',
    });
  });

  it('keeps system and lifecycle with the service when their columns fold away', async () => {
    // A window narrower than 1440 px: only the folded layout is rendered.
    const matchMedia = jest.fn((query: string) => ({
      matches: query.includes('max-width: 1439.95px'),
      media: query,
      onchange: null,
      addListener: jest.fn(),
      removeListener: jest.fn(),
      addEventListener: jest.fn(),
      removeEventListener: jest.fn(),
      dispatchEvent: jest.fn(),
    }));
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: matchMedia,
    });
    try {
      const onChange = await renderTable();
      const [first] = screen.getAllByTestId('scorecard-row');
      const service = within(first).getAllByRole('cell')[1];
      expect(service).toHaveTextContent('payments · production');
      expect(
        screen.queryByRole('columnheader', { name: 'System' }),
      ).not.toBeInTheDocument();
      // The target folds into the level's cell, as system and lifecycle
      // fold into the service's.
      expect(
        screen.queryByRole('columnheader', { name: 'Target' }),
      ).not.toBeInTheDocument();
      expect(column('Level')[0]).toMatch(/Target: L3.*below/);
      // So does the gated level, and the stale mark folds into the last
      // update's cell, to leave room for the evidence-backed share, which
      // keeps its own, sortable column.
      for (const name of ['Gated level (ours)', 'Stale']) {
        expect(
          screen.queryByRole('columnheader', { name }),
        ).not.toBeInTheDocument();
      }
      expect(column('Level')[0]).toMatch(/Gated level \(ours\): L1$/);
      // The verified level folds in too, its sort button in the level's header.
      expect(column('Level')[0]).toMatch(/^L2 ✓L1 ↓2/);
      expect(
        screen.queryByRole('columnheader', { name: 'Verified' }),
      ).not.toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Verified' }));
      expect(onChange).toHaveBeenLastCalledWith({
        orderBy: 'verifiedLevel',
        order: 'desc',
      });
      expect(column('Last updated')[1]).toMatch(/Stale$/);
      expect(column('Last updated')[0]).not.toMatch(/Stale/);
      expect(column('Evidence')).toEqual(['75% ↑2', '33% ↑1', '–']);
    } finally {
      delete (window as { matchMedia?: unknown }).matchMedia;
    }
  });

  it('shows system and lifecycle in their own columns on a wide window', async () => {
    await renderTable();
    expect(
      screen.getByRole('columnheader', { name: 'System' }),
    ).toBeInTheDocument();
    const [first] = screen.getAllByTestId('scorecard-row');
    expect(within(first).getAllByRole('cell')[1]).not.toHaveTextContent(
      'payments',
    );
    expect(column('System')[0]).toBe('payments');
    expect(column('Target')).toEqual(['L3 below', '', '']);
    expect(column('Gated level (ours)')).toEqual(['L1', 'L1', 'L1']);
    expect(column('Stale')).toEqual(['', 'Stale', '']);
    expect(column('Level')[0]).not.toMatch(/Gated/);
  });
});
