import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { test as teardown } from '@playwright/test';
import { SKINS } from '../../src/config/schema.js';
import { TRANSFORMS } from '../../standin/transforms/index.js';
import { ROBUSTNESS_DIR, type RobustnessScore } from './score.js';

/** Prints the metamorphic self-test's score once every transform has run (Playwright project teardown). */
teardown('print the robustness score', async () => {
  if (!existsSync(ROBUSTNESS_DIR)) return;
  const scores = readdirSync(ROBUSTNESS_DIR).map((file) => JSON.parse(readFileSync(path.join(ROBUSTNESS_DIR, file), 'utf8')) as RobustnessScore);
  const measured = scores.filter((score) => score.transform in TRANSFORMS);
  const alarmed = measured.filter((score) => score.alarms.length);
  const alarms = alarmed.reduce((sum, score) => sum + score.alarms.length, 0);
  const bySkin = SKINS.map((skin) => `${measured.filter((score) => score.skins?.includes(skin)).length} on ${skin}`);
  console.log(`\nRobustness: ${alarms} false alarm${alarms === 1 ? '' : 's'} in ${measured.length} transforms (${bySkin.join(', ')})`);
  for (const score of alarmed) {
    for (const alarm of score.alarms) {
      const where = alarm.guide ? `${alarm.guide}:${alarm.at}${alarm.skin ? ` (${alarm.skin})` : ''}` : 'run';
      console.log(`  ${score.transform}: ${where} ${alarm.what}`);
    }
  }
  rmSync(ROBUSTNESS_DIR, { recursive: true, force: true });
});
