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
