import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser/support/chromium';

// Several checkouts can run their suites side by side on one machine, each on its own port.
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);

// The browser suite runs against the production build, served by the nginx config we ship.
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // axe over a full page takes many seconds on two cores, more when the machine is busy.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'reports/browser-results.json' }]],
  globalSetup: './tests/browser/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    // Debian's nginx with the shipped deploy/nginx.conf: the headers, compression and caching
    // the suite sees are the ones operators deploy.
    command: `./node_modules/.bin/tsx scripts/serve-nginx.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
