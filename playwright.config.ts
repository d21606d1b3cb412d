import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/browser.mjs';

/** The same base path the site was built with (SITE_BASE), so tests work at `/` and under a sub-path. */
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.PREVIEW_PORT ?? 4322);
const browser = findBrowser();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: browser?.path ? { executablePath: browser.path } : {},
      },
    },
  ],
  webServer: {
    // `npm test` builds first; this only serves dist/, exactly what a static host would.
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
