import {
  CampaignListResponse,
  CampaignResponse,
  CurrentAssessment,
  MaturityModel,
  MaturityTarget,
  ScorecardPageResponse,
  nextBestActions,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

/**
 * Maturity where people already look (issue 27, part 5): the card on an ML
 * service's Overview tab and the two home-page widgets, checked against
 * what the API answers for the demo user (user:default/ada, of
 * team-recommendations).
 */
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
const SERVICE = 'user-embedding-pipeline';

async function api<T>(token: string, path: string, init?: RequestInit) {
  const response = await fetch(`${baseUrl}/api/mlops-maturity${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
  });
  expect(response.ok, `${init?.method ?? 'GET'} ${path}`).toBe(true);
  return (await response.json()) as T;
}

test('the Overview tab of an ML service shows its maturity card, as the API has it', async ({
  page,
}) => {
  const token = await guestToken(baseUrl);
  const entity = `/assessments/component/default/${SERVICE}`;
  const current = await api<CurrentAssessment>(token, entity);
  const { target } = await api<{ target: MaturityTarget | null }>(
    token,
    `${entity}/target`,
  );
  const model = await api<MaturityModel>(token, '/model');
  const { result } = current;

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsGuest(page, `/catalog/default/component/${SERVICE}`);
  const card = page
    .getByText('MLOps maturity', { exact: true })
    .locator('xpath=ancestor::*[contains(@class, "MuiCard-root")][1]');
  await expect(card.getByTestId('card-level')).toContainText(
    `L${result.level}`,
  );
  if (result.gatedLevel !== result.level) {
    await expect(card.getByTestId('card-gated-level')).toContainText(
      `L${result.gatedLevel}`,
    );
  }
  const met = target !== null && result.level! >= target.level;
  await expect(card.getByTestId('card-target')).toContainText(
    target ? `L${target.level}` : 'No target applies',
  );
  if (target) {
    await expect(card.getByTestId('card-target')).toContainText(
      met ? 'Met' : 'Not met',
    );
  }
  // The plan every view shows: to the target while below it, else the next level.
  const aimed = target && !met ? target.level : result.level! + 1;
  const plan = nextBestActions(model, result, aimed as 1 | 2 | 3 | 4)!;
  const first = plan.raises[0];
  const question = model.questions.find(q => q.id === first.questionId)!;
  await expect(card.getByTestId('card-next-action')).toContainText(
    `Raise “${question.title}”`,
  );
  await expect(card.getByTestId('card-next-action')).toContainText(
    `reach Level ${aimed}`,
  );
  // Week by week over 13 weeks, from the service's daily snapshots (the
  // demo backfills them from months of revisions): a line from two scored
  // weeks on, as the API has them.
  const from = new Date(Date.now() - 90 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const trend = await api<{ points: Array<{ score: number | null }> }>(
    token,
    `${entity}/trend?from=${from}&interval=week`,
  );
  const scored = trend.points.filter(p => p.score !== null).length;
  expect(scored, 'weeks of the demo service with a score').toBeGreaterThan(1);
  await expect(card.getByTestId('maturity-sparkline')).toHaveCount(1);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({
    path: test.info().outputPath('overview-maturity-card-1280.png'),
  });
  await page.screenshot({
    path: test.info().outputPath('overview-1280.png'),
    fullPage: true,
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(card.getByTestId('card-level')).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('overview-1920.png'),
    fullPage: true,
  });

  await card.getByRole('link', { name: 'Open the Maturity tab' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${SERVICE}/maturity$`),
  );
});

test('the home page shows my team’s ML services and the campaigns due', async ({
  page,
}) => {
  const token = await guestToken(baseUrl);
  const owners = ['user:default/ada', 'group:default/team-recommendations'];
  const mine = await api<ScorecardPageResponse>(
    token,
    `/scorecard/page?${owners
      .map(o => `owner=${encodeURIComponent(o)}`)
      .join('&')}&orderBy=score&order=asc&limit=8`,
  );
  expect(mine.items.length).toBeGreaterThan(0);
  // A campaign due soon, so that the widget has one to show.
  const deadline = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
  const created = await api<CampaignResponse>(token, '/campaigns', {
    method: 'POST',
    body: JSON.stringify({
      title: 'Home widget e2e: Level 2',
      goal: { kind: 'level', level: 2 },
      scope: { owner: ['group:default/team-recommendations'] },
      deadline,
    }),
  });
  try {
    const open = await api<CampaignListResponse>(
      token,
      '/campaigns?state=active',
    );
    const due = [...open.items].sort((a, b) =>
      a.campaign.deadline.localeCompare(b.campaign.deadline),
    );

    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAsGuest(page, '/home');
    const services = page.getByRole('table', {
      name: 'ML services of your teams',
    });
    const rows = services.getByTestId('my-team-service');
    await expect(rows).toHaveCount(mine.items.length);
    for (const [index, row] of mine.items.entries()) {
      const shown = rows.nth(index);
      await expect(shown).toContainText(row.title ?? row.name);
      await expect(shown).toContainText(
        row.level === null ? 'Not assessed' : `L${row.level}`,
      );
      if (row.targetLevel !== null) {
        await expect(shown).toContainText(row.targetMet ? 'Met' : 'Below');
      }
    }

    const campaigns = page.getByRole('table', {
      name: 'Open campaigns by deadline',
    });
    const campaignRows = campaigns.getByTestId('campaign-due');
    await expect(campaignRows).toHaveCount(Math.min(due.length, 5));
    const ours = campaignRows.filter({ hasText: 'Home widget e2e: Level 2' });
    const { done, inScope } = created.progress;
    await expect(ours).toContainText(`${done} of ${inScope} done`);
    await expect(ours).toContainText(/(9|10) days left/);
    await page.screenshot({
      path: test.info().outputPath('home-widgets-1280.png'),
      fullPage: true,
    });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect(ours).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath('home-widgets-1920.png'),
      fullPage: true,
    });

    await ours.getByRole('link', { name: 'Home widget e2e: Level 2' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/mlops-maturity/campaigns/${created.campaign.id}$`),
    );
  } finally {
    await api(token, `/campaigns/${created.campaign.id}/close`, {
      method: 'POST',
    });
  }
});
