import { Page } from '@playwright/test';
import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
/** Small enough that the demo's services fill several pages. */
const LIMIT = 5;

/** The rank and the service's name of each row shown, in order. */
const shown = (page: Page) =>
  page.getByTestId('scorecard-row').evaluateAll(trs =>
    trs.map(tr => ({
      rank: Number(tr.querySelector('td')!.textContent),
      service: tr.querySelector('td:nth-child(2) a')!.textContent!,
    })),
  );

const ranksShown = async (page: Page) => (await shown(page)).map(r => r.rank);
const urlParam = (page: Page, name: string) =>
  new URL(page.url()).searchParams.get(name);

/**
 * Waits until the table shows a page starting at rank `from` (ranks going
 * on one by one) and returns its services.
 */
async function pageStartingAt(page: Page, from: number, size = LIMIT) {
  const expected = Array.from({ length: size }, (_, i) => from + i);
  await expect.poll(() => ranksShown(page)).toEqual(expected);
  return (await shown(page)).map(r => r.service);
}

async function openScorecard(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsGuest(page, `/mlops-maturity?limit=${LIMIT}`);
  await expect(
    page.getByRole('heading', { name: 'ML services by maturity' }),
  ).toBeVisible();
  return {
    next: page.getByRole('button', { name: 'Next page' }),
    previous: page.getByRole('button', { name: 'Previous page' }),
  };
}

test('the scorecard pages next and previous by cursor, kept in the URL for reload and Back', async ({
  page,
}) => {
  const { next, previous } = await openScorecard(page);

  // The whole ranking as the API has it, to check the pages against.
  const token = await guestToken(baseUrl);
  const all: { items: Array<{ title?: string; name: string }> } = await fetch(
    `${baseUrl}/api/mlops-maturity/scorecard/page?limit=100`,
    { headers: { Authorization: `Bearer ${token}` } },
  ).then(r => r.json());
  const total = all.items.length;
  expect(total, 'the demo fills more than three pages').toBeGreaterThan(
    3 * LIMIT,
  );

  const first = await pageStartingAt(page, 1);
  expect(urlParam(page, 'cursor')).toBeNull();
  await expect(previous).toBeDisabled();

  // Next: the following rows, ranks going on, the cursor in the URL.
  await next.click();
  const second = await pageStartingAt(page, LIMIT + 1);
  const secondCursor = urlParam(page, 'cursor');
  expect(secondCursor, 'the URL carries the cursor').toBeTruthy();
  expect(urlParam(page, 'offset')).toBeNull();
  expect(urlParam(page, 'limit')).toBe(String(LIMIT));
  expect(second.filter(s => first.includes(s))).toEqual([]);
  // The ranking with its pager, as docs/screenshots/scorecard-page-2.png
  // (the pointer moved off the Next button it just clicked).
  await page.mouse.move(0, 0);
  await page
    .getByRole('table', { name: 'ML services ranked by maturity' })
    .locator('xpath=ancestor::div[contains(@class, "MuiPaper-root")][1]')
    .screenshot({ path: test.info().outputPath('scorecard-page-2.png') });

  // A reload shows the same page.
  await page.reload();
  expect(await pageStartingAt(page, LIMIT + 1)).toEqual(second);
  expect(urlParam(page, 'cursor')).toBe(secondCursor);

  await next.click();
  const third = await pageStartingAt(page, 2 * LIMIT + 1);
  expect(urlParam(page, 'cursor')).not.toBe(secondCursor);
  expect(third.filter(s => [...first, ...second].includes(s))).toEqual([]);

  // Back returns to the page before; Previous to the first.
  await page.goBack();
  expect(await pageStartingAt(page, LIMIT + 1)).toEqual(second);
  expect(urlParam(page, 'cursor')).toBe(secondCursor);
  await previous.click();
  expect(await pageStartingAt(page, 1)).toEqual(first);
  await expect(previous).toBeDisabled();

  // Walked to the end, the pages hold every service once, in the API's order.
  const walked = [...first];
  for (let from = LIMIT + 1; from <= total; from += LIMIT) {
    await next.click();
    walked.push(
      ...(await pageStartingAt(page, from, Math.min(LIMIT, total - from + 1))),
    );
  }
  await expect(next).toBeDisabled();
  expect(new Set(walked).size).toBe(total);
  expect(walked).toEqual(all.items.map(i => i.title ?? i.name));
});

test('changing the sort or a filter on a later page starts again at page 1, the cursor dropped', async ({
  page,
}) => {
  const { next, previous } = await openScorecard(page);
  const first = await pageStartingAt(page, 1);

  await next.click();
  await pageStartingAt(page, LIMIT + 1);
  expect(urlParam(page, 'cursor')).toBeTruthy();
  // Lowest score first: the first page of the other order.
  await page.getByRole('button', { name: 'Score', exact: true }).click();
  await expect.poll(() => urlParam(page, 'order')).toBe('asc');
  expect(urlParam(page, 'cursor')).toBeNull();
  const lowestFirst = await pageStartingAt(page, 1);
  expect(lowestFirst).not.toEqual(first);
  await expect(previous).toBeDisabled();

  await next.click();
  await pageStartingAt(page, LIMIT + 1);
  expect(urlParam(page, 'cursor')).toBeTruthy();
  await page.getByLabel('Owner').click();
  await page.getByRole('option', { name: /team-fraud/ }).click();
  await page.keyboard.press('Escape');
  await expect.poll(() => urlParam(page, 'owner')).toBeTruthy();
  expect(urlParam(page, 'cursor')).toBeNull();
  await expect.poll(async () => (await ranksShown(page))[0]).toBe(1);
  await expect(page.getByText('Fraud Scoring Service')).toBeVisible();
  await expect(previous).toBeDisabled();
});
