import { defineConfig } from '@playwright/test';

// Browser tests run against the built site (`astro build` first; npm test does it) in Debian's
// Chromium. Nothing is downloaded: executablePath points at /usr/bin/chromium.
// E2E_PORT moves the test server (default 4322) when two checkouts run their browser tests at once.
const port = Number(process.env.E2E_PORT ?? 4322);
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node scripts/serve-dist.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
