import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseGuide } from '../../src/guide/index.js';
import { formatProblems, planGuide, planGuides } from '../../src/plan/plan.js';
import { en } from '../../src/vocabulary/definitions/en.js';
import { ru } from '../../src/vocabulary/definitions/ru.js';
import { matcherFor, StepMatcher } from '../../src/vocabulary/index.js';
import { Vocabulary } from '../../src/vocabulary/define.js';

const GUIDES = path.resolve('guides');

test('both real guides: every sentence matched by exactly one definition', () => {
  const set = planGuides(GUIDES);
  expect(set.problems).toEqual([]);
  expect(set.warnings).toEqual([]);
  expect(set.plans.map((p) => p.guide.path)).toEqual(['personal-area/register.md', 'ru/personal-area/register.md']);
  for (const plan of set.plans) {
    expect(plan.steps).toHaveLength(plan.guide.sentences.length);
    expect(plan.steps.map((s) => s.kind)).toEqual([
      'narrative', 'action', 'check', 'action', 'check', 'check', 'action', 'action', 'narrative', 'check', 'narrative', 'action', 'action', 'check', 'action', 'narrative',
    ]);
    expect(plan.captures.map((c) => [c.when, plan.guide.sentences[c.sentence].line])).toEqual([
      ['before', 32],
      ['after', 32],
      ['before', 42],
    ]);
  }
});

test('labels come from the guide: renaming the button in the text changes what is pressed', () => {
  const matcher = matcherFor('ru');
  const sentence = (text: string) => parseGuide(text, '/d/g.md').sentences[0];
  const original = matcher.match(sentence('Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «Регистрация».'));
  const renamed = matcher.match(sentence('Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «Создать аккаунт».'));
  expect(original.status === 'matched' && original.match.args).toEqual([{ text: 'личный кабинет', url: 'https://my.senko.digital/billmgr' }, 'Регистрация']);
  expect(renamed.status === 'matched' && renamed.match.args[1]).toBe('Создать аккаунт');
  const english = matcherFor('en').match(parseGuide('Click the "Sign up" button.', '/d/g.md').sentences[0]);
  expect(english.status === 'matched' && english.match.args).toEqual(['Sign up']);
});

test('{link} only matches a real Markdown link of the sentence', () => {
  const plain = parseGuide('Перейдите в личный кабинет и нажмите кнопку «Регистрация».', '/d/g.md').sentences[0];
  expect(matcherFor('ru').match(plain).status).toBe('unmatched');
});

test('a sentence no definition knows fails with file:line:column and a stub to paste', () => {
  const guide = parseGuide('# T\n\nНажмите кнопку «Войти».\n\nПоверните ключ «Зажигание» два раза.\n', '/docs/ru/t.md', 'ru/t.md');
  const { problems } = planGuide({ ...guide, lang: 'ru' }, '/docs');
  expect(problems).toHaveLength(1);
  const message = formatProblems(problems);
  expect(message).toContain('ru/t.md:5:1: no step definition matches «Поверните ключ «Зажигание» два раза.»');
  expect(message).toContain('.action("Поверните ключ {label} два раза.", async ({ page }, label1) => {');
});

test('two matching definitions are an error naming both', () => {
  const vocabulary = new Vocabulary('en').action('Click the {label} button.', async () => {}).check(/^Click the .+ button\.$/, async () => {});
  const outcome = new StepMatcher(vocabulary.definitions).match(parseGuide('Click the "Go" button.', '/d/g.md').sentences[0]);
  expect(outcome.status).toBe('ambiguous');
  expect(outcome.status === 'ambiguous' && outcome.matches).toHaveLength(2);
});

test('a guide with nothing to execute is an error', () => {
  expect(planGuide(parseGuide('---\ntitle: Empty\n---\n', '/d/e.md', 'e.md'), '/d').problems[0].message).toBe('the guide has no sentences to execute');
  const narrativeOnly = planGuide(parseGuide('Поздравляем!\n\nПриятного использования!\n', '/d/ru/n.md', 'ru/n.md'), '/d');
  expect(narrativeOnly.problems[0].message).toContain('every sentence of the guide is narrative');
});

test('every definition declares its kind; narratives say why; actions and checks have a body', () => {
  for (const definition of [...ru.definitions, ...en.definitions]) {
    expect(['action', 'check', 'narrative']).toContain(definition.kind);
    if (definition.kind === 'narrative') expect(definition.reason?.length).toBeGreaterThan(5);
    else expect(typeof definition.run).toBe('function');
    expect(definition.definedAt.file).toMatch(/src\/vocabulary\/definitions\/(ru|en)\.ts$/);
  }
});

test('two guides claiming one image are reported', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guides-'));
  const text = '# T\n\nClick the "Go" button.\n\n![x](/images/shared.png)\n';
  mkdirSync(path.join(root, 'a'));
  writeFileSync(path.join(root, 'a/one.md'), text);
  writeFileSync(path.join(root, 'two.md'), text);
  const set = planGuides(root);
  expect(set.problems).toEqual([]);
  expect(formatProblems(set.warnings)).toContain('a/one.md and two.md both show /images/shared.png');
});
