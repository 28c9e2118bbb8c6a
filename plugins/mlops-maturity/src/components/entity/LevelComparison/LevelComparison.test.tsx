import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import { LevelComparison } from './LevelComparison';

/** The cells of the comparison row with the given label, without the label. */
function comparisonRow(label: string): string[] {
  const table = screen.getByRole('table', { name: 'Level comparison' });
  const row = within(table).getByText(label).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .slice(1)
    .map(cell => cell.textContent ?? '');
}

describe('LevelComparison', () => {
  it('puts Level 1 beside Level 2, with what changes and what still hurts', async () => {
    await renderInTestApp(<LevelComparison model={testModel} level={1} />);

    expect(screen.getByText('Level 1 and Level 2')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Level comparison' });
    const [now, next] = within(table).getAllByRole('columnheader').slice(1);
    expect(now).toHaveTextContent(/^NowL1DevOps but no MLOps$/);
    expect(next).toHaveTextContent(/^NextL2Automated Training$/);
    expect(comparisonRow('Key characteristic')).toEqual([
      'Automated builds, manual training',
      'Reproducible pipelines, manual deployment',
    ]);
    expect(comparisonRow('Automation')).toEqual(['20%', '50%']);
    expect(comparisonRow('Time to deploy')).toEqual(['1-2 weeks', '2-5 days']);
    expect(comparisonRow('Team')[1]).toBe(
      '5-10 data scientists, 10-15 engineers, 2-3 MLOps engineers',
    );
    expect(comparisonRow('Typical stack')[0]).toContain(
      'Airflow or Prefect for data pipelines',
    );

    expect(screen.getByText('What changes at Level 2')).toBeInTheDocument();
    const improvements = screen.getByRole('table', {
      name: 'Improvements of Level 2 over Level 1',
    });
    const row = within(improvements)
      .getByText('Experiment tracking')
      .closest('tr')!;
    expect(row).toHaveTextContent('Spreadsheets');
    expect(row).toHaveTextContent('Centralized (MLflow/W&B)');

    expect(screen.getByText('Still painful at Level 1')).toBeInTheDocument();
    const remaining = screen.getByRole('list', {
      name: 'Remaining pain points of Level 1',
    });
    expect(remaining).toHaveTextContent(
      'Experiment results tracked in spreadsheets or notebooks',
    );
    // Level 2's own remaining pain points belong to the next step, not this one.
    expect(screen.queryByText('No A/B testing framework')).toBeNull();
  });

  it("shows Level 0's pain point table as what hurts now", async () => {
    await renderInTestApp(<LevelComparison model={testModel} level={0} />);
    expect(screen.getByText('Pain points at Level 0')).toBeInTheDocument();
    const pains = screen.getByRole('table', { name: 'Pain points of Level 0' });
    expect(
      within(pains).getByText('Knowledge silos').closest('tr'),
    ).toHaveTextContent('Only one person knows how model works');
  });

  it('shows Level 4 alone, as the top of the model', async () => {
    await renderInTestApp(<LevelComparison model={testModel} level={4} />);

    expect(screen.getByText('Level 4: Full MLOps')).toBeInTheDocument();
    expect(screen.getByText('The top of the model')).toBeInTheDocument();
    const headers = screen.getAllByRole('columnheader').slice(1);
    expect(headers.map(h => h.textContent)).toEqual(['NowL4Full MLOps']);
    expect(comparisonRow('Automation')).toEqual(['95%']);
    expect(comparisonRow('Time to deploy')).toEqual(['Minutes to hours']);
    expect(screen.queryByText(/^What changes/)).toBeNull();
    expect(screen.queryByRole('table', { name: /^Improvements/ })).toBeNull();
  });
});
