import { defineConfig } from '@playwright/test';

/**
 * API-level reliability tests: each spec starts its own backends (on the
 * local PostgreSQL) and talks HTTP to them; no browser is involved.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../results/reliability',
  timeout: 300_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
