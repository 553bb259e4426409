import { defineConfig, type LaunchOptions } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the set-up scripts
import { chromiumLaunchOptions } from './scripts/browser-path.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4174);

/**
 * The slow, exhaustive walks (every state of the course per language, size and theme;
 * every slide; the whole course in each language and SCORM version): a project of their
 * own, so `npx playwright test --project=quick` gives a fast answer while working.
 * Plain `playwright test` (and so `npm test`) runs both.
 */
const WALKS = /(states|presenter-readability|languages|full-course)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Keyboard-only runs press Tab hundreds of times; a slow, busy machine needs room.
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: (chromiumLaunchOptions as () => LaunchOptions)(),
    trace: 'off',
  },
  // The walks first: they are the longest, so the quick tests fill in around them.
  projects: [
    { name: 'walks', testMatch: WALKS },
    { name: 'quick', testIgnore: WALKS },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/preview/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
