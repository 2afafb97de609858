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

test('every real guide: every sentence matched by exactly one definition; the registration guides step by step', () => {
  const set = planGuides(GUIDES);
  expect(set.problems).toEqual([]);
  expect(set.warnings).toEqual([]);
  expect(set.plans.map((p) => p.guide.path)).toEqual([
    'src/en/client-area/new-ticket.md', 'src/en/client-area/referral.md', 'src/en/client-area/register.md', 'src/en/client-area/vps-order.md',
    'src/ru/client-area/new-ticket.md', 'src/ru/client-area/referral.md', 'src/ru/client-area/register.md', 'src/ru/client-area/vps-order.md',
  ]);
  for (const plan of set.plans) expect(plan.steps, plan.guide.path).toHaveLength(plan.guide.sentences.length);
  for (const plan of set.plans.filter((p) => p.guide.path.endsWith('register.md'))) {
    // Headings are steps too: the title (narrative), the introduction, the first section heading (narrative), …
    expect(plan.steps.map((s) => s.kind)).toEqual([
      'narrative', 'narrative', 'narrative', 'action', 'check', 'action', 'check', 'check', 'action', 'action', 'narrative', 'check', 'narrative', 'narrative', 'action', 'action', 'check', 'action', 'narrative',
    ]);
    expect(plan.steps.filter((s) => s.sentence.heading).map((s) => [s.sentence.heading, s.kind])).toEqual([[1, 'narrative'], [2, 'narrative'], [2, 'narrative']]);
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
  expect(message).toContain('.action("Поверните ключ {label} два раза.", async (_context, _label: string) => {');
  expect(message).toContain('1 sentence in 1 guide needs a definition.');
});

/** The expression of a printed stub, read back the way the pasted source would be. */
function pastedExpression(stub: string): string | RegExp {
  const literal = /^\.action\((".*?"|\/.*\/u), async/m.exec(stub)?.[1];
  if (!literal) throw new Error(`no expression in stub:\n${stub}`);
  return literal.startsWith('"') ? (JSON.parse(literal) as string) : (new Function(`return ${literal}`)() as RegExp);
}

test('a printed stub, pasted, compiles and matches its sentence: specials, bold, code and kbd labels, links', () => {
  const sentences = [
    ['en', 'Type C:\\Users\\me (your home) into {the} "Path" field / folder.'],
    ['en', 'Press <kbd>Enter</kbd> and then **Save** or `Cancel`.'],
    ['en', 'Open the [billing page](https://x.example/bill) and check the (total) sum}.'],
    ['ru', 'Нажмите **Создать** и дождитесь 5 минут.'],
  ] as const;
  for (const [lang, markdown] of sentences) {
    const guide = parseGuide(markdown, `/d/${lang}/s.md`, `${lang}/s.md`);
    const sentence = guide.sentences[0];
    const outcome = matcherFor(lang).match(sentence);
    expect(outcome.status, markdown).toBe('unmatched');
    if (outcome.status !== 'unmatched') continue;
    const pattern = pastedExpression(outcome.stub);
    const pasted = new Vocabulary(lang).action(pattern, async () => {});
    const again = new StepMatcher(pasted.definitions).match(sentence);
    expect(again.status, `${markdown}\n${outcome.stub}`).toBe('matched');
    expect(outcome.stub).not.toMatch(/async \(\{ page \}|[(,] (?!_)\w+:/);
  }
  const labels = parseGuide('Press <kbd>Enter</kbd> and then **Save** or `Cancel`.', '/d/s.md').sentences[0];
  expect(labels.labels).toEqual(['Enter', 'Save', 'Cancel']);
  expect(matcherFor('en').stub(labels)).toContain('.action("Press {label} and then {label} or {label}.", async (_context, _label: string, _label2: string, _label3: string) => {');
});

test('a pasted stub passes the project linter', async () => {
  const { ESLint } = await import('eslint');
  const stub = matcherFor('en').stub(parseGuide('Open the [page](https://x.example) and press "Go".', '/d/s.md').sentences[0]);
  const source = `import { Vocabulary } from '../define.js';\n\nexport const pasted = new Vocabulary('en')\n  ${stub.replace(/\n/g, '\n  ')};\n`;
  const [result] = await new ESLint().lintText(source, { filePath: 'src/vocabulary/definitions/pasted.ts' });
  expect(result.messages.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
});

test('each distinct stub is printed once, with how many sentences need it, and a closing count', () => {
  const one = parseGuide('# A\n\nTurn the "Key" twice.\n\nTurn the "Lock" twice.\n', '/d/a.md', 'a.md');
  const two = parseGuide('# B\n\nTurn the "Door" twice.\n\nSpin around.\n', '/d/b.md', 'b.md');
  const problems = [...planGuide(one, '/d').problems, ...planGuide(two, '/d').problems];
  const message = formatProblems(problems);
  expect(message.match(/\.action\("Turn the \{label\} twice\."/g)).toHaveLength(1);
  expect(message).toContain('needed by 3 sentences: a.md:3:1, a.md:5:1, b.md:3:1');
  expect(message.trim().endsWith('4 sentences in 2 guides need a definition.')).toBe(true);
});

test('the plan says what a sentence waits for, and warns on suspicious edits', () => {
  const plan = (text: string) => planGuide(parseGuide(text, '/d/ru/w.md', 'ru/w.md'), '/d');
  const waits = plan('Нажмите кнопку «Ok».\n\nВ течение пары минут на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.\n');
  expect(waits.plan.steps[1].waits).toEqual({ text: 'пары минут', ms: 120_000 });
  expect(waits.notices).toEqual([]);
  const odd = plan(
    'Нажмите кнопку «Register».\n\nВ течение 0 минут на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.\n\nВ течение 3 часов на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.\n\nПоздравляем!\n\nНажмите кнопку «Ok».\n',
  );
  const notices = odd.notices.map((n) => `${n.where.line}: ${n.message}`);
  expect(notices).toEqual([
    expect.stringContaining('1: the label «Register» is written in Latin letters in a ru guide'),
    expect.stringContaining('3: «0 минут» means waiting 0 s'),
    expect.stringContaining('5: «3 часов» means waiting 3 h'),
    expect.stringMatching(/^7: «Поздравляем!» is narrative because .*the next sentence checks.*, but the next is action «Нажмите кнопку «Ok».»; were the sentences reordered\?/),
  ]);
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
