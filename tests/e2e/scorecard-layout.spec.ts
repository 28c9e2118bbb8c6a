import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

/** How far the document is wider than the window (0: no sideways scrolling). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

for (const width of [1280, 1920]) {
  test(`the scorecard fits a ${width} px wide window`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAsGuest(page, '/mlops-maturity');
    const rows = page.getByTestId('scorecard-row');
    await expect(rows).toHaveCount(20);
    await expect(
      page.getByRole('columnheader', { name: /To next level/ }),
    ).toBeVisible();

    expect(await horizontalOverflow(page)).toBe(0);
    // No cell sticks out of the table's box either (a clipped table would
    // pass the check above).
    const table = page.getByRole('table', {
      name: 'ML services ranked by maturity',
    });
    const box = (await table.boundingBox())!;
    const container = (await table.locator('xpath=..').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(
      container.x + container.width + 1,
    );
    // Backstage's theme clips what overflows a cell: nothing may.
    const clipped = await table
      .locator('th, td')
      .evaluateAll(cells =>
        cells
          .filter(cell => cell.scrollWidth > cell.clientWidth + 1)
          .map(cell => cell.textContent),
      );
    expect(clipped).toEqual([]);

    await page.screenshot({
      path: test.info().outputPath(`scorecard-${width}.png`),
      fullPage: true,
    });
  });
}

test('the scorecard sorts by answers to the next level, fewest first', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsGuest(page, '/mlops-maturity');
  const rows = page.getByTestId('scorecard-row');
  await expect(rows).toHaveCount(20);
  const table = page.getByRole('table', {
    name: 'ML services ranked by maturity',
  });
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex(h => h.trim() === 'To next level') + 1;
  expect(column).toBeGreaterThan(0);
  /** The column's counts ("1 level step", "3 level steps"), null for "–". */
  const counts = async () =>
    (await rows.locator(`td:nth-child(${column})`).allTextContents()).map(
      text =>
        text === '–' ? null : Number(text.match(/^(\d+) level steps?$/)![1]),
    );
  // Fewest first, then the services with no count (not assessed, or at
  // Level 4 already).
  const fewestFirst = (values: Array<number | null>) => {
    const numbers = values.filter((v): v is number => v !== null);
    return [
      ...[...numbers].sort((a, b) => a - b),
      ...values.filter(v => v === null),
    ];
  };
  // As the page opens (by score), the column is not in that order, or this
  // proves nothing.
  const before = await counts();
  expect(before).not.toEqual(fewestFirst(before));

  await page.getByRole('button', { name: 'To next level' }).click();
  await expect(page).toHaveURL(/orderBy=raisesToNextLevel/);
  expect(new URL(page.url()).searchParams.get('order')).toBe('asc');
  await expect(
    page.getByRole('columnheader', { name: /To next level/ }),
  ).toHaveAttribute('aria-sort', 'ascending');
  // The same services, now fewest answers first.
  await expect.poll(counts).toEqual(fewestFirst(before));
});

test('at 1280 × 800 the title and headline figures come first and the ranking starts above the fold', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsGuest(page, '/mlops-maturity');
  const rows = page.getByTestId('scorecard-row');
  await expect(rows).toHaveCount(20);
  await expect(page.getByText('Services per level')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('scorecard-1280x800.png'),
  });

  // The page's title is its first heading, the headline figures the next
  // card, the campaigns below them.
  const headings = page.getByRole('heading');
  await expect(headings.first()).toHaveText('MLOps Maturity');
  const texts = (await headings.allTextContents()).map(text => text.trim());
  const summary = texts.indexOf('Overview');
  const campaigns = texts.indexOf('Campaigns');
  expect(summary).toBeGreaterThan(0);
  expect(campaigns).toBeGreaterThan(summary);

  // Nothing scrolled, the first ranking row is whole within the window.
  const first = (await rows.first().boundingBox())!;
  expect(first.y + first.height).toBeLessThanOrEqual(800);
  // The trend stays folded until asked for.
  await expect(
    page
      .getByTestId('scorecard-trend')
      .getByRole('button', { expanded: false }),
  ).toHaveCount(1);
});

test('at 1920 × 1080 the first three ranking rows are in the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signInAsGuest(page, '/mlops-maturity');
  const rows = page.getByTestId('scorecard-row');
  await expect(rows).toHaveCount(20);
  await expect(page.getByText('Services per level')).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('scorecard-1920.png'),
  });
  const third = (await rows.nth(2).boundingBox())!;
  expect(third.y + third.height).toBeLessThanOrEqual(1080);
});
