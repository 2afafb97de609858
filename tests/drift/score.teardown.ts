import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { test as teardown } from '@playwright/test';
import { SKINS } from '../../src/config/schema.js';
import { DRIFTS } from '../../standin/drift.js';
import { SCORE_DIR } from '../support/score.js';

/** Prints the drift self-test's score once every variant has run (Playwright project teardown). */
teardown('print the drift detection score', async () => {
  const dir = SCORE_DIR;
  if (!existsSync(dir)) return;
  const results = readdirSync(dir).map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { name: string; caught: boolean; falseAlarms: number; skins?: string[] });
  const variants = results.filter((r) => r.name in DRIFTS);
  const caught = variants.filter((r) => r.caught);
  // A variant is caught only when every skin it ran on caught it at its line.
  const bySkin = SKINS.filter((skin) => variants.some((r) => r.skins?.includes(skin))).map((skin) => `${caught.filter((r) => r.skins?.includes(skin)).length} on ${skin}`);
  const falseAlarms = results.find((r) => r.name === 'unchanged')?.falseAlarms ?? 'not measured';
  console.log(`\nDrift detection: ${caught.length}/${Object.keys(DRIFTS).length} variants caught at the right line (${bySkin.join(', ')}); false alarms on the unchanged stand-in: ${falseAlarms}`);
  for (const missed of variants.filter((r) => !r.caught)) console.log(`  missed: ${missed.name}`);
  rmSync(dir, { recursive: true, force: true });
});
