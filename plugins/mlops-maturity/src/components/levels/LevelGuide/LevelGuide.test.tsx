import { renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import { LevelGuide } from './LevelGuide';
import { LevelGuideButton } from './LevelGuideButton';

const levelNames = [
  'Level 0: Manual',
  'Level 1: DevOps but no MLOps',
  'Level 2: Automated Training',
  'Level 3: Automated Model Deployment',
  'Level 4: Full MLOps',
];

describe('LevelGuide', () => {
  it('describes all five levels with their pain points and improvements', async () => {
    await renderInTestApp(<LevelGuide model={testModel} />);

    const sections = levelNames.map(name =>
      screen.getByRole('region', { name }),
    );
    const [l0, l1, l2, l3, l4] = sections;
    expect(within(l0).getByText('Ad-hoc scripts, no versioning')).toBeVisible();
    expect(
      within(l0).getByRole('table', { name: 'Pain points of Level 0' }),
    ).toHaveTextContent('Accuracy drops from 85% → 45% unnoticed');
    expect(within(l0).queryByText(/^Improvements over/)).toBeNull();

    expect(
      within(l1).getByRole('table', {
        name: 'Improvements of Level 1 over Level 0',
      }),
    ).toHaveTextContent('Manual downloads');
    expect(within(l2).getByText('Remaining pain points')).toBeInTheDocument();
    expect(within(l2).getByText('No A/B testing framework')).toBeVisible();
    expect(
      within(l3).getByText('Training-serving skew').closest('tr'),
    ).toHaveTextContent('Prevented (shared feature store)');
    expect(within(l4).getByText('Minutes to hours')).toBeVisible();
    expect(within(l4).queryByText('Remaining pain points')).toBeNull();
  });

  it('credits the sources with links', async () => {
    await renderInTestApp(<LevelGuide model={testModel} />);
    const sources = screen.getByRole('region', { name: 'Sources' });
    const links = within(sources).getAllByRole('link');
    expect(links.map(link => link.getAttribute('href'))).toEqual(
      testModel.sources!.map(s => s.url),
    );
    expect(
      within(sources).getByRole('link', {
        name: /Microsoft MLOps Maturity Model/,
      }),
    ).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/en-us/azure/architecture/ai-ml/guide/mlops-maturity-model',
    );
    expect(sources).toHaveTextContent(
      'ML Architects Basel maturity framework (accessed 2025-11-16)',
    );
  });
});

describe('LevelGuideButton', () => {
  it('opens the guide in a dialog and closes it', async () => {
    await renderInTestApp(<LevelGuideButton model={testModel} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'What the levels mean' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'What the levels mean',
    });
    expect(
      within(dialog).getByRole('region', { name: 'Level 4: Full MLOps' }),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('is disabled until the model has loaded', async () => {
    await renderInTestApp(<LevelGuideButton />);
    expect(
      screen.getByRole('button', { name: 'What the levels mean' }),
    ).toBeDisabled();
  });
});
