import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';

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

  // The services nobody assessed yet, as the API counts them: they have no
  // score and stay below the others whichever way the scores are sorted.
  const token = await guestToken(baseUrl);
  const unassessed = (
    await fetch(
      `${baseUrl}/api/mlops-maturity/scorecard/page?assessed=false&limit=100`,
      { headers: { Authorization: `Bearer ${token}` } },
    ).then(r => r.json())
  ).items.length;
  expect(unassessed, 'the demo has services nobody assessed').toBeGreaterThan(
    0,
  );

  // The Score column, found by its header: the layout folds columns away
  // on narrower windows.
  const table = page.getByRole('table', {
    name: 'ML services ranked by maturity',
  });
  const headers = await table.getByRole('columnheader').allTextContents();
  const scoreColumn = headers.findIndex(h => h.trim() === 'Score') + 1;
  expect(scoreColumn).toBeGreaterThan(0);
  const scoreHeader = table.getByRole('columnheader', {
    name: 'Score',
    exact: true,
  });
  const column = () =>
    rows.locator(`td:nth-child(${scoreColumn})`).allTextContents();
  /** Whether the column is in the order: scores sorted, then every dash. */
  const inOrder = (cells: string[], order: 'asc' | 'desc') => {
    const dashes = cells.filter(c => c === '–').length;
    const scores = cells.slice(0, cells.length - dashes).map(Number);
    return (
      cells.slice(cells.length - dashes).every(c => c === '–') &&
      scores.every(n => Number.isFinite(n)) &&
      scores.every(
        (n, i) =>
          i === 0 ||
          (order === 'asc' ? scores[i - 1] <= n : scores[i - 1] >= n),
      )
    );
  };

  // Highest first, as the page opens; then lowest first; then highest again.
  for (const [order, click] of [
    ['desc', false],
    ['asc', true],
    ['desc', true],
  ] as const) {
    if (click) {
      await page.getByRole('button', { name: 'Score', exact: true }).click();
      await expect
        .poll(() => new URL(page.url()).searchParams.get('order'))
        .toBe(order);
    }
    await expect(scoreHeader).toHaveAttribute(
      'aria-sort',
      order === 'asc' ? 'ascending' : 'descending',
    );
    // The new page replaces the old one: wait until the column is in order.
    await expect
      .poll(async () => {
        const cells = await column();
        return cells.length === 20 && inOrder(cells, order)
          ? 'in order'
          : cells.join(' ');
      })
      .toBe('in order');
    const cells = await column();
    expect(cells.filter(c => c === '–')).toHaveLength(unassessed);
    expect(new Set(cells.filter(c => c !== '–')).size).toBeGreaterThan(1);
  }
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
