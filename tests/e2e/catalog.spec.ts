import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

test('a guest signs in and sees the example ML catalog', async ({ page }) => {
  await signInAsGuest(page);
  await expect(
    page.getByRole('heading', { name: 'Acme ML Catalog' }),
  ).toBeVisible();
  // The guest is Ada, of team-recommendations, which owns six components.
  await expect(page.getByText('Owned Components (6)')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Product Recommender' }),
  ).toBeVisible();
});
