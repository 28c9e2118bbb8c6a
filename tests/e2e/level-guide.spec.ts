import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { headline, openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

/** A demo service the demo data leaves at Level 1 (checked through the API below). */
const LEVEL_1_SERVICE = 'spelling-correction-model';

const LEVELS = [
  'Level 0: Manual',
  'Level 1: DevOps but no MLOps',
  'Level 2: Automated Training',
  'Level 3: Automated Model Deployment',
  'Level 4: Full MLOps',
];

test('the scorecard explains what the levels mean and credits the sources', async ({
  page,
}) => {
  await signInAsGuest(page, '/mlops-maturity');
  const button = page.getByRole('button', { name: 'What the levels mean' });
  await expect(button).toBeEnabled();
  await page.screenshot({
    path: test.info().outputPath('scorecard-with-level-guide-button.png'),
  });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'What the levels mean' });
  await expect(dialog).toBeVisible();

  for (const name of LEVELS) {
    await expect(dialog.getByRole('region', { name })).toBeVisible();
  }
  // What is ours says so on first sight.
  await expect(dialog.getByTestId('our-additions')).toContainText(
    'a stricter reading of ours that the reference does not use',
  );
  // The rest of each level is folded: open a part, read it.
  const open = async (level: number, part: string) => {
    const region = dialog.getByRole('region', { name: LEVELS[level] });
    await region.getByRole('button', { name: part }).click();
    return region.getByRole('region', { name: part });
  };
  await expect(
    (
      await open(0, 'Pain points')
    ).getByRole('table', {
      name: 'Pain points of Level 0',
    }),
  ).toContainText('Accuracy drops from 85% → 45% unnoticed');
  await expect(await open(0, 'People & Organization')).toContainText(
    'No shared ownership: Each team blames others when models fail',
  );
  await expect(await open(0, 'Model release')).toContainText(
    'Manual handoff of model file (via email, shared drive, Slack)',
  );
  await expect(await open(0, "In the sources' words")).toContainText(
    'The teams are disparate and releases are painful.',
  );
  await expect(await open(3, 'Improvements over Level 2')).toContainText(
    'Progressive (10% → 50% → 100%)',
  );
  await expect(await open(2, 'Remaining pain points')).toContainText(
    'No A/B testing framework',
  );
  await expect(dialog.getByRole('region', { name: LEVELS[4] })).toContainText(
    'Auto-retraining: Vertex AI Pipelines + Cloud Functions, SageMaker Pipelines + EventBridge',
  );
  await dialog
    .getByRole('region', { name: LEVELS[0] })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('level-guide.png') });
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await dialog.getByTestId('our-additions').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: test.info().outputPath(`level-guide-${width}.png`),
    });
  }
  await page.setViewportSize({ width: 1400, height: 900 });

  const sources = dialog.getByRole('region', { name: 'Sources', exact: true });
  await sources.scrollIntoViewIfNeeded();
  await expect(
    sources.getByRole('link', { name: 'Microsoft MLOps Maturity Model' }),
  ).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/azure/architecture/ai-ml/guide/mlops-maturity-model',
  );
  await expect(sources.getByRole('link')).toHaveCount(5);
  await page.screenshot({
    path: test.info().outputPath('level-guide-sources.png'),
  });

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a Level 1 service compares its level with the next and offers the accelerated path', async ({
  page,
  request,
  baseURL,
}) => {
  const token = await guestToken(baseURL!);
  const res = await request.get(
    `/api/mlops-maturity/assessments/component/default/${LEVEL_1_SERVICE}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(res.ok()).toBe(true);
  expect((await res.json()).result.level).toBe(1);

  await signInAsGuest(page);
  await openMaturityTab(page, LEVEL_1_SERVICE);
  await expect(headline(page)).toHaveText('L1 · DevOps but no MLOps');

  const comparison = page.getByRole('table', { name: 'Level comparison' });
  await expect(comparison).toBeVisible();
  await expect(comparison.getByRole('columnheader')).toContainText([
    '',
    'NowL1DevOps but no MLOps',
    'NextL2Automated Training',
  ]);
  await expect(
    comparison.getByRole('row').filter({ hasText: 'Automation' }),
  ).toHaveText('Automation20%50%');
  await expect(
    page.getByRole('table', { name: 'Improvements of Level 2 over Level 1' }),
  ).toContainText('Centralized (MLflow/W&B)');
  await expect(
    page.getByRole('list', { name: 'Remaining pain points of Level 1' }),
  ).toContainText('Experiment results tracked in spreadsheets or notebooks');
  await page.getByRole('button', { name: 'People & Organization' }).click();
  await expect(
    page.getByRole('region', { name: 'People & Organization' }),
  ).toContainText(
    'MLOps engineer (emerging): New role managing ML platform infrastructure',
  );
  await page
    .locator('.MuiCard-root')
    .filter({ has: comparison })
    .screenshot({ path: test.info().outputPath('level-comparison.png') });

  const accelerated = page.getByTestId('accelerated-roadmap');
  await accelerated.scrollIntoViewIfNeeded();
  await expect(
    page.getByText(
      'Accelerated Path: Level 0 to Level 3 (Automated Model Deployment)',
    ),
  ).toBeVisible();
  await expect(accelerated.getByRole('heading', { level: 3 })).toHaveText([
    'Quarter 1: Foundation + Training Automation',
    'Quarter 2: Advanced Training + Deployment Prep',
    'Quarter 3: Deployment Automation',
    'Quarter 4: Optimization & Hardening',
  ]);
  await expect(accelerated).toContainText(
    '$600K-$1M (aggressive timeline requires more resources)',
  );
  await expect(accelerated).toContainText(
    '5-7 MLOps engineers (some consultants), 8-12 data scientists',
  );
  const items = accelerated.getByTestId('accelerated-roadmap-item');
  await expect(items).toHaveCount(12);
  await expect(items.first()).toContainText(
    'Week 1-4Git, CI/CD, data pipelinesModel Development',
  );
  await expect(items.nth(10)).toHaveText(
    'Week 41-44Incident response, runbooksPeople & Process',
  );
  await page
    .locator('.MuiCard-root')
    .filter({ has: accelerated })
    .screenshot({ path: test.info().outputPath('accelerated-roadmap.png') });
  await page.screenshot({
    path: test.info().outputPath('maturity-tab-level-1-full-page.png'),
    fullPage: true,
  });
});

test('a Level 2 service gets the comparison but no accelerated path', async ({
  page,
  request,
  baseURL,
}) => {
  const service = 'search-ranking-model';
  const token = await guestToken(baseURL!);
  const res = await request.get(
    `/api/mlops-maturity/assessments/component/default/${service}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect((await res.json()).result.level).toBe(2);

  await signInAsGuest(page);
  await openMaturityTab(page, service);
  await expect(
    page.getByRole('table', { name: 'Level comparison' }),
  ).toBeVisible();
  await expect(page.getByText('Level 2 and Level 3')).toBeVisible();
  await expect(page.getByTestId('accelerated-roadmap')).toHaveCount(0);
});
