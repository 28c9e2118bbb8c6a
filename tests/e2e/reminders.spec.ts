import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { entityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

/**
 * Reminders (mlopsMaturity.reminders in app-config.yaml: the first run soon
 * after start, then daily) reach the guest, a member of
 * team-recommendations, through the real notifications backend: on the
 * notifications page, each one about a service the team owns, and its link
 * opens that service's Maturity tab.
 */
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
const TEAM = 'group:default/team-recommendations';

interface ReminderNotification {
  id: string;
  payload: {
    title: string;
    link: string;
    scope: string;
    topic: string;
    metadata: { reason: string; entityRef: string };
  };
}

test('the guest sees the reminders of their team and follows one to the Maturity tab', async ({
  page,
}) => {
  // The first run waits for the catalog sync; give it time.
  test.setTimeout(240_000);
  const token = await guestToken(baseUrl);
  const auth = { Authorization: `Bearer ${token}` };

  let reminders: ReminderNotification[] = [];
  await expect
    .poll(
      async () => {
        const res = await fetch(
          `${baseUrl}/api/notifications/notifications?limit=100&topic=${encodeURIComponent(
            'MLOps maturity',
          )}`,
          { headers: auth },
        );
        reminders = res.ok ? (await res.json()).notifications : [];
        return reminders.length;
      },
      {
        message: 'the first reminders run reaches the guest',
        timeout: 150_000,
        intervals: [2_000],
      },
    )
    .toBeGreaterThan(0);

  // Each is about a service the guest's team owns, and there is one per
  // service and reason (campaign reminders: per service and campaign).
  const team = await fetch(
    `${baseUrl}/api/mlops-maturity/scorecard/page?owner=${encodeURIComponent(
      TEAM,
    )}&limit=100`,
    { headers: auth },
  ).then(r => r.json());
  const teamRefs: string[] = team.items.map(
    (row: { entityRef: string }) => row.entityRef,
  );
  expect(teamRefs.length).toBeGreaterThan(0);
  for (const reminder of reminders) {
    expect(teamRefs).toContain(reminder.payload.metadata.entityRef);
  }
  const scopes = reminders.map(r => r.payload.scope);
  expect(new Set(scopes).size).toBe(scopes.length);

  await signInAsGuest(page, '/notifications');
  const reminder = reminders[0];
  const title = page.getByRole('link', { name: reminder.payload.title });
  await expect(title).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('notifications-page.png'),
  });

  // The bell counts the unread ones and follows changes live (signals):
  // one marked read elsewhere drops out of the count without a reload.
  const unread = async () =>
    (
      await fetch(`${baseUrl}/api/notifications/status`, {
        headers: auth,
      }).then(r => r.json())
    ).unread as number;
  const bell = page
    .getByTestId('sidebar-root')
    .getByRole('link', { name: 'Notifications' });
  const before = await unread();
  expect(before).toBeGreaterThan(1);
  await expect(bell).toHaveText(new RegExp(`^Notifications\\s*${before}$`));
  const other = reminders.find(r => r.id !== reminder.id)!;
  const marked = await fetch(
    `${baseUrl}/api/notifications/notifications/update`,
    {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: [other.id], read: true }),
    },
  );
  expect(marked.ok).toBe(true);
  await expect(bell).toHaveText(new RegExp(`^Notifications\\s*${before - 1}$`));

  await title.click();
  await expect(page).toHaveURL(new RegExp(`${reminder.payload.link}$`));
  // The Maturity tab, where the owner can act on the reminder.
  await expect(entityTab(page, 'Maturity')).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^(Update|Start) assessment$/ }),
  ).toBeVisible();
  const name = reminder.payload.metadata.entityRef.split('/')[1];
  expect(reminder.payload.link).toBe(
    `/catalog/default/component/${name}/maturity`,
  );
  await page.screenshot({
    path: test.info().outputPath('reminder-maturity-tab.png'),
  });
});
