import { expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, Page } from 'playwright-core';
import { Instance } from '../support/instances';

/** Debian's Chromium, as the end-to-end tests run it (scripts/chromium.sh). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The sidebar's bell, as it reads with `count` unread notifications. */
const bellText = (count: number) =>
  new RegExp(`^Notifications\\s*${count > 0 ? count : ''}$`);

/** Resolves with the URL of the first WebSocket that subscribes to the notifications channel. */
function notificationsSubscription(page: Page): Promise<string> {
  return new Promise(subscribed =>
    page.on('websocket', socket =>
      socket.on('framesent', frame => {
        const text = String(frame.payload);
        if (/"subscribe"/.test(text) && /"notifications"/.test(text)) {
          subscribed(socket.url());
        }
      }),
    ),
  );
}

function within<T>(promise: Promise<T>, ms: number, what: string) {
  return Promise.race([
    promise,
    new Promise<never>((_, fail) =>
      setTimeout(() => fail(new Error(`no ${what} within ${ms} ms`)), ms),
    ),
  ]);
}

/**
 * Opens the app on `browserOn` in a fresh Chromium profile, signed in as the
 * guest; sends the guest a notification through `sender` (another instance)
 * and marks it read through `markReadOn`: the bell in the sidebar follows
 * both without a reload, so the signals went from one instance's
 * notifications backend to the WebSocket another instance holds. Nothing in
 * the page may be refused by the content security policy.
 */
export async function expectLiveBellAcrossInstances(options: {
  browserOn: Instance;
  sender: Instance;
  markReadOn: Instance;
  /** The guest's token. */
  token: string;
  /** A service token the sender accepts (backend.auth.externalAccess). */
  senderToken: string;
  outputDir: string;
}) {
  const { browserOn, sender, markReadOn } = options;
  const userDataDir = mkdtempSync(join(tmpdir(), 'mlops-multi-instance-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const refused: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', message => {
      if (/Content Security Policy|Refused to/i.test(message.text())) {
        refused.push(message.text());
      }
    });
    const subscription = notificationsSubscription(page);
    await page.goto(`${browserOn.url}/`);
    const enter = page.getByRole('button', { name: 'Enter' });
    await enter.click();
    await expect(enter).toBeHidden({ timeout: 30_000 });
    const socket = await within(subscription, 30_000, 'signals subscription');
    expect(
      new URL(socket).port,
      'the page holds its socket on its own instance',
    ).toBe(new URL(browserOn.url).port);

    const guest = { Authorization: `Bearer ${options.token}` };
    const status = await fetch(`${browserOn.url}/api/notifications/status`, {
      headers: guest,
    }).then(r => r.json());
    const before: number = status.unread;
    const bell = page
      .getByTestId('sidebar-root')
      .getByRole('link', { name: 'Notifications' });
    await expect(bell).toHaveText(bellText(before), { timeout: 20_000 });

    const sent = await fetch(`${sender.url}/api/notifications/notifications`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${options.senderToken}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        recipients: { type: 'entity', entityRef: 'user:default/ada' },
        payload: {
          title: 'Sent by another instance',
          topic: 'multi-instance test',
          scope: randomUUID(),
        },
      }),
    });
    expect(sent.status, await sent.clone().text()).toBe(200);
    const [notification] = await sent.json();
    await expect(bell).toHaveText(bellText(before + 1), { timeout: 15_000 });
    await page.screenshot({ path: join(options.outputDir, 'live-bell.png') });

    const marked = await fetch(
      `${markReadOn.url}/api/notifications/notifications/update`,
      {
        method: 'POST',
        headers: { ...guest, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ids: [notification.id], read: true }),
      },
    );
    expect(marked.ok).toBe(true);
    await expect(bell).toHaveText(bellText(before), { timeout: 15_000 });
    expect(refused, 'refused by the content security policy').toEqual([]);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
