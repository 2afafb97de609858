import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runGuides } from '../support/child-run.js';

/**
 * The docs writer's loop on a renamed button: the run names the successor, `npm run fix` edits
 * the guide (and its capture anchors), and the same drifted stand-in then passes.
 */
/**
 * One drift walks the whole loop; the edits of other sentence forms (another case of the noun, a
 * label in bold, the capture anchors that quote it) are tests/unit/fix.spec.ts's, in milliseconds.
 */
const CASES = [{ drift: 'register-button-renamed', line: 22, from: 'кнопку «Зарегистрируйтесь»', to: 'кнопку «Создать аккаунт»' }];

test.describe.configure({ mode: 'parallel' });

for (const { drift, line, from, to } of CASES) {
  test(`npm run fix turns the "${drift}" drift into a guide edit that makes the run pass`, async () => {
    const guides = mkdtempSync(path.join(os.tmpdir(), 'fix-guides-'));
    cpSync(path.resolve('guides'), guides, { recursive: true });
    const guide = path.join(guides, 'src/ru/client-area/register.md');
    // Images follow the renamed button; only the sentences are judged here.
    const options = { drift, guidesDir: guides, grep: 'Регистрация в личном', env: { VISUAL_DRIFT: 'warn' } };

    // The renamed button is gone at once; waiting the default 10 s for it would only slow the test.
    const drifted = await runGuides({ ...options, env: { ...options.env, UI_TIMEOUT: '4000' } });
    const failed = drifted.guides[0]?.sentences.find((s) => s.status === 'failed');
    expect(failed?.line, drifted.output).toBe(line);
    expect(failed?.drift?.proposal).toEqual({ label: from.split('«')[1].slice(0, -1), replacement: 'Создать аккаунт' });
    expect(drifted.summary).toContain('`npm run fix` applies it');
    if (drift === 'register-button-renamed') {
      // The console's words, as a docs writer reads them (drift.spec.ts checks what they are made of for every variant).
      expect(drifted.output).toContain('The guide no longer holds at src/ru/client-area/register.md:22:1 (a label the guide relies on is gone).');
      expect(drifted.output).toContain('The guide says: «Перейдите в личный кабинет и нажмите кнопку «Зарегистрируйтесь».»');
      expect(drifted.output).toContain('Expected a button or link named «Зарегистрируйтесь».');
      expect(drifted.output).toMatch(/The page has instead: the nearest buttons and links are .*«Создать аккаунт»/);
      expect(drifted.output).toContain('Suggested fix: ');
    }

    const fix = spawnSync(process.execPath, ['--import', 'tsx', 'src/fix/cli.ts', '--reports', drifted.reportsDir], { encoding: 'utf8', env: { ...process.env, GUIDES_DIR: guides } });
    expect(fix.status, fix.stderr).toBe(0);
    expect(fix.stdout).toContain(`+${readFileSync(guide, 'utf8').split('\n')[line - 1]}`);
    expect(readFileSync(guide, 'utf8')).toContain(to);

    const fixed = await runGuides(options);
    expect(fixed.exitCode, fixed.output).toBe(0);
    expect(fixed.guides[0].sentences.filter((s) => s.status !== 'verified' && s.status !== 'narrative')).toEqual([]);
  });
}
