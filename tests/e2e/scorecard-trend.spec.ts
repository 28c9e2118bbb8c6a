import { APIRequestContext } from '@playwright/test';
import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

const API = '/api/mlops-maturity';
const SERVICE = 'homepage-ranker';

type Point = {
  date: string;
  levelDistribution: {
    levels: Record<string, number>;
    notAssessed: number;
  };
  serviceCount: number;
  meanScore: number | null;
};

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function trend(
  request: APIRequestContext,
  headers: Record<string, string>,
  query: string,
): Promise<Point[]> {
  const res = await request.get(`${API}/scorecard/trend?${query}`, {
    headers,
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).points;
}

/** What a point's aria-label says of its levels, as the chart words it. */
const levelsText = (p: Point) =>
  [0, 1, 2, 3, 4]
    .map(l => `Level ${l}: ${p.levelDistribution.levels[String(l)] ?? 0}`)
    .join('; ');

test('the scorecard over time shows the demo history and follows the filters', async ({
  page,
  request,
  baseURL,
}) => {
  const headers = { Authorization: `Bearer ${await guestToken(baseURL!)}` };
  const year = await trend(
    request,
    headers,
    `from=${day(-364)}&to=${day(0)}&interval=week`,
  );
  // The demo's months of revisions, backfilled into snapshots: many weeks,
  // and the levels moved over them.
  expect(year.length).toBeGreaterThan(8);
  expect(
    new Set(year.map(p => JSON.stringify(p.levelDistribution))).size,
  ).toBeGreaterThan(1);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsGuest(page, '/mlops-maturity');
  await page.getByRole('button', { name: /Over time/ }).click();
  await page.getByLabel('Period').click();
  await page.getByRole('option', { name: 'Last year, by week' }).click();
  const points = page.getByTestId('trend-point');
  await expect(points).toHaveCount(year.length);
  await expect(points.last()).toHaveAttribute(
    'aria-label',
    new RegExp(levelsText(year[year.length - 1])),
  );
  await page.screenshot({
    path: test.info().outputPath('scorecard-trend-1280.png'),
    fullPage: true,
  });

  // A filter narrows the trend to its services: the last point counts what
  // the scorecard's summary counts for the same filter.
  const production = await trend(
    request,
    headers,
    `lifecycle=production&from=${day(-89)}&to=${day(0)}&interval=day`,
  );
  const summary = await (
    await request.get(`${API}/scorecard/summary?lifecycle=production`, {
      headers,
    })
  ).json();
  const lastProduction = production[production.length - 1];
  expect(lastProduction.serviceCount).toBe(summary.totalCount);
  expect(lastProduction.serviceCount).toBeLessThan(
    year[year.length - 1].serviceCount,
  );
  await page.goto('/mlops-maturity?lifecycle=production');
  await page.getByRole('button', { name: /Over time/ }).click();
  await expect(points).toHaveCount(production.length);
  await expect(points.last()).toHaveAttribute(
    'aria-label',
    new RegExp(levelsText(lastProduction)),
  );
});

test("a submission shows in today's point after a refresh", async ({
  page,
  request,
  baseURL,
}) => {
  const headers = { Authorization: `Bearer ${await guestToken(baseURL!)}` };
  const today = `from=${day(0)}&to=${day(0)}&interval=day`;
  const [before] = await trend(request, headers, today);
  const model = await (await request.get(`${API}/model`, { headers })).json();
  const path = `${API}/assessments/component/default/${SERVICE}`;
  const current = await request.get(path, { headers });
  const stored = current.ok() ? await current.json() : undefined;
  // Every answer at a level it is not at now, so its level changes.
  const level = stored?.result.level === 4 ? 0 : 4;
  const answers = Object.fromEntries(
    model.questions.map((q: { id: string }) => [q.id, { level }]),
  );
  const saved = await request.put(path, {
    headers,
    data: { baseRevision: stored?.revision ?? null, answers },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  const [after] = await trend(request, headers, today);
  expect(after.levelDistribution.levels[String(level)]).toBe(
    (before.levelDistribution.levels[String(level)] ?? 0) + 1,
  );

  await signInAsGuest(page, '/mlops-maturity');
  await page.getByRole('button', { name: /Over time/ }).click();
  await page.getByLabel('Period').click();
  await page.getByRole('option', { name: 'Last 30 days, by day' }).click();
  await expect(page.getByTestId('trend-point').last()).toHaveAttribute(
    'aria-label',
    new RegExp(levelsText(after)),
  );
});
