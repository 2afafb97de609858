import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { applyEdits, EditNotApplicable } from '../../src/fix/apply.js';
import { applyEditsToSidecar } from '../../src/fix/sidecar.js';
import { main } from '../../src/fix/main.js';
import { editsFromRecords, type GuideEdit } from '../../src/fix/proposal.js';
import { runCommand } from '../support/command.js';

const GUIDE = `---
title: Регистрация
---

# Регистрация

Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «Регистрация».

После нажатия кнопки **Зарегистрироваться** вы попадёте на главную. Кнопка \`Регистрация\` исчезнет.
`;

const edit = (line: number, column: number, label: string, replacement: string): GuideEdit => ({ guide: 'x.md', file: 'x.md', line, column, label, replacement });

test('a proposed label edit changes only the quoted words of its sentence', () => {
  const after = applyEdits(GUIDE, [edit(7, 1, 'Регистрация', 'Создать аккаунт')]);
  expect(after).toBe(GUIDE.replace('кнопку «Регистрация»', 'кнопку «Создать аккаунт»'));
});

test('bold and backtick labels are replaced in place, from the sentence start on', () => {
  const after = applyEdits(GUIDE, [edit(9, 1, 'Зарегистрироваться', 'Создать аккаунт'), edit(9, 69, 'Регистрация', 'Вход')]);
  expect(after).toContain('**Создать аккаунт**');
  expect(after).toContain('Кнопка `Вход` исчезнет');
  // The first sentence's «Регистрация» is before the edited sentence and stays.
  expect(after).toContain('нажмите кнопку «Регистрация»');
});

test('an edit the guide no longer supports is refused, not guessed', () => {
  expect(() => applyEdits(GUIDE, [edit(7, 1, 'Войти', 'Вход')])).toThrow(EditNotApplicable);
  expect(() => applyEdits(GUIDE, [edit(70, 1, 'Регистрация', 'Вход')])).toThrow(/no such line/);
  // A word that is not quoted is not a label: the link text stays.
  expect(() => applyEdits(GUIDE, [edit(7, 1, 'личный кабинет', 'кабинет')])).toThrow(EditNotApplicable);
});

test('edits come only from failed sentences with a proposal', () => {
  const edits = editsFromRecords([
    {
      guide: 'ru/a.md',
      file: '/g/ru/a.md',
      sentences: [
        { line: 3, column: 1, status: 'failed', drift: { proposal: { label: 'A', replacement: 'B' } } },
        { line: 5, column: 1, status: 'failed', drift: {} },
        { line: 7, column: 1, status: 'verified' },
      ],
    },
  ]);
  expect(edits).toEqual([{ guide: 'ru/a.md', file: '/g/ru/a.md', line: 3, column: 1, label: 'A', replacement: 'B' }]);
});

test('npm run fix prints a unified diff, writes with --dry-run nothing, and applies otherwise', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fix-'));
  const guide = path.join(dir, 'guides', 'ru', 'a.md');
  mkdirSync(path.dirname(guide), { recursive: true });
  writeFileSync(guide, GUIDE);
  const reports = path.join(dir, 'reports');
  mkdirSync(reports);
  const sentence = { line: 7, column: 1, status: 'failed', drift: { proposal: { label: 'Регистрация', replacement: 'Создать аккаунт' } } };
  writeFileSync(path.join(reports, 'guides.json'), JSON.stringify({ guides: [{ guide: 'ru/a.md', file: guide, sentences: [sentence] }] }));
  const run = (...args: string[]) => runCommand(main, ['--reports', reports, ...args]);

  // Spawned once: the exit code and the diff on stdout of the real process, through src/fix/cli.ts.
  const dry = spawnSync(process.execPath, ['--import', 'tsx', 'src/fix/cli.ts', '--reports', reports, '--dry-run'], { encoding: 'utf8' });
  expect(dry.status, dry.stderr).toBe(0);
  expect(dry.stdout).toContain('-Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «Регистрация».');
  expect(dry.stdout).toContain('+Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «Создать аккаунт».');
  expect(dry.stdout).toContain('1 label(s) would change in 1 guide(s).');
  expect(readFileSync(guide, 'utf8')).toBe(GUIDE);

  const real = await run();
  expect(real.status, real.stderr).toBe(0);
  expect(readFileSync(guide, 'utf8')).toContain('кнопку «Создать аккаунт»');
  // Applying the same report again finds the old label gone and says so.
  const again = await run();
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('cannot replace «Регистрация»: the sentence no longer quotes it');
});

test('npm run fix without a report or with a bad flag explains itself', async () => {
  const empty = mkdtempSync(path.join(os.tmpdir(), 'fix-'));
  const none = await runCommand(main, ['--reports', empty]);
  expect(none.status).toBe(2);
  expect(none.stderr).toContain('does not exist. Run npm start first.');
  expect(none.stderr).not.toContain('    at ');
  writeFileSync(path.join(empty, 'guides.json'), JSON.stringify({ guides: [{ guide: 'a.md' }] }));
  const malformed = await runCommand(main, ['--reports', empty]);
  expect(malformed.status).toBe(2);
  expect(malformed.stderr).toContain('is not a guide report');
  expect(malformed.stderr).not.toContain('    at ');
  const bad = await runCommand(main, ['--nope']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('Usage: npm run fix');
});

test("a capture anchored at the edited sentence follows the rename; comments stay", () => {
  const yaml = `# When each image is taken.\n/images/a/1.png:\n  # Just before the button is pressed.\n  before: После нажатия кнопки «Зарегистрироваться»\n  scale: 2\n/images/a/2.png:\n  before: Сделать это можно\n`;
  const sentence = 'После нажатия кнопки «Зарегистрироваться» вы попадёте на главную.';
  const after = applyEditsToSidecar(yaml, [{ ...edit(9, 1, 'Зарегистрироваться', 'Создать аккаунт'), sentence }]);
  expect(after).toBe(yaml.replace('кнопки «Зарегистрироваться»', 'кнопки «Создать аккаунт»'));
  // An anchor of another sentence is left alone.
  expect(applyEditsToSidecar(yaml, [{ ...edit(9, 1, 'Сделать', 'Нажать'), sentence: 'Другое предложение.' }])).toBe(yaml);
});
