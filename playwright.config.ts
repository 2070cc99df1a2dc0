import { defineConfig } from '@playwright/test';

/**
 * e2e runs the real renderer in Debian's Chromium through the loopback web bridge.
 * CHROMIUM_PATH overrides where the browser is found (default /usr/bin/chromium).
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]] : 'list',
  use: {
    viewport: { width: 1366, height: 768 },
    // A failed test keeps a trace of DOM snapshots per action and a screenshot at the failure. The trace's
    // screencast is left out: on two cores its software-rendered frames made every test ~40% slower.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
});
