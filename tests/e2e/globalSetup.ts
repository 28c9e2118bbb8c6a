import { guestToken, waitForScorecard } from '../support/backend';
import { catalogClient, waitForCatalogMlServices } from '../support/catalog';

/** The ML services of the example catalog (examples/) the guest may read: all but the confidential one. */
const EXAMPLE_ML_SERVICES = 20;

/**
 * Waits until the app is really usable: the catalog has read the example
 * org (so the guest's team membership is known) and the example ML
 * services, as the guest's CatalogClient sees them, and the plugin has
 * synced every one of them, loaded the demo assessments and backfilled
 * the daily snapshots from them.
 */
export default async function globalSetup() {
  const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
  const token = await guestToken(baseUrl);
  const services = await waitForCatalogMlServices(
    catalogClient(baseUrl, token),
    EXAMPLE_ML_SERVICES,
  );
  await waitForScorecard(baseUrl, token, services.length);
  await waitForDemoData(baseUrl, token);
  await waitForSnapshots(baseUrl, token);
}

/**
 * Waits until the snapshot task's first run (a minute after the start) has
 * backfilled the demo's months of revisions: the trends and the Overview
 * card's sparkline read the daily snapshots.
 */
async function waitForSnapshots(baseUrl: string, token: string) {
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const res = await fetch(
      `${baseUrl}/api/mlops-maturity/scorecard/trend?from=${from.slice(
        0,
        10,
      )}&interval=week`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    if (res.ok && (await res.json()).points.length > 1) return;
    await new Promise(r => setTimeout(r, 2000));
  }
  throw new Error('the daily snapshots were never backfilled');
}

/**
 * Waits until the demo assessments are loaded: the plugin creates the demo
 * campaigns right after them, in the same task.
 */
async function waitForDemoData(baseUrl: string, token: string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${baseUrl}/api/mlops-maturity/campaigns`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.ok && (await res.json()).items.length > 0) return;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error('the demo data was never loaded');
}
