import { test as setup } from '@playwright/test';
import { runBatch, saveBatch, shareOut } from '../support/batch.js';
import { EXPECTED, runsOf } from './expected.js';

/**
 * A drifted stand-in answers at once (its letters in milliseconds); what is gone is gone, so waiting the default 10 s for it
 * only slows the self-test down. The wait still leaves a loaded machine (two batches of two guides
 * on two cores) time for what is there: the verdict and the line must not depend on it.
 */
const SHORT_WAIT = { UI_TIMEOUT: '5000', MAIL_TIMEOUT: '5000' };

/**
 * Every drift variant in two child runs (one stand-in process each, a stand-in per variant): each
 * variant's test in drift.spec.ts then reads what its guides did. Straight through Playwright: the
 * verdict is read from the reports (npm start's wrapper, which turns it into the exit code, is
 * covered by the unchanged run and the verdict tests).
 */
const BATCHES = shareOut(
  Object.entries(EXPECTED).map(([name, expected]) => ({ name, runs: runsOf(expected) })),
  2,
).map((batch) => ({ ...batch, expectDrift: true }));

setup.describe.configure({ mode: 'parallel' });

for (const [index, batch] of BATCHES.entries()) {
  setup(`drift batch ${index + 1} of ${BATCHES.length}: ${batch.variants.map((v) => v.name).join(', ')}`, async ({}, testInfo) => {
    const run = await runBatch(batch, { env: SHORT_WAIT });
    saveBatch(`drift-${index + 1}`, batch, run);
    await testInfo.attach('child run output', { body: run.output, contentType: 'text/plain' });
  });
}
