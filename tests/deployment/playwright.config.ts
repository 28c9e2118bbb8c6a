import { defineConfig } from '@playwright/test';

/**
 * Deployment tests: the README's PostgreSQL command and the production build,
 * each started as a user would start it (scripts/start.sh,
 * scripts/start-production.sh) on the local PostgreSQL, checked over HTTP. No
 * browser is involved.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../results/deployment',
  // The production build (frontend, plugins, backend bundle) runs inside the
  // production test when its sources changed: about a minute on 2 cores.
  timeout: 600_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
