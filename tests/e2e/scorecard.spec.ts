import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

test('the scorecard filters by owner, sorts by score and links to the Maturity tab', async ({
  page,
}) => {
  await signInAsGuest(page, '/mlops-maturity');
  await expect(
    page.getByRole('heading', { name: 'ML services by maturity' }),
  ).toBeVisible();
  const rows = page.getByTestId('scorecard-row');
  await expect(rows).toHaveCount(20);
  await page.screenshot({ path: test.info().outputPath('scorecard.png') });

  // Sort by score, the other way: unassessed services stay last.
  await page.getByRole('button', { name: 'Score', exact: true }).click();
  await expect(page).toHaveURL(/orderBy=score/);
  // The Score column, found by its header: the layout folds columns away
  // on narrower windows.
  const headers = await page
    .getByRole('table', { name: 'ML services ranked by maturity' })
    .getByRole('columnheader')
    .allTextContents();
  const scoreColumn = headers.findIndex(h => h.trim() === 'Score') + 1;
  expect(scoreColumn).toBeGreaterThan(0);
  const scores = async () =>
    (await rows.locator(`td:nth-child(${scoreColumn})`).allTextContents())
      .filter(text => text !== '–')
      .map(Number);
  const ascending = page.url().includes('order=asc');
  // The new page replaces the old one: wait until the column is in order.
  await expect
    .poll(async () => {
      const numbers = await scores();
      const sorted = [...numbers].sort((a, b) => (ascending ? a - b : b - a));
      return (
        numbers.length > 1 &&
        numbers.every(n => Number.isFinite(n)) &&
        numbers.every((n, i) => n === sorted[i])
      );
    })
    .toBe(true);
  await expect(rows).toHaveCount(20);

  await page.getByLabel('Owner').click();
  await page.getByRole('option', { name: /team-fraud/ }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(
    /owner=group%3Adefault%2Fteam-fraud|owner=group:default\/team-fraud/,
  );
  await expect(rows).toHaveCount(5);
  await expect(page.getByText('Fraud Scoring Service')).toBeVisible();

  await page.screenshot({
    path: test.info().outputPath('scorecard-filtered.png'),
  });

  const first = rows.first().getByRole('link').first();
  const name = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(/\/maturity$/);
  await expect(page.getByRole('heading', { name: name! })).toBeVisible();
});
