import { defineConfig } from '@playwright/test';

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:7007';

/**
 * Runs against the backend serving the production frontend build (see
 * scripts/e2e.sh), in Debian's Chromium: Playwright's own browser downloads
 * are not used.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../results/e2e',
  globalSetup: './globalSetup.ts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: '../results/e2e-report' }],
  ],
  use: {
    baseURL,
    viewport: { width: 1400, height: 900 },
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
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command:
          'mkdir -p tests/results && yarn workspace backend start --config ../../app-config.yaml --config ../../tests/e2e/app-config.e2e.yaml > tests/results/e2e-backend.log 2>&1',
        cwd: '../..',
        url: `${baseURL}/.backstage/health/v1/readiness`,
        reuseExistingServer: false,
        timeout: 180_000,
      },
});
