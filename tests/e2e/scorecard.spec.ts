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

  await page.getByLabel('Owner').click();
  await page.getByRole('option', { name: /team-fraud/ }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(
    /owner=group%3Adefault%2Fteam-fraud|owner=group:default\/team-fraud/,
  );
  await expect(rows).toHaveCount(5);
  await expect(page.getByText('Fraud Scoring Service')).toBeVisible();

  // Sort by score, ascending: unassessed services stay last.
  await page.getByRole('button', { name: 'Score', exact: true }).click();
  await expect(page).toHaveURL(/orderBy=score/);
  const scores = await rows.locator('td:nth-child(7)').allTextContents();
  const numbers = scores.filter(s => s !== '–').map(Number);
  const sorted = [...numbers].sort((a, b) =>
    page.url().includes('order=asc') ? a - b : b - a,
  );
  expect(numbers).toEqual(sorted);

  await page.screenshot({
    path: test.info().outputPath('scorecard-filtered.png'),
  });

  const first = rows.first().getByRole('link').first();
  const name = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(/\/maturity$/);
  await expect(page.getByRole('heading', { name: name! })).toBeVisible();
});
