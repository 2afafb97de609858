import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { test as teardown } from '@playwright/test';
import { MEANING_CHANGES, REWORDINGS } from './rewordings.js';
import { REWORDING_SCORE } from './score.js';

/** Prints the rewording self-test's score once its tests have run (Playwright project teardown). */
teardown('print the rewording score', async () => {
  const read = (name: string) => {
    const file = path.join(REWORDING_SCORE, `${name}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>) : undefined;
  };
  const plans = read('plans');
  const runs = read('runs');
  const changes = read('changes');
  if (!plans && !runs && !changes) return;
  rmSync(REWORDING_SCORE, { recursive: true, force: true });
  if (!plans || !runs || !changes) {
    console.log(`\nRewording: not measured (the ${[!plans && 'planning', !runs && 'stand-in', !changes && 'meaning-change'].filter(Boolean).join(' and ')} part did not run)`);
    return;
  }
  // A rewording is understood when it plans to the same step and its guide holds on the stand-in.
  const missed = new Set([...plans.missed, ...runs.failed]);
  const refused = MEANING_CHANGES.length - changes.taken.length;
  console.log(`\nRewording: ${REWORDINGS.length - missed.size}/${REWORDINGS.length} rewordings understood, ${refused}/${MEANING_CHANGES.length} meaning changes refused`);
  for (const text of missed) console.log(`  not understood: ${text}`);
  for (const text of changes.taken) console.log(`  taken as before: ${text}`);
});
