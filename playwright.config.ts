import { randomBytes } from 'node:crypto';
import { defineConfig } from '@playwright/test';
import { findChromium, launchOptions } from './src/config/browser.js';
import { settings } from './src/config/settings.js';
import { resolveTarget } from './src/config/target.js';
import { guideReporters } from './src/report/reporters.js';

const target = resolveTarget(settings);
// Workers load this file too; only the runner process may install a browser.
const chromium = findChromium(settings.chromiumPath, !process.env.TEST_WORKER_INDEX);
const reports = settings.reportsDir;
// Passwords are derived from this seed; workers inherit it, reporters use it to scrub artifacts.
process.env.GUIDE_RUN_SEED ??= randomBytes(32).toString('hex');

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  timeout: 60_000 + settings.mailTimeout,
  expect: { timeout: settings.uiTimeout },
  // Docs images are written only by `npm run screenshots` (--update-snapshots=changed).
  updateSnapshots: 'none',
  reporter: guideReporters(reports),
  use: {
    launchOptions: launchOptions(chromium),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
    actionTimeout: settings.uiTimeout,
    navigationTimeout: 30_000,
  },
  projects: [
    { name: 'guides', testDir: 'tests/guides', use: { baseURL: target.baseURL } },
    { name: 'unit', testDir: 'tests/unit' },
    { name: 'standin', testDir: 'tests/standin' },
    // Self-tests that run the guides in a child Playwright: each takes a whole guide run.
    { name: 'drift', testDir: 'tests/drift', testMatch: /.*\.spec\.ts/, teardown: 'drift score', timeout: 180_000 },
    { name: 'drift score', testDir: 'tests/drift', testMatch: /score\.teardown\.ts/ },
    { name: 'regeneration', testDir: 'tests/regeneration', timeout: 240_000 },
    // Run by `npm run bench` only.
    { name: 'bench', testDir: 'bench', testMatch: /.*\.bench\.ts/, testIgnore: /plan\.bench\.ts/ },
  ],
  webServer: target.embedded
    ? {
        command: 'node --import tsx src/standin/cli.ts',
        url: `${target.baseURL}/healthz`,
        reuseExistingServer: false,
        timeout: 30_000,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      }
    : undefined,
});
