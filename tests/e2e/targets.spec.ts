import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

/**
 * The demo's targets (app-config.yaml: production ML services at Level 2,
 * the risk domain's at Level 3): the scorecard's "Below target" filter
 * lists exactly the services the API counts below their target, and the
 * Maturity tab of one of them shows the target, the gap and the answers
 * that would close it.
 */
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';

test('the scorecard filters services below their target and the tab shows the gap', async ({
  page,
}) => {
  const token = await guestToken(baseUrl);
  const below = await fetch(
    `${baseUrl}/api/mlops-maturity/scorecard/page?belowTarget=true&assessed=true&orderBy=score&order=asc&limit=100`,
    { headers: { Authorization: `Bearer ${token}` } },
  ).then(r => r.json());
  // The demo data has assessed services below their target, or this proves nothing.
  expect(below.items.length).toBeGreaterThan(0);

  await signInAsGuest(page, '/mlops-maturity');
  const rows = page.getByTestId('scorecard-row');
  await expect(rows).toHaveCount(20);
  await page.getByLabel('Target').click();
  await page.getByRole('option', { name: 'Below target' }).click();
  await expect(page).toHaveURL(/belowTarget=true/);
  const count = await fetch(
    `${baseUrl}/api/mlops-maturity/scorecard/summary?belowTarget=true`,
    { headers: { Authorization: `Bearer ${token}` } },
  ).then(r => r.json());
  await expect(rows).toHaveCount(count.totalCount);
  await expect(rows.filter({ hasText: 'below' })).toHaveCount(count.totalCount);
  await page.screenshot({
    path: test.info().outputPath('scorecard-below-target.png'),
  });

  // The lowest-scoring one's Maturity tab.
  const service = below.items[0];
  await page.goto(
    `/catalog/${service.namespace}/${service.kind.toLowerCase()}/${
      service.name
    }/maturity`,
  );
  await expect(page.getByText('Maturity target')).toBeVisible();
  await expect(page.getByTestId('target-description')).toContainText(
    `below its target of Level ${service.targetLevel}`,
  );
  // Both demo targets have a title; the card shows the one that applies.
  expect(service.targetTitle).toBeTruthy();
  await expect(page.getByText(service.targetTitle)).toBeVisible();
  await page.getByTestId('target-description').scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('maturity-target.png'),
  });
});
