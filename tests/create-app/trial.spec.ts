import { APIRequestContext, expect, Page, test } from '@playwright/test';

/**
 * The fresh create-app app with the packed plugins, seen by its guest: run by
 * tests/create-app/run.sh, which says which services the catalog has.
 */
const backend = process.env.CREATE_APP_BACKEND_URL ?? 'http://localhost:7107';
const own = process.env.CREATE_APP_OWN_SERVICE ?? 'example-ml-service';
const other = process.env.CREATE_APP_OTHER_SERVICE ?? 'fraud-detection-model';
const guestUser = process.env.CREATE_APP_GUEST_USER ?? 'user:default/guest';
const guestGroup = process.env.CREATE_APP_GUEST_GROUP ?? 'group:default/guests';
const API = `${backend}/api/mlops-maturity`;

test.describe.configure({ mode: 'serial' });

/**
 * A guest token once the guest's identity carries the group that owns
 * `own`: the catalog reads examples/org.yaml a few seconds after the start,
 * and a sign-in before that has no group (the backend README says so).
 */
async function guestToken(request: APIRequestContext): Promise<string> {
  const deadline = Date.now() + 120_000;
  let claims: unknown = 'no answer';
  while (Date.now() < deadline) {
    const refresh = await request.post(`${backend}/api/auth/guest/refresh`);
    if (refresh.ok()) {
      const token: string = (await refresh.json()).backstageIdentity.token;
      const info = await request.get(`${backend}/api/auth/v1/userinfo`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      claims = (await info.json()).claims;
      const { sub, ent } = claims as { sub?: string; ent?: string[] };
      if (sub === guestUser && ent?.includes(guestGroup)) return token;
    } else {
      claims = `${refresh.status()} ${await refresh.text()}`;
    }
    await new Promise(r => setTimeout(r, 2000));
  }
  throw new Error(
    `The guest never signed in as ${guestUser} in ${guestGroup} within 2 minutes; last identity: ${JSON.stringify(
      claims,
    )}`,
  );
}

async function signInAsGuest(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await expect(enter, 'the guest sign-in page stays open').toBeHidden();
}

const entityTab = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name, exact: true });

/** Opens a component's page and its Maturity tab by clicking it. */
async function openMaturityTab(page: Page, name: string) {
  await signInAsGuest(page, `/catalog/default/component/${name}`);
  const tab = entityTab(page, 'Maturity');
  await expect(
    tab,
    `the page of ${name} has no Maturity tab: the frontend plugin is not wired`,
  ).toBeVisible();
  await tab.click();
  await expect(page).toHaveURL(new RegExp(`/component/${name}/maturity$`));
}

/** The ids of the questions of the backend's active model. */
async function modelQuestions(request: APIRequestContext, token: string) {
  const res = await request.get(`${API}/model`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status(), 'GET /api/mlops-maturity/model').toBe(200);
  const questions: Array<{ id: string }> = (await res.json()).questions;
  expect(questions.length).toBeGreaterThan(0);
  return questions.map(q => q.id);
}

test('the guest answers and submits the assessment of a service they own', async ({
  page,
  request,
}) => {
  const token = await guestToken(request);
  await openMaturityTab(page, own);

  await page
    .getByRole('button', { name: /^(Update|Start) assessment$/ })
    .click();
  const editor = page.getByRole('dialog');
  await expect(editor, 'the assessment editor does not open').toBeVisible();
  const questions = editor.getByRole('radiogroup');
  const count = (await modelQuestions(request, token)).length;
  await expect(questions, 'one choice of level per question').toHaveCount(
    count,
  );
  for (let i = 0; i < count; i++) {
    await questions
      .nth(i)
      .getByRole('radio', { name: /^L4 — / })
      .check();
  }
  await page.screenshot({
    path: test.info().outputPath('assessment-editor.png'),
  });
  await editor.getByRole('button', { name: 'Submit' }).click();
  await expect(editor, 'the editor stays open after Submit').toBeHidden();
  await expect(page.getByText(/^L4 · /).first()).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('maturity-tab.png'),
    fullPage: true,
  });

  const stored = await request.get(
    `${API}/assessments/component/default/${own}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(stored.status(), `GET the assessment of ${own}`).toBe(200);
  expect(await stored.json()).toMatchObject({
    revision: 1,
    result: { level: 4 },
    author: guestUser,
  });
});

test('the README badges: the assessed service shows its level, the other "not assessed", opened as a README reader would', async ({
  page,
  request,
}) => {
  const token = await guestToken(request);
  const headers = { Authorization: `Bearer ${token}` };
  const badgeId = (name: string) =>
    request.get(
      `${backend}/api/badges/entity/default/component/${name}/obfuscated`,
      { headers },
    );
  const badgeOf = async (name: string) => {
    const res = await badgeId(name);
    expect(
      res.status(),
      `the badge id of ${name}: are the badges backend and the module wired, with app.badges.obfuscate?`,
    ).toBe(200);
    await page.goto(
      `${backend}/api/badges/entity/${(await res.json()).uuid}/mlops-maturity`,
    );
    return page.locator('svg');
  };
  await expect(await badgeOf(own)).toHaveAttribute(
    'aria-label',
    'MLOps maturity: L4 · Full MLOps',
  );
  await page.screenshot({ path: test.info().outputPath('readme-badge.png') });
  await expect(await badgeOf(other)).toHaveAttribute(
    'aria-label',
    'MLOps maturity: not assessed',
  );
  expect((await badgeId('never-was-model')).status()).toBe(404);
});

test("another team's service is read-only for the guest, in the page and in the API", async ({
  page,
  request,
}) => {
  const token = await guestToken(request);
  await openMaturityTab(page, other);
  await expect(
    page.getByTestId('read-only-note'),
    `the Maturity tab of ${other} does not say it is read-only: is the owners-only policy in force?`,
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /assessment$/ }),
    `the guest is offered to edit the assessment of ${other}, owned by another team`,
  ).toHaveCount(0);
  await page.screenshot({
    path: test.info().outputPath('read-only-tab.png'),
  });

  const headers = {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  };
  const answers = Object.fromEntries(
    (await modelQuestions(request, token)).map(id => [id, { level: 4 }]),
  );
  const submit = await request.put(
    `${API}/assessments/component/default/${other}`,
    { headers, data: { baseRevision: null, answers } },
  );
  expect(submit.status(), `PUT the assessment of ${other} as the guest`).toBe(
    403,
  );
  const draft = await request.put(
    `${API}/assessments/component/default/${other}/draft`,
    { headers, data: { draftVersion: null, baseRevision: null, answers } },
  );
  expect(draft.status(), `PUT the draft of ${other} as the guest`).toBe(403);
  // No admins are configured, so nobody purges, not even an owner.
  const purge = await request.delete(
    `${API}/assessments/component/default/${own}`,
    { headers },
  );
  expect(purge.status(), `DELETE the assessments of ${own} as the guest`).toBe(
    403,
  );
});

test("the service's Overview tab shows its maturity card, which leads to the Maturity tab", async ({
  page,
}) => {
  await signInAsGuest(page, `/catalog/default/component/${own}`);
  const card = page
    .getByText('MLOps maturity', { exact: true })
    .locator('xpath=ancestor::*[contains(@class, "MuiCard-root")][1]');
  await expect(
    card,
    'the Overview tab has no maturity card: the entity card is not discovered',
  ).toBeVisible();
  await expect(card.getByTestId('card-level')).toContainText('L4');
  await page.screenshot({
    path: test.info().outputPath('overview-card.png'),
    fullPage: true,
  });
  await card.getByRole('link', { name: 'Open the Maturity tab' }).click();
  await expect(page).toHaveURL(new RegExp(`/component/${own}/maturity$`));
});

test('the scorecard page, reached from the sidebar, lists the assessed service', async ({
  page,
}) => {
  await signInAsGuest(page, '/');
  await page.getByRole('link', { name: 'MLOps Maturity' }).click();
  await expect(page).toHaveURL(/\/mlops-maturity/);
  const row = page.getByTestId('scorecard-row').filter({ hasText: own });
  await expect(row, `the scorecard has no row for ${own}`).toHaveCount(1);
  await expect(row).toContainText('L4');
  await page.screenshot({
    path: test.info().outputPath('scorecard.png'),
    fullPage: true,
  });
});
