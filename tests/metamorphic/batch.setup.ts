import { test as setup } from '@playwright/test';
import { TRANSFORMS } from '../../standin/transforms/index.js';
import { runBatch, saveBatch, shareOut } from '../support/batch.js';
import { runsOf } from './runs.js';

/**
 * Every transform in three child runs (a stand-in per transform, each skin on its own port);
 * robustness.spec.ts then judges each transform by what its guides did. Images may legitimately
 * change (a relabelled field, a banner): only the guides' sentences count.
 */
const BATCHES = shareOut(
  Object.keys(TRANSFORMS).map((name) => ({ name, runs: runsOf(name) })),
  3,
);

setup.describe.configure({ mode: 'parallel' });

for (const [index, batch] of BATCHES.entries()) {
  setup(`robustness batch ${index + 1} of ${BATCHES.length}: ${batch.variants.map((v) => v.name).join(', ')}`, async ({}, testInfo) => {
    const run = await runBatch(batch, { env: { VISUAL_DRIFT: 'off' } });
    saveBatch(`robustness-${index + 1}`, batch, run);
    await testInfo.attach('child run output', { body: run.output, contentType: 'text/plain' });
  });
}
