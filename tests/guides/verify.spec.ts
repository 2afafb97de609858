import { test } from '../../fixtures/index.js';
import { planForRun } from '../../src/plan/for-run.js';

/**
 * The main job: one test per guide under the guides root. Planning happens here, at collection
 * time, so an unmatched sentence or a bad configuration fails before any browser starts.
 */
for (const plan of planForRun()) {
  test.describe(plan.guide.path, () => {
    test.use({
      locale: plan.guide.lang === 'ru' ? 'ru-RU' : 'en-US',
      deviceScaleFactor: Math.max(1, ...plan.captures.map((capture) => capture.spec.scale ?? 1)),
    });
    test(plan.guide.frontMatter.title, { annotation: { type: 'guide', description: plan.guide.path } }, async ({ verifyGuide }) => {
      await verifyGuide(plan);
    });
  });
}
