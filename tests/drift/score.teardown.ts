import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { test as teardown } from '@playwright/test';
import { DRIFTS } from '../../standin/drift.js';
import { SCORE_DIR } from '../support/score.js';

/** Prints the drift self-test's score once every variant has run (Playwright project teardown). */
teardown('print the drift detection score', async () => {
  const dir = SCORE_DIR;
  if (!existsSync(dir)) return;
  const results = readdirSync(dir).map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { name: string; caught: boolean; falseAlarms: number });
  const variants = results.filter((r) => r.name in DRIFTS);
  const caught = variants.filter((r) => r.caught).length;
  const falseAlarms = results.find((r) => r.name === 'unchanged')?.falseAlarms ?? 'not measured';
  console.log(`\nDrift detection: ${caught}/${Object.keys(DRIFTS).length} variants caught at the right line; false alarms on the unchanged stand-in: ${falseAlarms}`);
  for (const missed of variants.filter((r) => !r.caught)) console.log(`  missed: ${missed.name}`);
  rmSync(dir, { recursive: true, force: true });
});
