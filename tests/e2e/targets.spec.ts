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

type Model = {
  dimensions: Array<{ id: string; weight: number }>;
  questions: Array<{ id: string; title: string; dimensionId: string }>;
};
type Answers = Record<string, { level: number } | { notApplicable: true }>;

/**
 * Whether answers score at least `level` - 1/2 (the bottom of the level's
 * band), from the model's definition, in whole numbers: the weights are
 * whole percentages, and every dimension mean is scaled by the product of
 * the dimensions' answer counts, so no rounding decides a boundary.
 */
function reaches(model: Model, answers: Answers, level: number): boolean {
  const dimensions = model.dimensions.flatMap(d => {
    const levels = model.questions
      .filter(q => q.dimensionId === d.id)
      .flatMap(q => {
        const a = answers[q.id];
        return a && 'level' in a ? [a.level] : [];
      });
    return levels.length
      ? [
          {
            weight: Math.round(d.weight * 100),
            sum: levels.reduce((x, y) => x + y, 0),
            count: levels.length,
          },
        ]
      : [];
  });
  const scale = dimensions.reduce((p, d) => p * d.count, 1);
  const weights = dimensions.reduce((sum, d) => sum + d.weight, 0);
  const scaled = dimensions.reduce(
    (sum, d) => sum + d.weight * d.sum * (scale / d.count),
    0,
  );
  // score = scaled / (weights * scale) >= level - 1/2
  return 2 * scaled >= (2 * level - 1) * weights * scale;
}

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

  // The answers that close it: raises of the service's answers as the API
  // stores them, as many one-level steps as the heading says, which
  // together reach the target with none to spare (the fewest steps that
  // reach it leave no step out).
  const headers = { Authorization: `Bearer ${token}` };
  const assessmentPath = `${baseUrl}/api/mlops-maturity/assessments/${service.kind.toLowerCase()}/${
    service.namespace
  }/${service.name}`;
  const get = (url: string) => fetch(url, { headers }).then(r => r.json());
  const model: Model = await get(`${baseUrl}/api/mlops-maturity/model`);
  const assessment: { answers: Answers } = await get(assessmentPath);
  const closing = page.getByRole('table', {
    name: 'Answers that close the gap to the target',
  });
  const raiseRows = closing.getByTestId('target-raise');
  await expect(raiseRows.first()).toBeVisible();
  const raises = await Promise.all(
    (
      await raiseRows.all()
    ).map(async row => {
      const [title, , now, to] = await row.locator('th, td').allTextContents();
      const question = model.questions.find(q => q.title === title);
      expect(question, `a question of the model: ${title}`).toBeDefined();
      return {
        questionId: question!.id,
        from: Number(now.match(/^L(\d)/)![1]),
        to: Number(to.match(/^L(\d)/)![1]),
      };
    }),
  );
  const steps = raises.reduce((sum, r) => sum + (r.to - r.from), 0);
  await expect(
    page.getByRole('heading', {
      name: `To reach Level ${service.targetLevel}: ${raises.length} ${
        raises.length === 1 ? 'answer' : 'answers'
      }, ${steps} level ${steps === 1 ? 'step' : 'steps'}`,
    }),
  ).toBeVisible();
  expect(new Set(raises.map(r => r.questionId)).size).toBe(raises.length);
  for (const raise of raises) {
    const stored = assessment.answers[raise.questionId] as { level: number };
    expect(raise.from, `${raise.questionId}: its stored level`).toBe(
      stored.level,
    );
    expect(raise.to).toBeGreaterThan(raise.from);
    // No answer is raised above the level the plan aims for.
    expect(raise.to).toBeLessThanOrEqual(service.targetLevel);
  }
  /** The stored answers with the raises, one of them a step short. */
  const raised = (short?: string) => ({
    ...assessment.answers,
    ...Object.fromEntries(
      raises.map(r => [
        r.questionId,
        { level: r.questionId === short ? r.to - 1 : r.to },
      ]),
    ),
  });
  expect(reaches(model, assessment.answers, service.targetLevel)).toBe(false);
  expect(reaches(model, raised(), service.targetLevel)).toBe(true);
  for (const raise of raises) {
    expect(
      reaches(model, raised(raise.questionId), service.targetLevel),
      `the target with ${raise.questionId} a step short`,
    ).toBe(false);
  }

  await page.getByTestId('target-description').scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('maturity-target.png'),
  });
});
