import { Page } from '@playwright/test';
import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

/**
 * Campaigns, as the demo user (whom app-config.yaml makes a campaign
 * manager): create one in the scorecard's Campaigns section, see its
 * progress on its page and check the numbers against the API, see it on a
 * service's Maturity tab, then close it.
 */
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';

async function api<T>(token: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}/api/mlops-maturity${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** A local date `days` from today, as a date input takes it. */
function dateInDays(days: number): string {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** How far the document is wider than the window (0: no sideways scrolling). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

/** The tables on the page whose container scrolls sideways (cut-off columns). */
const clippedTables = (page: Page) =>
  page
    .locator('table')
    .evaluateAll(tables =>
      tables
        .filter(
          t => t.parentElement!.scrollWidth > t.parentElement!.clientWidth + 1,
        )
        .map(t => t.getAttribute('aria-label')),
    );

/** The big number of a total on the campaign page. */
const total = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true });

type Progress = {
  inScope: number;
  done: number;
  remaining: number;
  overdue: number;
  teams: Array<{
    owner: string | null;
    inScope: number;
    done: number;
    remaining: number;
    overdue: number;
  }>;
};

test('a campaign manager creates a campaign and follows its progress', async ({
  page,
}) => {
  const token = await guestToken(baseUrl);
  const title = `Production to Level 2 (e2e ${Date.now()})`;

  await signInAsGuest(page, '/mlops-maturity');
  // The card starts folded, saying how many campaigns are active; unfolded,
  // it stays so for the user.
  const section = page.getByTestId('campaigns-section');
  const fold = section.getByRole('button', { name: /^Campaigns/ });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(fold).toContainText(/\d+ active/);
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await page.reload();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await section.getByRole('button', { name: 'New campaign' }).click();

  const dialog = page.getByRole('dialog', { name: 'New campaign' });
  await expect(dialog).toBeVisible();
  // Checked before anything is sent.
  await dialog.getByRole('button', { name: 'Create campaign' }).click();
  await expect(dialog.getByText('Give the campaign a title.')).toBeVisible();
  await expect(dialog.getByText('Choose a deadline.')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog
    .getByRole('textbox', { name: 'Description (optional)' })
    .fill('Every production ML service trains automatically.');
  await dialog.locator('#campaign-goal').click();
  await page.getByRole('option', { name: /^Reach Level 2/ }).click();
  await dialog.getByLabel(/^Deadline/).fill(dateInDays(30));
  const lifecycle = dialog.getByRole('textbox', { name: 'Lifecycle' });
  await lifecycle.fill('production');
  await lifecycle.press('Enter');
  await expect(
    dialog.getByRole('button', { name: 'production' }),
  ).toBeVisible();
  await dialog.screenshot({
    path: test.info().outputPath('campaign-dialog.png'),
  });
  await dialog.getByRole('button', { name: 'Create campaign' }).click();

  // The new campaign's page.
  await expect(page).toHaveURL(/\/mlops-maturity\/campaigns\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('campaign-goal')).toHaveText(/^Reach Level 2/);
  await expect(page.getByText('Lifecycle: production')).toBeVisible();

  const { campaign, progress } = await api<{
    campaign: { title: string; scope: object; goal: object };
    progress: Progress;
  }>(token, `/campaigns/${id}`);
  expect(campaign.title).toBe(title);
  expect(campaign.goal).toEqual({ kind: 'level', level: 2 });
  expect(campaign.scope).toEqual({ lifecycle: ['production'] });
  // The demo has production services on both sides of Level 2, or this
  // proves little.
  expect(progress.inScope).toBeGreaterThan(0);
  expect(progress.done).toBeGreaterThan(0);
  expect(progress.remaining).toBeGreaterThan(0);

  // The totals are the API's.
  await expect(total(page, 'In scope')).toHaveText(String(progress.inScope));
  await expect(total(page, 'Done')).toHaveText(String(progress.done));
  await expect(total(page, 'Remaining')).toHaveText(String(progress.remaining));
  await expect(total(page, 'Overdue')).toHaveText('0');
  await expect(
    page.getByRole('progressbar', {
      name: `${progress.done} of ${progress.inScope} services done`,
    }),
  ).toBeVisible();
  // ...and the scorecard's, filtered to the campaign.
  const inScope = await api<{ totalCount: number }>(
    token,
    `/scorecard/summary?campaign=${id}`,
  );
  const notDone = await api<{ totalCount: number }>(
    token,
    `/scorecard/summary?campaign=${id}&campaignDone=false`,
  );
  expect(inScope.totalCount).toBe(progress.inScope);
  expect(notDone.totalCount).toBe(progress.remaining);

  // One chart point per day since the start: today.
  const history = await api<{ inScope: number; points: unknown[] }>(
    token,
    `/campaigns/${id}/history`,
  );
  expect(history.inScope).toBe(progress.inScope);
  await expect(page.getByTestId('campaign-history-point')).toHaveCount(
    history.points.length,
  );

  // One row per team, with its counts (the team column shows each
  // group's display name, so the rows are compared by their numbers).
  const teamRows = page.getByTestId('campaign-teams').locator('tbody tr');
  await expect(teamRows).toHaveCount(progress.teams.length);
  const shown = await teamRows.evaluateAll(rows =>
    rows.map(row =>
      Array.from(row.querySelectorAll('td'))
        .slice(1, 5)
        .map(cell => cell.textContent)
        .join(' '),
    ),
  );
  expect(shown.sort()).toEqual(
    progress.teams
      .map(t => `${t.inScope} ${t.done} ${t.remaining} ${t.overdue}`)
      .sort(),
  );

  // The remaining services, each linking to its Maturity tab.
  const remaining = page.getByTestId('remaining-row');
  await expect(remaining).toHaveCount(Math.min(progress.remaining, 25));
  const firstLink = remaining.first().getByRole('link').first();
  await expect(firstLink).toHaveAttribute(
    'href',
    /^\/catalog\/default\/component\/[^/]+\/maturity$/,
  );
  await page.screenshot({
    path: test.info().outputPath('campaign-page.png'),
    fullPage: true,
  });
  // Narrow windows: nothing sticks out sideways.
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(teamRows).toHaveCount(progress.teams.length);
    expect(await horizontalOverflow(page), `overflow at ${width} px`).toBe(0);
    expect(await clippedTables(page), `clipped at ${width} px`).toEqual([]);
  }
  await page.screenshot({
    path: test.info().outputPath('campaign-page-800.png'),
    fullPage: true,
  });
  await page.setViewportSize({ width: 1400, height: 900 });

  // The scorecard lists it with the same progress, and filters by it.
  await page.getByRole('link', { name: 'Back to the scorecard' }).click();
  const row = page.getByTestId('campaign-row').filter({ hasText: title });
  await expect(row).toContainText(
    `${progress.done} of ${progress.inScope} done`,
  );
  await expect(row).toContainText('30 days left');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({
    path: test.info().outputPath('scorecard-campaigns.png'),
  });
  await page.setViewportSize({ width: 800, height: 900 });
  await expect(row).toContainText(`${progress.done} of ${progress.inScope}`);
  await expect(
    section.getByRole('columnheader', { name: 'Actions' }),
  ).toBeHidden();
  expect(
    await section
      .getByRole('table', { name: 'Campaigns' })
      .evaluate(
        t => t.parentElement!.scrollWidth - t.parentElement!.clientWidth,
      ),
  ).toBeLessThanOrEqual(1);
  await section.screenshot({
    path: test.info().outputPath('scorecard-campaigns-800.png'),
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.locator('#scorecard-filter-campaign').click();
  await page.getByRole('option', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`campaign=${id}`));
  await expect(page.getByTestId('scorecard-row')).toHaveCount(
    Math.min(progress.inScope, 50),
  );

  // A remaining service's Maturity tab shows the campaign, not done.
  const [service] = (
    await api<{ items: Array<{ name: string }> }>(
      token,
      `/scorecard/page?campaign=${id}&campaignDone=false&limit=1`,
    )
  ).items;
  await openMaturityTab(page, service.name);
  const card = page.getByRole('table', { name: 'Campaigns of this service' });
  const entry = card.getByTestId('entity-campaign').filter({ hasText: title });
  await expect(entry).toContainText('Not done yet');
  await expect(entry).toContainText('30 days left');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('maturity-tab-campaigns.png'),
  });
  await entry.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  // Closed: the page says so, and Edit and Close are gone.
  await page.getByRole('button', { name: 'Close campaign' }).click();
  const confirm = page.getByRole('dialog', { name: `Close "${title}"?` });
  await confirm.getByRole('button', { name: 'Close campaign' }).click();
  await expect(page.getByTestId('campaign-deadline-status')).toHaveText(
    /^Closed /,
  );
  await expect(page.getByRole('button', { name: 'Edit' })).toBeHidden();
  const closed = await api<{
    campaign: { state: string; closedAt: string };
  }>(token, `/campaigns/${id}`);
  expect(closed.campaign.state).toBe('closed');

  // The scorecard's card no longer lists it with the active ones, but in
  // its closed view: the most recently closed first, as the API has them,
  // with the day it closed, linking to its page.
  await page.getByRole('link', { name: 'Back to the scorecard' }).click();
  await expect(section.getByTestId('campaign-row').first()).toBeVisible();
  await expect(
    section.getByTestId('campaign-row').filter({ hasText: title }),
  ).toHaveCount(0);
  await section.getByRole('tab', { name: 'Closed' }).click();
  const closedRows = section.getByTestId('closed-campaign-row');
  await expect(closedRows.first()).toContainText(title);
  const closedList = await api<{
    items: Array<{ campaign: { title: string; closedAt: string } }>;
  }>(token, '/campaigns?state=closed');
  const newestFirst = closedList.items
    .map(i => i.campaign)
    .sort((a, b) => Date.parse(b.closedAt) - Date.parse(a.closedAt))
    .map(c => c.title);
  await expect(closedRows.getByRole('link')).toHaveText(newestFirst);
  await expect(
    closedRows.first().getByTestId('campaign-closed-at'),
  ).toHaveAttribute('datetime', closed.campaign.closedAt);
  await expect(section.getByTestId('campaign-row')).toHaveCount(0);
  await section.screenshot({
    path: test.info().outputPath('scorecard-closed-campaigns.png'),
  });
  await closedRows.first().getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/mlops-maturity/campaigns/${id}$`));
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});
