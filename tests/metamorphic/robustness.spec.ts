import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { TRANSFORMS } from '../../standin/transforms/index.js';
import { runGuides, type ChildRun } from '../support/child-run.js';
import { ROBUSTNESS_DIR, type FalseAlarm, type RobustnessScore } from './score.js';

/** The guide projects, one per skin of the stand-in, run together in one child run per transform. */
const SKIN_PROJECTS = ['guides', 'guides-spa'];
const GUIDES = ['personal-area/register.md', 'ru/personal-area/register.md'];

/**
 * Transforms that touch every page, not only the registration form (every press, every field,
 * every text): they run every guide, the later ones in Russian (their English twins walk the same
 * pages with other words, which the registration guide's English run covers).
 */
const EVERY_GUIDE = [...GUIDES, ...['new-ticket', 'referral', 'vps-order'].map((name) => `ru/personal-area/${name}.md`)];
const GUIDES_OF: Partial<Record<keyof typeof TRANSFORMS, string[]>> = {
  'late-handlers': EVERY_GUIDE,
  'readonly-until-focus': EVERY_GUIDE,
  'invisible-typography': EVERY_GUIDE,
};

function record(score: RobustnessScore): void {
  mkdirSync(ROBUSTNESS_DIR, { recursive: true });
  writeFileSync(path.join(ROBUSTNESS_DIR, `${score.transform}.json`), JSON.stringify(score));
}

/** Every sentence that did not hold or could not be checked, and every guide that did not run. */
function alarmsOf(run: ChildRun, guides: readonly string[]): FalseAlarm[] {
  const alarms: FalseAlarm[] = run.loadErrors.map((error) => ({ skin: '', guide: '', at: '', what: `load error: ${error}` }));
  for (const guide of run.guides) {
    for (const sentence of guide.sentences) {
      if (sentence.status !== 'failed' && sentence.status !== 'could not verify') continue;
      const why = sentence.drift ? `${sentence.drift.kind}: ${sentence.drift.expected} — ${sentence.drift.actual}` : sentence.unverified ? `${sentence.unverified.cause}: ${sentence.unverified.detail}` : sentence.status;
      alarms.push({ skin: guide.skin ?? 'classic', guide: guide.guide, at: `${sentence.line}:${sentence.column}`, what: `${sentence.status}: ${why}` });
    }
  }
  for (const lost of run.unrecorded ?? []) alarms.push({ skin: '', guide: '', at: '', what: `a guide test failed before recording anything: ${JSON.stringify(lost)}` });
  const expected = SKIN_PROJECTS.length * guides.length;
  if (run.guides.length !== expected) {
    const ran = run.guides.map((g) => `${g.guide} (${g.skin ?? 'classic'})`).join(', ') || 'none';
    alarms.push({ skin: '', guide: '', at: '', what: `expected ${expected} guide runs, got ${run.guides.length}: ${ran}` });
  }
  return alarms;
}

test.describe.configure({ mode: 'parallel' });

for (const [transform, description] of Object.entries(TRANSFORMS)) {
  test(`transform "${transform}" (${description}): every guide still holds`, async () => {
    const score: RobustnessScore = { transform, alarms: [{ skin: '', guide: '', at: '', what: 'the run did not finish' }] };
    try {
      // Images may legitimately change (a relabelled field, a banner): only the guides' sentences count.
      const guides = GUIDES_OF[transform as keyof typeof TRANSFORMS] ?? GUIDES;
      const run = await runGuides({ projects: SKIN_PROJECTS, guides, env: { STANDIN_TRANSFORM: transform, VISUAL_DRIFT: 'off' } });
      score.alarms = alarmsOf(run, guides);
      expect(score.alarms, run.output).toEqual([]);
      expect(run.exitCode, run.output).toBe(0);
    } finally {
      record(score);
    }
  });
}
