import { guestToken, waitForScorecard } from '../support/backend';

/**
 * Waits until the app is really usable: the catalog has read the example
 * org (so the guest's team membership is known) and the plugin has synced
 * all 20 example ML services and loaded the demo assessments.
 */
export default async function globalSetup() {
  const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
  const token = await guestToken(baseUrl);
  await waitForScorecard(baseUrl, token, 20);
}
