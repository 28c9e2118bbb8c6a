import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { entityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

const SERVICE = 'product-recommender';

/** Opens the service's Maturity tab by clicking it, so that Back stays in the app. */
async function openEditor(page: Page) {
  await page.goto(`/catalog/default/component/${SERVICE}`);
  await entityTab(page, 'Maturity').click();
  await expect(page).toHaveURL(/\/maturity$/);
  await page.getByRole('button', { name: 'Update assessment' }).click();
  const editor = page.getByRole('dialog', { name: /^Update the maturity/ });
  await expect(editor).toBeVisible();
  return editor;
}

/** Picks, in the first question, a level other than the one answered. */
async function changeFirstAnswer(page: Page) {
  const editor = page.getByRole('dialog', { name: /^Update the maturity/ });
  const radios = editor.getByRole('radiogroup').first().getByRole('radio');
  const first = radios.nth(0);
  const choice = (await first.isChecked()) ? radios.nth(1) : first;
  await choice.check();
  return choice;
}

const confirm = (page: Page) =>
  page.getByRole('dialog', { name: 'Discard unsaved changes?' });

test.beforeEach(async ({ page }) => {
  await signInAsGuest(page);
});

test('closing the editor with a changed answer asks first', async ({
  page,
}) => {
  const editor = await openEditor(page);
  const original = await editor
    .getByRole('radiogroup')
    .first()
    .getByRole('radio', { checked: true })
    .getAttribute('value');
  const changed = await changeFirstAnswer(page);

  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(confirm(page)).toBeVisible();
  await expect(confirm(page)).toContainText('You changed one answer');
  await page.screenshot({
    path: test.info().outputPath('discard-changes.png'),
  });
  await confirm(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(confirm(page)).toBeHidden();
  await expect(editor).toBeVisible();
  await expect(changed).toBeChecked();

  // Escape asks the same; Discard closes and drops the change.
  await page.keyboard.press('Escape');
  await expect(confirm(page)).toBeVisible();
  await confirm(page).getByRole('button', { name: 'Discard' }).click();
  await expect(confirm(page)).toBeHidden();
  await expect(editor).toBeHidden();

  await page.getByRole('button', { name: 'Update assessment' }).click();
  await expect(
    editor
      .getByRole('radiogroup')
      .first()
      .getByRole('radio', { checked: true }),
  ).toHaveAttribute('value', original!);
  // Nothing changed this time: Close closes.
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(editor).toBeHidden();
  await expect(confirm(page)).toBeHidden();
});

test('Back with a changed answer asks first, and goes back once discarded', async ({
  page,
}) => {
  const editor = await openEditor(page);
  await changeFirstAnswer(page);
  const tabUrl = page.url();

  await page.goBack({ waitUntil: 'commit', timeout: 5_000 }).catch(() => {
    // A cancelled traversal never commits.
  });
  await expect(confirm(page)).toBeVisible();
  expect(page.url()).toBe(tabUrl);
  await confirm(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(editor).toBeVisible();

  await page.goBack({ waitUntil: 'commit', timeout: 5_000 }).catch(() => {});
  await expect(confirm(page)).toBeVisible();
  await confirm(page).getByRole('button', { name: 'Discard' }).click();
  await expect(page).toHaveURL(new RegExp(`/component/${SERVICE}$`));
  await expect(editor).toBeHidden();
});

test('reloading or closing the tab with a changed answer gets the browser prompt', async ({
  page,
}) => {
  const editor = await openEditor(page);
  await changeFirstAnswer(page);

  const prompt = new Promise<string>(resolve => {
    page.once('dialog', async dialog => {
      resolve(dialog.type());
      await dialog.dismiss();
    });
  });
  await page.close({ runBeforeUnload: true });
  expect(await prompt).toBe('beforeunload');
  // Dismissed: the page and the answers are still there.
  await expect(editor).toBeVisible();
  expect(page.isClosed()).toBe(false);
});
