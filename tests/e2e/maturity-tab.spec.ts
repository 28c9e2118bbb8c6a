import { expect, test } from './fixtures';
import { guestToken } from '../support/backend';
import { entityTab, headline, openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

const API = '/api/mlops-maturity/assessments/component/default';

test.describe.configure({ mode: 'serial' });

test('an owner submits an assessment and sees the new level and history entry', async ({
  page,
  request,
  baseURL,
}) => {
  const token = await guestToken(baseURL!);
  const auth = { Authorization: `Bearer ${token}` };
  const before = await request.get(`${API}/similar-items-model/history`, {
    headers: auth,
  });
  const revisionsBefore: number = (await before.json()).items.length;

  await signInAsGuest(page);
  await openMaturityTab(page, 'similar-items-model');
  await expect(headline(page)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('maturity-tab.png') });
  await page.screenshot({
    path: test.info().outputPath('maturity-tab-full-page.png'),
    fullPage: true,
  });
  await page
    .getByRole('button', { name: /^(Update|Start) assessment$/ })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();

  // Every question at Level 4: the live preview must reach 4.00 before submitting.
  const groups = dialog.getByRole('radiogroup');
  await expect(groups).toHaveCount(15);
  for (let i = 0; i < 15; i++) {
    await groups
      .nth(i)
      .getByRole('radio', { name: /^L4 — / })
      .check();
  }
  await expect(dialog.getByText('4.00 / 4').first()).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('assessment-editor.png'),
  });
  const levelBefore = (await headline(page).textContent())!.match(/^L(\d)/)![1];
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog).toBeHidden();

  // The app's toast says what the submission changed.
  await expect(page.getByText('Assessment submitted')).toBeVisible();
  await expect(
    page.getByText(
      new RegExp(
        `^Level ${levelBefore} → Level 4, score \\d\\.\\d\\d → 4\\.00 \\([+−]\\d\\.\\d\\d\\)\\. Level 4 is the top level\\.$`,
      ),
    ),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('maturity-tab-submitted-toast.png'),
  });

  await expect(headline(page)).toHaveText('L4 · Full MLOps');
  await expect(page.getByText('4.00 / 4').first()).toBeVisible();
  const history = page
    .locator('text=History')
    .locator('xpath=ancestor::*[contains(@class, "MuiCard-root")][1]');
  await expect(
    history.getByText(`${revisionsBefore + 1}`, { exact: true }).first(),
  ).toBeVisible();
  await expect(history.getByText('Ada Lovelace').first()).toBeVisible();

  const after = await request.get(`${API}/similar-items-model/history`, {
    headers: auth,
  });
  const items = (await after.json()).items;
  expect(items).toHaveLength(revisionsBefore + 1);
  expect(items[0]).toMatchObject({
    revision: revisionsBefore + 1,
    level: 4,
    author: 'user:default/ada',
  });

  await page.screenshot({
    path: test.info().outputPath('maturity-tab-after-submit.png'),
  });
});

test('a service of another team is read-only', async ({ page }) => {
  await signInAsGuest(page);
  await openMaturityTab(page, 'fraud-scoring-service');
  await expect(page.getByTestId('read-only-note')).toContainText(
    'Only the owning team',
  );
  await expect(page.getByRole('button', { name: /assessment$/ })).toHaveCount(
    0,
  );
});

test('a component that is not an ML service has no Maturity tab', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/component/storefront-web');
  await expect(
    page.getByRole('heading', { name: 'Storefront Web' }),
  ).toBeVisible();
  await expect(entityTab(page, 'Overview')).toBeVisible();
  await expect(entityTab(page, 'Maturity')).toHaveCount(0);
});
