import { expect, Page } from '@playwright/test';

/** Opens the app and signs in with the guest provider (user:default/ada). */
export async function signInAsGuest(page: Page, path = '/') {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await expect(enter).toBeHidden();
}
