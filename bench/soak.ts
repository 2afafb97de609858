import { runGuides } from '../tests/support/child-run.js';

/**
 * `npm run soak -- N`: runs every guide N times (default 20) on both skins of the embedded target
 * and reports each failure with its guide line, drift and could-not-verify alike. A nightly suite must never cry wolf: the target is 0.
 */
async function main(): Promise<void> {
  const times = Number(process.argv[2] ?? 20);
  if (!Number.isInteger(times) || times < 1) throw new Error('usage: npm run soak -- <runs>');
  const start = performance.now();
  const run = await runGuides({ projects: ['guides', 'guides-spa'], guides: 'all', args: [`--repeat-each=${times}`], workers: 2 });
  const minutes = ((performance.now() - start) / 60_000).toFixed(1);
  const failures = run.guides.filter((guide) => guide.status !== 'passed');
  console.log(`${run.guides.length} guide runs (${times} × each guide) in ${minutes} min: ${failures.length} failed`);
  for (const guide of failures) {
    const sentence = guide.sentences.find((s) => s.status === 'failed' || s.status === 'could not verify');
    const images = guide.images.filter((i) => i.status === 'drift' || i.status === 'failed');
    const why = sentence?.drift ? `${sentence.drift.expected} ${sentence.drift.actual}` : `could not verify: ${sentence?.unverified?.cause} (${sentence?.unverified?.detail})`;
    if (sentence) console.log(`  [${guide.skin ?? 'classic'}] ${guide.guide}:${sentence.line}:${sentence.column} «${sentence.text}»: ${why}`);
    for (const image of images) console.log(`  ${guide.guide}:${image.line} ${image.src}: ${image.message}`);
    if (!sentence && !images.length) console.log(`  ${guide.guide}: ${guide.errors[0] ?? 'failed'}`);
  }
  if (run.loadErrors.length) console.log(run.loadErrors.join('\n'));
  console.log(`${run.guides.length - failures.length} passed, ${failures.length} failed`);
  process.exitCode = failures.length || run.loadErrors.length || !run.guides.length ? 1 : 0;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
