import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

const SERVICE = 'homepage-ranker';

/** A score as the chart shows it: cut to two decimals, never rounded up. */
const cutToTwo = (score: number) => {
  const [whole, decimals] = score.toFixed(6).split('.');
  return `${whole}.${decimals.slice(0, 2)}`;
};
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

    // Every revision is a point, in order, with its own score and level;
    // the last is today's third, L3 everywhere.
    const sorted = [...history].sort((a, b) => a.revision - b.revision);
    expect(
      await points.evaluateAll(circles =>
        circles.map(c => c.getAttribute('aria-label')),
      ),
    ).toEqual(
      sorted.map(
        h =>
          `Revision ${h.revision}: score ${cutToTwo(h.score)}, level ${
            h.level
          }`,
      ),
    );

    await expect(points.last()).toHaveAttribute(
      'aria-label',
      `Revision ${baseRevision}: score 3.00, level 3`,
    );

    // Today's three are evenly spaced, like every other pair of neighbours.
    const xs = await points.evaluateAll(circles =>
      circles.map(c => Number(c.getAttribute('cx'))),
    );
    const steps = xs.slice(1).map((x, i) => x - xs[i]);
    for (const step of steps) {
      expect(step).toBeGreaterThan(0);
      expect(step).toBeCloseTo(steps[0], 3);
    }

    // One bracket per calendar day (in the browser's time zone) under that
    // day's revisions, from its first to its last; today's holds the three
    // just submitted.
    const days = await page.evaluate(
      (dates: string[]) =>
        dates.map(d => {
          const date = new Date(d);
          return {
            key: date.toDateString(),
            day: date.toLocaleDateString(undefined, { day: 'numeric' }),
            month: date.toLocaleDateString(undefined, { month: 'short' }),
          };
        }),
      sorted.map(h => h.createdAt),
    );
    const runs: Array<{ first: number; last: number }> = [];
    days.forEach((day, i) => {
      const run = runs[runs.length - 1];
      if (run && days[run.last].key === day.key) run.last = i;
      else runs.push({ first: i, last: i });
    });
    const last = runs[runs.length - 1];
    expect(last.last - last.first + 1).toBeGreaterThanOrEqual(3);
    const groups = chart.getByTestId('trend-day');
    await expect(groups).toHaveCount(runs.length);
    const brackets = await groups.evaluateAll(gs =>
      gs.map(g => ({
        d: g.querySelector('path')!.getAttribute('d')!,
        label: g.querySelector('text')?.textContent ?? null,
      })),
    );
    brackets.forEach(({ d, label }, i) => {
      const { first, last: end } = runs[i];
      const [, from, to] = d.match(/^M([\d.]+),[\d.]+ V[\d.]+ H([\d.]+)/)!;
      const pad = first === end ? 0 : 4;
      expect(Number(from)).toBeCloseTo(xs[first] - pad, 3);
      expect(Number(to)).toBeCloseTo(xs[end] + pad, 3);
      // A label, where there is room for one, names its day.
      if (label !== null) {
        expect(label).toContain(days[first].day);
        expect(label).toContain(days[first].month);
      }
    });
    // Today's label is drawn, whatever else had to give way.
    expect(brackets[brackets.length - 1].label).not.toBeNull();

    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({
      path: test.info().outputPath(`trend-chart-${width}.png`),
    });
  }
});
