import { guideTest } from '../../fixtures/guide-test.js';
import { planForRun } from '../../src/plan/for-run.js';

/**
 * The main job: one test per guide under the guides root. Planning happens here, at collection
 * time, so an unmatched sentence or a bad configuration fails before any browser starts.
 */
for (const plan of planForRun()) guideTest(plan);
