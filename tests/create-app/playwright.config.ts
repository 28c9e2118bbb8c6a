import { defineConfig } from '@playwright/test';

/**
 * The browser half of the create-app trial (tests/create-app/run.sh starts
 * the fresh app with `yarn start` and passes its URLs). The frontend is the
 * development server's bundle, which is large and slow to load on 2 cores,
 * hence the long timeouts.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../results/create-app/browser',
  timeout: 240_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: process.env.CREATE_APP_FRONTEND_URL ?? 'http://localhost:3100',
    viewport: { width: 1400, height: 900 },
    navigationTimeout: 120_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
