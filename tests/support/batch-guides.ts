import { guideTest } from '../../fixtures/guide-test.js';
import { test } from '../../fixtures/index.js';
import { planForRun } from '../../src/plan/for-run.js';
import { VARIANT_ANNOTATION } from '../../src/report/outcome.js';
import { BATCH_ENV, batchSpecSchema, skinTag, variantTitle } from './batch.js';

/**
 * A batch's guide tests (tests/support/batch.config.ts): for each variant, the guides each skin
 * runs on its stand-in, tagged with the skin so that skin's project alone takes them. The variant
 * is a test's option: every variant of a skin runs in the same workers, on the same browsers.
 */
const spec = batchSpecSchema.parse(JSON.parse(process.env[BATCH_ENV] ?? 'null'));
const plans = planForRun();

for (const [index, variant] of spec.variants.entries()) {
  test.describe(variantTitle(variant.name), () => {
    test.use({ standinVariant: index });
    for (const run of variant.runs) {
      // A guide may run on several skins of one variant: each skin's tests have a title of their own.
      test.describe(`on ${run.skin}`, () => {
        if (run.images === false) test.use({ images: 'skip' });
        for (const plan of plans.filter((p) => run.guides.includes(p.guide.path))) {
          guideTest(plan, { tag: [skinTag(run.skin)], annotation: [{ type: VARIANT_ANNOTATION, description: variant.name }] });
        }
      });
    }
  });
}
