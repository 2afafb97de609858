import path from 'node:path';
import { defineConfig, type Project } from '@playwright/test';
import type { GuideTestOptions, GuideWorkerOptions } from '../../fixtures/index.js';
import base from '../../playwright.config.js';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { escapeRegExp as escape } from '../../src/ui/pattern.js';
import { BATCH_ENV, batchSkins, batchSpecSchema, skinProject, skinTag } from './batch.js';

/**
 * A self-test's batch (tests/support/batch.ts): the guide run of playwright.config.ts, one project
 * per skin, whose tests (tests/support/batch-guides.ts) run each variant's guides against that
 * variant's stand-in (`standinVariant`); one stand-in process serves them all (STANDIN_VARIANTS).
 */
const spec = batchSpecSchema.parse(JSON.parse(process.env[BATCH_ENV] ?? 'null'));

const projects: Array<Project<GuideTestOptions, GuideWorkerOptions>> = batchSkins(spec).map((skin) => ({
  name: skinProject(skin),
  testDir: path.join(PROJECT_ROOT, 'tests/support'),
  testMatch: /batch-guides\.ts$/,
  grep: new RegExp(`${escape(skinTag(skin))}(?!\\S)`),
  // Docs images are the classic skin's look, as in playwright.config.ts.
  use: { skin, expectDrift: spec.expectDrift, ...(skin === 'classic' ? {} : { images: 'skip' as const }) },
}));

export default defineConfig<GuideTestOptions, GuideWorkerOptions>({
  ...base,
  testDir: path.join(PROJECT_ROOT, 'tests/support'),
  // A batch's failures are read by the self-tests from its reports, never looked at: no screenshot
  // of them (nor of every nested context closed before them), which most drift tests would pay for.
  use: { ...base.use, screenshot: 'off' },
  projects,
  webServer: base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, cwd: PROJECT_ROOT, env: { ...base.webServer.env, STANDIN_SKIN: batchSkins(spec).join(',') } } : undefined,
});
