import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { TRANSFORMS } from '../../standin/transforms/index.js';
import { variantRun, type VariantRun } from '../support/batch.js';
import { runsOf } from './runs.js';
import { ROBUSTNESS_DIR, type FalseAlarm, type RobustnessScore } from './score.js';

function record(score: RobustnessScore): void {
  mkdirSync(ROBUSTNESS_DIR, { recursive: true });
  writeFileSync(path.join(ROBUSTNESS_DIR, `${score.transform}.json`), JSON.stringify(score));
}

/** Every sentence that did not hold or could not be checked, and every guide that did not run. */
function alarmsOf(run: VariantRun): FalseAlarm[] {
  const alarms: FalseAlarm[] = run.loadErrors.map((error) => ({ skin: '', guide: '', at: '', what: `load error: ${error}` }));
  for (const guide of run.guides) {
    for (const sentence of guide.sentences) {
      if (sentence.status !== 'failed' && sentence.status !== 'could not verify') continue;
      const why = sentence.drift ? `${sentence.drift.kind}: ${sentence.drift.expected} — ${sentence.drift.actual}` : sentence.unverified ? `${sentence.unverified.cause}: ${sentence.unverified.detail}` : sentence.status;
      alarms.push({ skin: guide.skin ?? 'classic', guide: guide.guide, at: `${sentence.line}:${sentence.column}`, what: `${sentence.status}: ${why}` });
    }
    // A failure between sentences (a timeout, a crash) that no sentence tells.
    if (guide.verdict !== 'holds' && !guide.sentences.some((s) => s.status === 'failed' || s.status === 'could not verify')) {
      alarms.push({ skin: guide.skin ?? 'classic', guide: guide.guide, at: '', what: `${guide.verdict}: ${guide.errors[0]?.split('\n')[0] ?? guide.status}` });
    }
  }
  for (const lost of run.unrecorded) alarms.push({ skin: '', guide: '', at: '', what: `a guide test failed before recording anything: ${JSON.stringify(lost)}` });
  if (run.guides.length !== run.expected) {
    const ran = run.guides.map((g) => `${g.guide} (${g.skin ?? 'classic'})`).join(', ') || 'none';
    alarms.push({ skin: '', guide: '', at: '', what: `expected ${run.expected} guide runs, got ${run.guides.length}: ${ran}` });
  }
  return alarms;
}

test.describe.configure({ mode: 'parallel' });

for (const [transform, description] of Object.entries(TRANSFORMS)) {
  test(`transform "${transform}" (${description}): every guide still holds`, async () => {
    const score: RobustnessScore = { transform, alarms: [{ skin: '', guide: '', at: '', what: 'the run did not finish' }], skins: runsOf(transform).map((run) => run.skin) };
    try {
      // The transform's guides ran in a batch (batch.setup.ts): its slice is what its own run would have reported.
      const run = variantRun('robustness-', transform);
      expect(run, `transform "${transform}" was not in any batch`).toBeDefined();
      if (!run) return;
      score.alarms = alarmsOf(run);
      expect(score.alarms, run.output).toEqual([]);
    } finally {
      record(score);
    }
  });
}
