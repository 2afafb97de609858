import path from 'node:path';
import { defineConfig, type Project } from '@playwright/test';
import type { GuideTestOptions, GuideWorkerOptions } from '../../fixtures/index.js';
import base from '../../playwright.config.js';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { BATCH_ENV, batchProject, batchSkins, batchSpecSchema } from './batch.js';
import { escapeRegExp as escape } from '../../src/ui/pattern.js';

/**
 * A self-test's batch (tests/support/batch.ts): the guide run of playwright.config.ts, with one
 * guide project per variant and skin instead of one per skin. Each project runs its variant's
 * guides (a grep on their paths) against its variant's stand-in (`standinVariant`); one stand-in
 * process serves them all (STANDIN_VARIANTS).
 */
const spec = batchSpecSchema.parse(JSON.parse(process.env[BATCH_ENV] ?? 'null'));

/** A guide's path as a whole word of the title: `personal-area/x.md` must not match `ru/personal-area/x.md`. */
const guidesGrep = (guides: readonly string[]) => new RegExp(`(?<![\\w/])(${guides.map(escape).join('|')})(?![\\w/])`);

const projects: Array<Project<GuideTestOptions, GuideWorkerOptions>> = spec.variants.flatMap((variant, index) =>
  variant.runs.map(({ skin, guides }) => ({
    name: batchProject(skin, variant.name),
    testDir: path.join(PROJECT_ROOT, 'tests/guides'),
    grep: guidesGrep(guides),
    // Docs images are the classic skin's look, as in playwright.config.ts.
    use: { skin, standinVariant: index, expectDrift: spec.expectDrift, ...(skin === 'classic' ? {} : { images: 'skip' as const }) },
  })),
);

export default defineConfig<GuideTestOptions, GuideWorkerOptions>({
  ...base,
  testDir: path.join(PROJECT_ROOT, 'tests/guides'),
  projects,
  webServer: base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, cwd: PROJECT_ROOT, env: { ...base.webServer.env, STANDIN_SKIN: batchSkins(spec).join(',') } } : undefined,
});
