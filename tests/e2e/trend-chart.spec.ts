import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

const SERVICE = 'homepage-ranker';
const API = `/api/mlops-maturity/assessments/component/default/${SERVICE}`;

test('several revisions submitted on one day stay apart in the trend chart', async ({
  page,
  request,
  baseURL,
}) => {
  const token = await guestToken(baseURL!);
  const headers = { Authorization: `Bearer ${token}` };
  const model = await (
    await request.get('/api/mlops-maturity/model', { headers })
  ).json();
  const current = await request.get(API, { headers });
  let baseRevision: number | null = current.ok()
    ? (await current.json()).revision
    : null;
  // Three submissions in a row, all today: L1, L2 and L3 everywhere.
  for (const level of [1, 2, 3]) {
    const answers = Object.fromEntries(
      model.questions.map((q: { id: string }) => [q.id, { level }]),
    );
    const saved = await request.put(API, {
      headers,
      data: { baseRevision, answers },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    baseRevision = (await saved.json()).revision;
  }
  const history = (
    await (await request.get(`${API}/history`, { headers })).json()
  ).items;

  await signInAsGuest(page);
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await openMaturityTab(page, SERVICE);
    const chart = page.getByRole('img', { name: 'Score by revision' });
    await expect(chart).toBeVisible();
    const points = chart.getByTestId('score-point');
    await expect(points).toHaveCount(history.length);

    // Today's three are evenly spaced, like every other pair of neighbours,
    // and bracketed under one date.
    const xs = await points.evaluateAll(circles =>
      circles.map(c => Number(c.getAttribute('cx'))),
    );
    const steps = xs.slice(1).map((x, i) => x - xs[i]);
    for (const step of steps) {
      expect(step).toBeGreaterThan(0);
      expect(step).toBeCloseTo(steps[0], 3);
    }
    await expect(points.last()).toHaveAttribute(
      'aria-label',
      `Revision ${baseRevision}: score 3.00, level 3`,
    );
    const days = chart.getByTestId('trend-day');
    await expect(days.last().locator('text')).toHaveCount(1);

    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({
      path: test.info().outputPath(`trend-chart-${width}.png`),
    });
  }
});
