import { expect, Page } from '@playwright/test';

/** The entity page's tab links ("Overview", "Maturity", ...). */
export const entityTab = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name, exact: true });

/** Opens an entity's Maturity tab. */
export async function openMaturityTab(page: Page, name: string) {
  await page.goto(`/catalog/default/component/${name}/maturity`);
  await expect(entityTab(page, 'Maturity')).toBeVisible();
}

/** The level badge text of the headline, e.g. "L2 · Automated Training". */
export const headline = (page: Page) => page.getByText(/^L\d · /).first();
