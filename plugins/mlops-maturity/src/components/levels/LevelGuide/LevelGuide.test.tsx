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
    // Open every folded part.
    for (const button of screen.getAllByRole('button', { expanded: false })) {
      await userEvent.click(button);
    }
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
    expect(
      within(l4).getByText(
        'Minutes to hours (fully automated, human approval optional)',
      ),
    ).toBeVisible();
    expect(within(l4).queryByText('Remaining pain points')).toBeNull();
  });

  it("shows each level's time to deploy, uptime and stack in the reference's words", async () => {
    await renderInTestApp(<LevelGuide model={testModel} />);
    const level = (n: number) =>
      screen.getByRole('region', { name: levelNames[n] });
    expect(
      within(level(0)).getByText(
        '1-2 data scientists, 2-3 engineers (no dedicated ML platform team)',
      ),
    ).toBeVisible();
    expect(
      within(level(1)).getByText(
        'Git for code versioning (notebooks converted to .py scripts)',
      ),
    ).toBeVisible();
    expect(
      within(level(2)).getByText(
        'CI/CD for training code: GitHub Actions tests training pipeline code',
      ),
    ).toBeVisible();
    expect(
      within(level(2)).getByText(
        'Data versioning: DVC, Delta Lake, Feast Feature Store',
      ),
    ).toBeVisible();
    const l3 = level(3);
    expect(
      within(l3).getByText(
        'Hours to 1 day (fully automated, optional manual approval)',
      ),
    ).toBeVisible();
    expect(
      within(l3).getByText(
        'Deployment: Vertex AI Endpoints, SageMaker Endpoints, KServe',
      ),
    ).toBeVisible();
    expect(
      within(l3).getByText(
        'Model validation: Great Expectations, Evidently AI, custom validators',
      ),
    ).toBeVisible();
    const l4 = level(4);
    expect(
      within(l4).getByText(
        'Auto-retraining: Vertex AI Pipelines + Cloud Functions, SageMaker Pipelines + EventBridge',
      ),
    ).toBeVisible();
    expect(
      within(l4).getByText(
        'Model governance: Fiddler, Arthur AI (bias detection, explainability)',
      ),
    ).toBeVisible();
    expect(
      within(l4).getByText(
        'Incident response: PagerDuty, Opsgenie with ML-specific runbooks',
      ),
    ).toBeVisible();
    expect(
      within(l4).getByText('99.9%+ (approaching zero-downtime)'),
    ).toBeVisible();
  });

  it('folds the roles, model release, example and quotes of a level, and opens them', async () => {
    await renderInTestApp(<LevelGuide model={testModel} />);
    const l0 = screen.getByRole('region', { name: levelNames[0] });
    const open = async (part: string) => {
      const button = within(l0).getByRole('button', { name: part });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      await userEvent.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      return within(l0).getByRole('region', { name: part });
    };
    expect(await open('People & Organization')).toHaveTextContent(
      'Software engineers: Receive model files "over the wall" without context',
    );
    expect(await open('Model release')).toHaveTextContent(
      'Rollback means finding the "previous model file"',
    );
    const example = await open('Real-world example');
    expect(example).toHaveTextContent(
      'A retail recommendation system at Level 0:',
    );
    expect(within(example).getAllByRole('listitem')).toHaveLength(8);
    const quotes = await open("In the sources' words");
    expect(quotes).toHaveTextContent(
      "At Level 0, most systems exist as 'black boxes,' with little feedback during or post deployment.",
    );
    expect(
      within(quotes).getByRole('link', {
        name: /^From ml-ops\.org Model Governance \(accessed 2025-11-16\)/,
      }),
    ).toHaveAttribute('href', 'https://ml-ops.org/content/model-governance');

    const l4 = screen.getByRole('region', { name: levelNames[4] });
    await userEvent.click(
      within(l4).getByRole('button', { name: "In the sources' words" }),
    );
    expect(
      within(l4).getByRole('link', {
        name: /^From Microsoft MLOps Maturity Model/,
      }),
    ).toBeInTheDocument();
    expect(
      within(l4).queryByRole('button', { name: 'Model release' }),
    ).toBeNull();
  });

  it('marks what is ours on first sight, and our notes where the reference contradicts itself', async () => {
    await renderInTestApp(<LevelGuide model={testModel} />);
    expect(screen.getByTestId('our-additions')).toHaveTextContent(
      'The gated level (the highest level every dimension reaches) is a stricter reading of ours that the reference does not use; it never replaces the level.',
    );
    const l2 = screen.getByRole('region', { name: levelNames[2] });
    const notes = within(l2).getByRole('complementary', {
      name: 'Where the reference contradicts itself (our note)',
    });
    expect(notes).toBeVisible();
    expect(notes).toHaveTextContent(
      "Our plan follows the roadmap's phase order.",
    );
    expect(
      within(screen.getByRole('region', { name: levelNames[4] })).queryByRole(
        'complementary',
      ),
    ).toBeNull();
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
