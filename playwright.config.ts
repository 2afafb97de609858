import { randomBytes } from 'node:crypto';
import { defineConfig } from '@playwright/test';
import type { GuideTestOptions, GuideWorkerOptions } from './fixtures/index.js';
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

/**
 * The guides run once per skin of the embedded stand-in: `classic` (server-rendered, the docs'
 * look) and `spa` (rendered in the browser from JSON). An external target has one look.
 * Docs images are compared on classic only. `dragon` draws the client area as BILLmanager 6 builds it
 * (custom elements, no ARIA).
 */
const guideProjects = target.embedded
  ? [
      { name: 'guides', testDir: 'tests/guides', use: { baseURL: target.baseURL, skin: 'classic' as const } },
      { name: 'guides-spa', testDir: 'tests/guides', use: { baseURL: resolveTarget(settings, 'spa').baseURL, skin: 'spa' as const, images: 'skip' as const } },
      { name: 'guides-dragon', testDir: 'tests/guides', use: { baseURL: resolveTarget(settings, 'dragon').baseURL, skin: 'dragon' as const, images: 'skip' as const } },
    ]
  : [{ name: 'guides', testDir: 'tests/guides', use: { baseURL: target.baseURL } }];

export default defineConfig<GuideTestOptions, GuideWorkerOptions>({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Three on two cores: the batches below keep both cores busy, and a third worker takes the
  // self-tests that mostly wait (timeouts, retries, child processes) alongside them.
  workers: 3,
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
    // The self-tests' batches first: the longest runs, so workers start on them; one of each kind at
    // a time (each is a child Playwright with two workers of its own).
    { name: 'drift batch', testDir: 'tests/drift', testMatch: /batch\.setup\.ts/, timeout: 900_000, workers: 1 },
    { name: 'robustness batch', testDir: 'tests/metamorphic', testMatch: /batch\.setup\.ts/, timeout: 900_000, workers: 1 },
    ...guideProjects,
    // The self-tests that drive a browser themselves record no trace: recording every action's
    // snapshot and screencast costs a fifth of their CPU, on every run, for failures that are rare
    // and keep their screenshot and error context anyway. Guide runs keep theirs (a docs writer's
    // or a bug report's evidence).
    { name: 'unit', testDir: 'tests/unit', use: { trace: 'off' } },
    { name: 'standin', testDir: 'tests/standin', use: { trace: 'off' } },
    // Drift self-test: each drift variant's verdict and line, read from the batch that ran them all.
    { name: 'drift', testDir: 'tests/drift', testMatch: /drift\.spec\.ts/, dependencies: ['drift batch'], teardown: 'drift score' },
    // Guide runs of their own: the unchanged stand-in, npm run fix's loop, a warning, the password's leak check.
    { name: 'drift-runs', testDir: 'tests/drift', testMatch: /(runs|fix)\.spec\.ts/, teardown: 'drift score', timeout: 180_000 },
    { name: 'drift score', testDir: 'tests/drift', testMatch: /score\.teardown\.ts/ },
    // Metamorphic self-test: the guides on transformed stand-ins (same claims, other markup), read from the batches.
    { name: 'metamorphic', testDir: 'tests/metamorphic', testMatch: /robustness\.spec\.ts/, dependencies: ['robustness batch'], teardown: 'robustness score' },
    { name: 'transforms', testDir: 'tests/metamorphic', testMatch: /transforms\.spec\.ts/, use: { trace: 'off' } },
    { name: 'robustness score', testDir: 'tests/metamorphic', testMatch: /score\.teardown\.ts/ },
    // A dead site, a failing mailbox, a broken configuration: could not verify, never drift.
    { name: 'rewording', testDir: 'tests/rewording', testMatch: /rewording\.spec\.ts/, teardown: 'rewording score', timeout: 240_000 },
    { name: 'rewording score', testDir: 'tests/rewording', testMatch: /score\.teardown\.ts/ },
    { name: 'verdict', testDir: 'tests/verdict', timeout: 180_000 },
    { name: 'regeneration', testDir: 'tests/regeneration', timeout: 240_000 },
    // Run by `npm run bench` only.
    { name: 'bench', testDir: 'bench', testMatch: /.*\.bench\.ts/, testIgnore: /plan\.bench\.ts/ },
  ],
  webServer: target.embedded
    ? {
        // `exec`: the stand-in is the runner's own child, not a shell's, so it sees the runner die (standin/cli.ts).
        command: `${process.platform === 'win32' ? '' : 'exec '}node --import tsx standin/cli.ts`,
        // Both skins from one process, one store and one mail server. It prints the inbox's URL only once
        // every skin listens: that line, not one skin's answer, says the target is up (no polling either).
        env: { STANDIN_SKIN: 'classic,spa,dragon' },
        wait: { stdout: /^Local inbox:/m },
        reuseExistingServer: false,
        timeout: 30_000,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      }
    : undefined,
});
