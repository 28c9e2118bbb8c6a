import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

/**
 * Reminders (mlopsMaturity.reminders in app-config.yaml: the first run soon
 * after start, then daily) reach the guest, a member of
 * team-recommendations, through the real notifications backend: one digest
 * on the notifications page, naming only services the team owns; opening
 * its link from the page marks it read (the app's notifications page sets
 * `markAsReadOnLinkOpen`).
 */
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
const TEAM = 'group:default/team-recommendations';

interface ReminderNotification {
  id: string;
  read: string | null;
  payload: {
    title: string;
    description: string;
    link: string;
    scope: string;
    topic: string;
    metadata: {
      reason: string;
      due: { entityRef: string; reasons: string[] }[];
      done?: { entityRef: string; reason: string }[];
    };
  };
}

test('the guest gets one digest of the services of their team, opens it from the notifications page, and it is read', async ({
  page,
}) => {
  // The first run waits for the catalog sync; give it time.
  test.setTimeout(240_000);
  const token = await guestToken(baseUrl);
  const auth = { Authorization: `Bearer ${token}` };
  const reminders = async (): Promise<ReminderNotification[]> => {
    const res = await fetch(
      `${baseUrl}/api/notifications/notifications?limit=100&topic=${encodeURIComponent(
        'MLOps maturity',
      )}`,
      { headers: auth },
    );
    return res.ok ? (await res.json()).notifications : [];
  };

  await expect
    .poll(async () => (await reminders()).length, {
      message: 'the first reminders run reaches the guest',
      timeout: 150_000,
      intervals: [2_000],
    })
    .toBeGreaterThan(0);

  // One digest, about services the guest's team owns, each with its reasons.
  const [digest, ...others] = await reminders();
  expect(others).toEqual([]);
  expect(digest.payload.scope).toBe('mlops-maturity:digest');
  const team = await fetch(
    `${baseUrl}/api/mlops-maturity/scorecard/page?owner=${encodeURIComponent(
      TEAM,
    )}&limit=100`,
    { headers: auth },
  ).then(r => r.json());
  const teamRefs: string[] = team.items.map(
    (row: { entityRef: string }) => row.entityRef,
  );
  const due = digest.payload.metadata.due;
  expect(due.length).toBeGreaterThan(0);
  for (const line of due) {
    expect(teamRefs).toContain(line.entityRef);
    expect(line.reasons.length).toBeGreaterThan(0);
  }
  expect(digest.payload.description.split('\n').length).toBeGreaterThanOrEqual(
    due.length,
  );
  // A relative app URL: the scorecard filtered to the team, or the one
  // service's Maturity tab.
  expect(digest.payload.link).toBe(
    due.length === 1
      ? `/catalog/default/component/${due[0].entityRef.split('/')[1]}/maturity`
      : `/mlops-maturity?owner=${encodeURIComponent(TEAM)}`,
  );
  expect(digest.read).toBeNull();

  await signInAsGuest(page, '/notifications');
  const title = page.getByRole('link', { name: digest.payload.title });
  await expect(title).toBeVisible();
  // One page title: the app's page header and the page's own both drew it.
  await expect(
    page.getByRole('heading', { name: 'Notifications', exact: true }),
  ).toHaveCount(1);
  await page.screenshot({
    path: test.info().outputPath('notifications-page.png'),
  });
  const bell = page
    .getByTestId('sidebar-root')
    .getByRole('link', { name: 'Notifications' });
  await expect(bell).toHaveText(/^Notifications\s*1$/);

  await title.click();
  // The scorecard may add its own query parameters: the path and the owner.
  const target = new URL(digest.payload.link, baseUrl);
  await expect.poll(() => new URL(page.url()).pathname).toBe(target.pathname);
  expect(new URL(page.url()).searchParams.getAll('owner')).toEqual(
    target.searchParams.getAll('owner'),
  );
  // What it opens shows the first service named.
  const first = team.items.find(
    (row: { entityRef: string }) => row.entityRef === due[0].entityRef,
  );
  await expect(
    page.getByText(first.title ?? first.name, { exact: true }).first(),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('reminder-digest-opened.png'),
  });

  // Back on the notifications page, it is read: not among the unread (the
  // page's default view), not counted by the bell, read in the API.
  await page.goBack();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(title).toBeHidden();
  await expect(bell).toHaveText(/^Notifications$/);
  const [after] = await reminders();
  expect(after.id).toBe(digest.id);
  expect(after.read).not.toBeNull();
});

test('a reason that clears marks its line done in the digest, which is unread again', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const token = await guestToken(baseUrl);
  const auth = { Authorization: `Bearer ${token}` };
  const api = `${baseUrl}/api/mlops-maturity`;
  const digestNow = async (): Promise<ReminderNotification | undefined> => {
    const res = await fetch(
      `${baseUrl}/api/notifications/notifications?limit=100&topic=${encodeURIComponent(
        'MLOps maturity',
      )}`,
      { headers: auth },
    );
    return res.ok ? (await res.json()).notifications[0] : undefined;
  };
  await expect
    .poll(digestNow, { timeout: 150_000, intervals: [2_000] })
    .toBeDefined();
  const before = (await digestNow())!;
  // A service due because its assessment is old: submitting its answers
  // again, unchanged, clears that reason and changes nothing else.
  const line = before.payload.metadata.due.find(d =>
    d.reasons.includes('stale'),
  );
  expect(line, 'the digest names an old assessment').toBeDefined();
  const cleared = 'stale';
  const [kind, rest] = line!.entityRef.split(':');
  const [namespace, name] = rest.split('/');
  const path = `${api}/assessments/${kind}/${namespace}/${name}`;
  const stored = await (await fetch(path, { headers: auth })).json();
  const saved = await fetch(path, {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      baseRevision: stored.revision,
      answers: stored.answers,
    }),
  });
  expect(saved.status, await saved.text()).toBe(200);

  // The next run (triggered here; daily in the demo) marks the line done.
  const trigger = `${api}/.backstage/scheduler/v1/tasks/mlops-maturity-reminders/trigger`;
  await expect
    .poll(
      async () =>
        (
          await fetch(trigger, { method: 'POST', headers: auth })
        ).status,
      { message: 'the reminders run starts', timeout: 60_000 },
    )
    .toBe(200);
  const done = { entityRef: line!.entityRef, reason: cleared };
  await expect
    .poll(async () => (await digestNow())?.payload.metadata, {
      message: 'the digest marks the reassessed service done',
      timeout: 60_000,
      intervals: [1_000],
    })
    .toMatchObject({ done: expect.arrayContaining([done]) });
  const after = (await digestNow())!;
  expect(after.id).toBe(before.id);
  expect(after.read).toBeNull();
  const still = after.payload.metadata.due.find(
    d => d.entityRef === line!.entityRef,
  );
  expect(still?.reasons ?? []).not.toContain('stale');

  // The notifications page shows it unread, with the line marked done.
  await signInAsGuest(page, '/notifications');
  await expect(
    page.getByRole('link', { name: after.payload.title }),
  ).toBeVisible();
  const phrase = 'Reassessed — nothing to do';
  expect(after.payload.description).toContain(phrase);
  // A long description is folded behind "Show more".
  const more = page.getByRole('button', { name: 'Show more' });
  if ((await more.count()) > 0) await more.first().click();
  await expect(page.getByText(phrase, { exact: false }).first()).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('reminder-digest-cleared.png'),
  });
});
