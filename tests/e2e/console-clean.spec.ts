import { guestToken } from '../support/backend';
import { expect, isConsoleProblem, test } from './fixtures';
import { openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

// Every spec fails on console errors and warnings (see fixtures.ts); these
// visit the pages no other spec covers, the unassessed service above all.

test('the guard flags React warnings and uncaught errors', async ({
  page,
  consoleProblems,
}) => {
  await page.goto('/');
  await page.evaluate(() => {
    console.error(
      'Warning: Each child in a list should have a unique "key" prop.',
    );
    console.warn('something odd');
    setTimeout(() => {
      throw new Error('boom');
    });
  });
  await expect.poll(() => consoleProblems.length).toBe(3);
  expect(consoleProblems.join('\n')).toMatch(/unique "key" prop/);
  expect(consoleProblems.join('\n')).toMatch(/uncaught: Error: boom/);
  expect(isConsoleProblem('validateDOMNesting(...): <div> cannot appear')).toBe(
    true,
  );
  // Seen and checked: not this test's failure.
  consoleProblems.length = 0;
});

test('the Maturity tab of a service nobody assessed yet logs no 404', async ({
  page,
  request,
  baseURL,
}) => {
  const token = await guestToken(baseURL!);
  const response = await request.get('/api/mlops-maturity/scorecard', {
    headers: { Authorization: `Bearer ${token}` },
    params: { assessed: 'false' },
  });
  const unassessed = (await response.json()).items;
  expect(unassessed.length).toBeGreaterThan(0);

  await signInAsGuest(page);
  await openMaturityTab(page, unassessed[0].name);
  await expect(
    page.getByRole('heading', { name: 'No maturity assessment yet' }),
  ).toBeVisible();
});

test("an owner's Maturity tab without a draft logs no 404", async ({
  page,
}) => {
  await signInAsGuest(page);
  await openMaturityTab(page, 'user-embedding-pipeline');
  await expect(
    page.getByRole('button', { name: 'Update assessment' }),
  ).toBeVisible();
  await expect(page.getByText('History')).toBeVisible();
});
