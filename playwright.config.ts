import { defineConfig, devices } from '@playwright/test';

// Browser tests run against the built site (`npm run build` first) in Debian's Chromium: Playwright's own
// browser download is not reachable here. CHROME_PATH points elsewhere when needed.
import { port, previewUrl } from './site.config.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: previewUrl,
    locale: 'id-ID',
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `scripts/with-node.sh astro preview --host 127.0.0.1 --port ${port}`,
    url: `${previewUrl}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
