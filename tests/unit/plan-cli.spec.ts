import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { main } from '../../src/plan/main.js';
import { runCommand } from '../support/command.js';

// The screenshot check (OCR) has tests of its own (picture-check.spec.ts); here it would only cost time.
const NO_OCR = { PICTURE_CHECK: '0' };

test('npm run plan lists each step with its place, kind, definition and labels', async () => {
  const run = await runCommand(main, [], NO_OCR);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('Регистрация в личном кабинете  (src/ru/client-area/register.md, ru)');
  expect(run.stdout).toMatch(/src\/ru\/client-area\/register\.md:22:1\s+action\s+understood as open-and-press\s+labels: «Зарегистрируйтесь»/);
  expect(run.stdout).toMatch(/src\/ru\/client-area\/register\.md:26\s+screenshot 1\.png: element region "Регистрация", 1x, before this sentence/);
  expect(run.stdout).toMatch(/src\/ru\/client-area\/register\.md:36:1\s+narrative\s+understood as prose \(by rule\)\s+\(prose: it gives no instruction/);
  expect(run.stdout).toMatch(/src\/ru\/client-area\/register\.md:16:3\s+narrative\s+understood as title\s+\(the guide's title/);
  expect(run.stdout).toMatch(/src\/en\/client-area\/new-ticket\.md:39:38\s+action\s+understood as press\s+labels: «Add»\s+passed over: the purpose «To create a new ticket,»/);
  // Every guide under guides/, headings included (they are sentences too).
  expect(run.stdout).toContain('12 guide(s), 308 sentence(s), every one matched by exactly one definition.');
});

test('npm run plan on one guide with an unknown sentence exits 1 with a stub, as a command of its own', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-'));
  const file = path.join(dir, 'odd.md');
  writeFileSync(file, '# Odd\n\nClick the "Go" button.\n\nTurn the "Key" twice.\n');
  // Spawned: the exit code and the streams of the real process, through src/plan/cli.ts.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/plan/cli.ts', file], { encoding: 'utf8', env: { ...process.env, ...NO_OCR, GUIDES_DIR: dir } });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('odd.md:5:1: no definition means «Turn the "Key" twice.»');
  expect(run.stderr).toContain(".action('new-sentence', { says: [], takes: [ { slot: 'label', element: 'pressable' } ] }");
  expect(run.stderr).toContain('// words passed over: «Turn», «twice»');
  expect(run.stdout).toContain('odd.md');
});
