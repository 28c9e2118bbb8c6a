import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    expect(comparisonRow('Time to deploy')).toEqual([
      '1-2 weeks (faster than Level 0, still requires manual coordination)',
      '2-5 days (training automated, deployment manual)',
    ]);
    expect(comparisonRow('Team')[1]).toBe(
      '5-10 data scientists, 10-15 engineers, 2-3 MLOps engineers',
    );
    expect(comparisonRow('Typical stack')[0]).toContain(
      'Airflow/Prefect for data pipelines',
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
    expect(comparisonRow('Time to deploy')).toEqual([
      'Minutes to hours (fully automated, human approval optional)',
    ]);
    expect(comparisonRow('System uptime')).toEqual([
      '99.9%+ (approaching zero-downtime)',
    ]);
    expect(screen.queryByText(/^What changes/)).toBeNull();
    expect(screen.queryByRole('table', { name: /^Improvements/ })).toBeNull();
  });

  it("folds the rest of the reference's text about both levels, side by side, and says where it contradicts itself", async () => {
    await renderInTestApp(<LevelComparison model={testModel} level={2} />);
    // Only Level 4 has an uptime: no empty row at Levels 2 and 3.
    expect(screen.queryByText('System uptime')).toBeNull();
    const part = async (name: string) => {
      await userEvent.click(screen.getByRole('button', { name }));
      return screen.getByRole('region', { name });
    };
    const people = await part('People & Organization');
    expect(people).toHaveTextContent(
      'MLOps engineer (emerging): New role managing ML platform infrastructure',
    );
    expect(people).toHaveTextContent(
      'Shared ownership: All teams responsible for production model performance',
    );
    // Level 3 gives no model release list; Level 2's is there.
    expect(await part('Model release')).toHaveTextContent(
      'Low friction releases (model file + metadata ready)',
    );
    expect(await part('Real-world example')).toHaveTextContent(
      'Fraud detection at Level 3:',
    );
    expect(await part("In the sources' words")).toHaveTextContent(
      'Level 3: Releases are low friction and automatic.',
    );
    expect(
      screen.getByRole('complementary', {
        name: 'Level 2, where the reference contradicts itself (our note):',
      }),
    ).toHaveTextContent('calls deployment "the main gap"');
    expect(
      screen.getByRole('complementary', {
        name: 'Level 3, where the reference contradicts itself (our note):',
      }),
    ).toHaveTextContent('10% → 25% → 50% → 100%');
  });
});
