import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { headline, openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

const API = '/api/mlops-maturity/assessments/component/default';
/**
 * team-recommendations' Churn Prediction: stale in the demo data (last
 * assessed about 200 days ago) and read by no other spec, so confirming it
 * takes nothing from them; the reminders spec finds its team's other stale
 * and unassessed services in the digest.
 */
const SERVICE = 'churn-prediction';

test('the owner confirms a stale assessment unchanged: a new revision with the same answers and level, no longer stale', async ({
  page,
  request,
  baseURL,
}) => {
  const auth = { Authorization: `Bearer ${await guestToken(baseURL!)}` };
  const before = await (
    await request.get(`${API}/${SERVICE}`, { headers: auth })
  ).json();
  expect(before.stale).toBe(true);
  const answered = Object.keys(before.answers).length;

  await signInAsGuest(page);
  await openMaturityTab(page, SERVICE);
  const staleNotice = page.getByText(/^This assessment is stale/);
  await expect(staleNotice).toBeVisible();
  await expect(headline(page)).toHaveText(
    new RegExp(`^L${before.result.level} · `),
  );

  await page.getByRole('button', { name: 'Confirm unchanged' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Confirm the assessment unchanged?',
  });
  await expect(dialog).toContainText(
    `Submit the same ${answered} answers again as revision ${
      before.revision + 1
    }, in your name: Level ${before.result.level}`,
  );
  await page.screenshot({
    path: test.info().outputPath('confirm-unchanged-dialog.png'),
  });
  await dialog.getByRole('button', { name: 'Confirm unchanged' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('Assessment confirmed')).toBeVisible();
  await expect(staleNotice).toBeHidden();
  // The headline's subheader, the first on the page.
  await expect(
    page.getByText(`Revision ${before.revision + 1}`, { exact: true }).first(),
  ).toBeVisible();
  await expect(headline(page)).toHaveText(
    new RegExp(`^L${before.result.level} · `),
  );
  const newest = page.getByTestId('revision-row').first();
  await expect(newest).toContainText(String(before.revision + 1));
  await expect(newest).toContainText('Ada Lovelace');
  await expect(newest).toContainText(`L${before.result.level}`);
  await page.screenshot({
    path: test.info().outputPath('confirm-unchanged-done.png'),
  });

  const after = await (
    await request.get(`${API}/${SERVICE}`, { headers: auth })
  ).json();
  expect(after).toMatchObject({
    revision: before.revision + 1,
    stale: false,
    author: 'user:default/ada',
    answers: before.answers,
    result: { score: before.result.score, level: before.result.level },
  });
});
