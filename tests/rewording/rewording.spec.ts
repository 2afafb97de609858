import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runGuides } from '../support/child-run.js';
import { edited, judge } from './judge.js';
import { MEANING_CHANGES, REWORDINGS } from './rewordings.js';
import { REWORDING_SCORE } from './score.js';

/**
 * The rewording self-test: the guides as a writer rewords them keep their steps and still hold on
 * the stand-in; a change of meaning is refused at planning, or reaches the step as what it now says.
 */
const GUIDES = path.resolve('guides');

function record(name: string, data: unknown): void {
  mkdirSync(REWORDING_SCORE, { recursive: true });
  writeFileSync(path.join(REWORDING_SCORE, `${name}.json`), JSON.stringify(data));
}

test('each rewording is understood as the same step, with the same labels, links and waits', () => {
  expect(REWORDINGS.length).toBeGreaterThanOrEqual(40);
  const missed = REWORDINGS.map((edit) => ({ edit, ...judge(GUIDES, edit) })).filter((result) => !result.same);
  record('plans', { missed: missed.map(({ edit }) => edit.to) });
  expect(
    missed.map(({ edit, before, after }) => `${edit.guide}:${before.line} «${edit.to}» (${edit.says}): was ${JSON.stringify(before.steps)}, now ${JSON.stringify(after.steps)} ${after.problems.join(' ')}`),
  ).toEqual([]);
});

test('each change of meaning is refused, or reaches the step as what it now says', () => {
  expect(MEANING_CHANGES.length).toBeGreaterThanOrEqual(15);
  const results = MEANING_CHANGES.map((edit) => ({ edit, ...judge(GUIDES, edit) }));
  const taken = results.filter((result) => result.same);
  record('changes', { taken: taken.map(({ edit }) => edit.to), total: results.length });
  expect(taken.map(({ edit, before }) => `${edit.guide}:${before.line} «${edit.to}» (${edit.says}) was read as before: ${JSON.stringify(before.steps)}`)).toEqual([]);
  // Each kind of change is caught the way it should be: words the UI never sees at planning, values at the step.
  for (const { edit, after, before } of results) {
    const refused = after.problems.length > 0;
    const where = `${edit.guide}:${before.line} (${edit.says})`;
    if (/negation|opposite|kind of element/.test(edit.says)) expect(refused, where).toBe(true);
    else expect(refused || JSON.stringify(after.steps) !== JSON.stringify(before.steps), where).toBe(true);
  }
});

/**
 * The reworded guides, every one in both languages, on the unchanged dragon skin: drawn as
 * BILLmanager 6 draws it, with no ARIA. One run proves both that rewording changes nothing of what
 * runs and that every guide holds on dragon (the drift self-test runs the registration and ticket
 * guides' other lines there too).
 */
test('the reworded guides hold on the stand-in, on the unchanged dragon skin', async () => {
  // Twelve guide runs on dragon: a bound for a machine three times slower than a quiet one.
  test.setTimeout(480_000);
  const root = mkdtempSync(path.join(os.tmpdir(), 'reworded-'));
  try {
    // Capture sidecars anchor to sentences as written; this run checks steps, and dragon captures no image.
    cpSync(GUIDES, root, { recursive: true, filter: (source) => !source.endsWith('.screenshots.yml') });
    const guides = [...new Set(REWORDINGS.map((edit) => edit.guide))];
    for (const guide of guides) {
      let source = '';
      for (const edit of REWORDINGS.filter((candidate) => candidate.guide === guide)) {
        if (source) writeFileSync(path.join(root, guide), source);
        source = edited(root, edit).source;
      }
      writeFileSync(path.join(root, guide), source);
    }
    const run = await runGuides({ guidesDir: root, guides, workers: 2, projects: ['guides-dragon'] });
    const failed = run.guides.filter((guide) => guide.status !== 'passed');
    record('runs', { failed: REWORDINGS.filter((edit) => failed.some((guide) => guide.guide === edit.guide)).map((edit) => edit.to) });
    expect(run.loadErrors, run.output).toEqual([]);
    expect(run.guides.map((guide) => [guide.guide, guide.project, guide.status]).sort(), run.output).toEqual(guides.map((guide) => [guide, 'guides-dragon', 'passed']).sort());
    expect(guides).toHaveLength(12);
    // Its pixels are not the docs' look: every image is reported as skipped, none compared.
    expect(new Set(run.guides.flatMap((guide) => guide.images.map((image) => image.status)))).toEqual(new Set(['skipped']));
    expect(run.exitCode, run.output).toBe(0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
