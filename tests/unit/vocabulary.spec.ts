import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseGuide } from '../../src/guide/index.js';
import { formatProblems, planGuide, planGuides } from '../../src/plan/plan.js';
import { formatPlan } from '../../src/plan/format.js';
import { definitions } from '../../src/vocabulary/definitions.js';
import { matcherFor, StepMatcher } from '../../src/vocabulary/index.js';
import { Vocabulary } from '../../src/vocabulary/define.js';
import { Lexicon } from '../../src/understand/phrases.js';
import { localeOf } from '../../src/locale/index.js';
import type { Meaning } from '../../src/understand/meaning.js';

const GUIDES = path.resolve('guides');
const sentence = (text: string, file = '/d/g.md') => parseGuide(text, file).sentences[0];

test('every real guide: every sentence accounted for by exactly one definition or rule; the registration guides step by step', () => {
  const set = planGuides(GUIDES);
  expect(set.problems).toEqual([]);
  expect(set.warnings).toEqual([]);
  expect(set.plans.map((p) => p.guide.path)).toEqual([
    'src/en/client-area/new-ticket.md', 'src/en/client-area/referral.md', 'src/en/client-area/register.md', 'src/en/client-area/telegram-notifications.md', 'src/en/client-area/two-factor-authentication.md', 'src/en/client-area/vps-order.md',
    'src/ru/client-area/new-ticket.md', 'src/ru/client-area/referral.md', 'src/ru/client-area/register.md', 'src/ru/client-area/telegram-notifications.md', 'src/ru/client-area/two-factor-authentication.md', 'src/ru/client-area/vps-order.md',
  ]);
  for (const plan of set.plans) expect(plan.steps, plan.guide.path).toHaveLength(plan.guide.sentences.length);
  for (const plan of set.plans.filter((p) => p.guide.path.endsWith('register.md'))) {
    // The same meaning in both languages: one vocabulary, read through each language's words.
    expect(plan.steps.map((s) => s.definition.name), plan.guide.path).toEqual([
      'title', 'introduces-guide', 'prose', 'open-and-press', 'account-form', 'fill-contacts', 'required-fields', 'review-documents', 'accept-terms',
      'register-and-land', 'prose', 'account-created', 'prose', 'recommendation', 'click-notification', 'confirm-in-window', 'letter-within',
      'confirm-by-letter', 'prose',
    ]);
    expect(plan.steps.filter((s) => s.sentence.heading).map((s) => [s.sentence.heading, s.kind])).toEqual([[1, 'narrative'], [2, 'narrative'], [2, 'narrative']]);
  }
});

test('labels come from the guide: renaming the button in the text changes what is pressed', () => {
  const matcher = matcherFor('ru');
  const original = matcher.match(sentence('Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «Регистрация».'));
  const renamed = matcher.match(sentence('Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «Создать аккаунт».'));
  expect(original.status === 'matched' && original.match.args).toEqual([{ text: 'личный кабинет', url: 'https://my.senko.digital/billmgr' }, 'Регистрация']);
  expect(renamed.status === 'matched' && renamed.match.args[1]).toBe('Создать аккаунт');
  const english = matcherFor('en').match(sentence('Click the "Sign up" button.'));
  expect(english.status === 'matched' && english.match.args).toEqual(['Sign up']);
});

test('a link is taken only from a real Markdown link of the sentence', () => {
  const plain = sentence('Перейдите в личный кабинет и нажмите кнопку «Регистрация».');
  const outcome = matcherFor('ru').match(plain);
  expect(outcome.status).toBe('unmatched');
  expect(outcome.status === 'unmatched' && outcome.nearest?.definition.name).toBe('open-and-press');
  expect(outcome.status === 'unmatched' && outcome.nearest?.why).toEqual(['has 0 links, the step takes 1']);
});

test('one meaning, many wordings: word order, synonyms, a purpose clause, the product area, either language', () => {
  const understood = (lang: 'en' | 'ru', text: string) => {
    const outcome = matcherFor(lang).match(sentence(text));
    return outcome.status === 'matched' ? [outcome.match.definition.name, ...outcome.match.args.map((arg) => JSON.stringify(arg))] : [outcome.status];
  };
  expect(understood('en', 'Click the "Add" button.')).toEqual(['press', '"Add"']);
  expect(understood('en', 'To open a new ticket, press the **Add** button.')).toEqual(['press', '"Add"']);
  expect(understood('en', 'Now tap "Add".')).toEqual(['press', '"Add"']);
  expect(understood('ru', 'Чтобы создать обращение, щёлкните по кнопке «Создать».')).toEqual(['press', '"Создать"']);
  // The section is the label named a section, wherever it stands.
  expect(understood('en', 'Go to **Support tickets** in the **Support** section of the side menu.')).toEqual(['choose-from-menu', '"Support"', '"Support tickets"']);
  expect(understood('ru', 'В боковом меню выберите «Запросы» в разделе «Поддержка».')).toEqual(['choose-from-menu', '"Поддержка"', '"Запросы"']);
  expect(understood('en', 'A list of your requests opens.')).toEqual(['ticket-list']);
});

test('a change of meaning is refused, never read as the old step: negation, another element, the opposite verb', () => {
  const status = (lang: 'en' | 'ru', text: string) => matcherFor(lang).match(sentence(text)).status;
  expect(status('en', 'Do not click the "Add" button.')).toBe('unmatched');
  expect(status('en', 'Click the "Add" menu.')).toBe('unmatched');
  expect(status('en', 'Click the "Add" tab.')).toBe('unmatched');
  expect(status('en', 'Decline the terms if you agree with them.')).toBe('unmatched');
  expect(status('ru', 'Не нажимайте кнопку «Создать».')).toBe('unmatched');
  expect(status('ru', 'Отклоните условия, если вы согласны с ними.')).toBe('unmatched');
});

test('a sentence no definition knows fails with file:line:column, the nearest definition, and a stub to paste', () => {
  const guide = parseGuide('# T\n\nНажмите кнопку «Войти».\n\nПоверните ключ «Зажигание» и нажмите кнопку два раза.\n', '/docs/ru/t.md', 'ru/t.md');
  const { problems } = planGuide({ ...guide, lang: 'ru' }, '/docs');
  expect(problems).toHaveLength(1);
  const message = formatProblems(problems);
  expect(message).toContain('ru/t.md:5:1: no definition means «Поверните ключ «Зажигание» и нажмите кнопку два раза.»');
  expect(message).toContain(".action('press-button', { says: [ 'press', 'button' ], takes: [ { slot: 'label', element: 'pressable' } ] }, async (_context, _label1: string) => {");
  expect(message).toContain('// words passed over: «Поверните», «ключ», «два», «раза»');
  expect(message).toContain('1 sentence in 1 guide needs a definition.');
});

/** The meaning of a printed stub, read back the way the pasted source would be. */
function pastedMeaning(stub: string): { name: string; meaning: Meaning } {
  const found = /^\.action\('([a-z-]+)', (\{.*?\}), async/m.exec(stub);
  if (!found) throw new Error(`no meaning in stub:\n${stub}`);
  return { name: found[1], meaning: new Function(`return ${found[2]}`)() as Meaning };
}

test('a printed stub, pasted, fits its sentence: labels named by their element, links, waits, lead-ins', () => {
  const sentences = [
    ['en', 'Type your name into the "Path" field and press **Save**.'],
    ['en', 'Open the [billing page](https://x.example/bill) and check the total sum.'],
    ['ru', 'Нажмите **Создать** и дождитесь письма в течение 5 минут.'],
    ['en', '- **Before you start**: close the "Welcome" window.'],
  ] as const;
  for (const [lang, markdown] of sentences) {
    const read = parseGuide(markdown, `/d/${lang}/s.md`, `${lang}/s.md`).sentences[0];
    const outcome = matcherFor(lang).match(read);
    expect(outcome.status, markdown).toBe('unmatched');
    if (outcome.status !== 'unmatched') continue;
    const { name, meaning } = pastedMeaning(outcome.stub);
    const pasted = new Vocabulary().action(name, meaning, async () => {});
    const again = new StepMatcher(pasted.definitions, lang).match(read);
    expect(again.status, `${markdown}\n${outcome.stub}`).toBe('matched');
    // Parameters are named as the linter accepts unused ones.
    const params = /async \(([^)]*)\)/.exec(outcome.stub)?.[1] ?? '';
    for (const param of params.split(/,\s*(?=_)/)) expect(param, outcome.stub).toMatch(/^_\w+/);
  }
});

test('a pasted stub passes the project linter', async () => {
  const { ESLint } = await import('eslint');
  const outcome = matcherFor('en').match(sentence('Open the [page](https://x.example) and press "Go".'));
  if (outcome.status !== 'unmatched') throw new Error(`expected no definition to fit, got ${outcome.status}`);
  const source = `import { Vocabulary } from './define.js';\n\nexport const pasted = new Vocabulary()\n  ${outcome.stub.replace(/\n/g, '\n  ')};\n`;
  const [result] = await new ESLint().lintText(source, { filePath: 'src/vocabulary/pasted.ts' });
  expect(result.messages.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
});

test('each distinct stub is printed once, with how many sentences need it, and a closing count', () => {
  const one = parseGuide('# A\n\nTurn the "Key" button twice.\n\nTurn the "Lock" button twice.\n', '/d/a.md', 'a.md');
  const two = parseGuide('# B\n\nTurn the "Door" button twice.\n\nSpin the button around.\n', '/d/b.md', 'b.md');
  const problems = [...planGuide(one, '/d').problems, ...planGuide(two, '/d').problems];
  const message = formatProblems(problems);
  expect(message.split(".action('new-sentence', { says: [], takes: [ { slot: 'label', element: 'button' } ] }").slice(1)).toHaveLength(1);
  expect(message).toContain('needed by 3 sentences: a.md:3:1, a.md:5:1, b.md:3:1');
  expect(message.trim().endsWith('4 sentences in 2 guides need a definition.')).toBe(true);
});

test('prose by rule: what asks nothing is accounted for with the rule\'s reason; what names a label, a link, a number or an instruction never is', () => {
  const guide = parseGuide(
    [
      '# Title', '', '## About payments', '', 'Congratulations!', '', 'Our company was founded long ago.', '', 'Thanks for reading.', '',
      'Press the "Go" button.', '', 'It costs 5 €.', '', 'Frobnicate the [gizmo](https://x.example).', '', 'Spin "Wheel".', '', 'Wait for the window.', '',
    ].join('\n'),
    '/d/p.md',
    'p.md',
  );
  const { plan, problems } = planGuide(guide, '/d');
  const byRule = plan.steps.filter((step) => step.settledBy === 'rule').map((step) => [step.sentence.text, step.definition.reason]);
  expect(byRule).toEqual([
    ['About payments', 'a heading names a section: the sentences under it are the steps'],
    ['Congratulations!', expect.stringMatching(/^prose: it gives no instruction, quotes no label, links nothing, names no element of the UI and states no number$/)],
    ['Our company was founded long ago.', expect.stringMatching(/^prose/)],
    ['Thanks for reading.', expect.stringMatching(/^prose/)],
  ]);
  expect(problems.map((problem) => problem.where.line)).toEqual([13, 15, 17, 19]);
  expect(formatPlan(plan)).toContain('understood as prose (by rule)');
});

test('a writer settles a sentence from the guide\'s side: prose with a reason, or checked by a named definition', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'settle-'));
  writeFileSync(path.join(root, 'g.md'), '# T\n\nPress the "Go" button.\n\nSpin the "Wheel" button around twice.\n\nPeek at the "Result" tab.\n');
  writeFileSync(path.join(root, 'g.sentences.yml'), '"Spin the": checked by press\n"Peek at": prose — the tab is decoration, nothing to verify\n');
  const set = planGuides(root);
  expect(set.problems).toEqual([]);
  const steps = set.plans[0].steps;
  expect(steps[2]).toMatchObject({ kind: 'action', settledBy: 'sidecar', args: ['Wheel'], definition: { name: 'press' } });
  expect(steps[3]).toMatchObject({ kind: 'narrative', settledBy: 'sidecar', definition: { reason: 'settled as prose by the guide: the tab is decoration, nothing to verify' } });
  expect(formatPlan(set.plans[0])).toContain("understood as press (settled in the guide's sidecar)");

  writeFileSync(path.join(root, 'g.sentences.yml'), '"Spin the": checked by spin-around\n"Turn the": prose\n');
  const wrong = formatProblems(planGuides(root).problems);
  expect(wrong).toContain('g.sentences.yml:2:1: «Turn the» starts no sentence of the guide; was the sentence edited?');
  writeFileSync(path.join(root, 'g.sentences.yml'), '"Spin the": checked by spin-around\n');
  expect(formatProblems(planGuides(root).problems)).toContain('names «spin-around», which no definition is called');
  writeFileSync(path.join(root, 'g.sentences.yml'), '"Spin the": checked by ready-within\n');
  expect(formatProblems(planGuides(root).problems)).toContain('has 0 durations, the step takes 1');
  writeFileSync(path.join(root, 'g.sentences.yml'), '"Spin the": maybe\n');
  expect(formatProblems(planGuides(root).problems)).toContain('g.sentences.yml:1:1: «Spin the» must say "prose", "prose — why", or "checked by <definition name>"');
});

test('the plan shows what each sentence was understood as, and the words it passed over', () => {
  const guide = parseGuide('# T\n\nTo create a new ticket, quickly click the **Add** button.\n', '/d/t.md', 't.md');
  const text = formatPlan(planGuide(guide, '/d').plan);
  expect(text).toMatch(/t\.md:3:1 +action +understood as press +labels: «Add» +passed over: the purpose «To create a new ticket,», «quickly»/);
});

test('the lexicon refuses a phrase with two meanings, so a word is never read two ways', () => {
  const words = localeOf('en').words;
  expect(() => new Lexicon({ ...words, concepts: { ...words.concepts, menu: [...words.concepts.menu, 'button'] } })).toThrow('the lexicon gives «button» two meanings: button and menu');
});

test('the plan says what a sentence waits for, and warns on suspicious edits', () => {
  const plan = (text: string) => planGuide(parseGuide(text, '/d/ru/w.md', 'ru/w.md'), '/d');
  const waits = plan('Нажмите кнопку «Ok».\n\nВ течение пары минут на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.\n');
  expect(waits.plan.steps[1].waits).toEqual({ text: 'пары минут', ms: 120_000 });
  expect(waits.notices).toEqual([]);
  const odd = plan(
    'Нажмите кнопку «Register».\n\nВ течение 0 минут на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.\n\nВ течение 3 часов на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.\n\nМы настоятельно рекомендуем подтвердить e-mail.\n',
  );
  const notices = odd.notices.map((n) => `${n.where.line}: ${n.message}`);
  expect(notices).toEqual([
    expect.stringContaining('1: the label «Register» is written in Latin letters in a ru guide'),
    expect.stringContaining('3: «0 минут» means waiting 0 s'),
    expect.stringContaining('5: «3 часов» means waiting 3 h'),
    expect.stringMatching(/^7: «Мы настоятельно рекомендуем подтвердить e-mail\.» is narrative because .*the steps that follow.*, but nothing follows; were the sentences reordered\?/),
  ]);
  // A name the Russian UI shows in Latin letters (the locale's latinNames) and a value typed verbatim are no pasted labels.
  const names = plan('Нажмите кнопку «Telegram».\n\nНажмите кнопку «senkomanager».\n\nНажмите кнопку «/start».\n\nНажмите кнопку «Sign up».\n');
  expect(names.plan.steps).toHaveLength(4);
  expect(names.notices.map((n) => `${n.where.line}: ${n.message}`)).toEqual([expect.stringContaining('7: the label «Sign up» is written in Latin letters')]);
});

test('two fitting definitions are an error naming both', () => {
  const vocabulary = new Vocabulary()
    .action('press-one', { says: ['press'], takes: [{ slot: 'label', element: 'pressable' }] }, async () => {})
    .check('press-two', { says: ['press'], may: ['button'], takes: [{ slot: 'label', element: 'button' }] }, async () => {});
  const outcome = new StepMatcher(vocabulary.definitions, 'en').match(sentence('Click the "Go" button.'));
  expect(outcome.status).toBe('ambiguous');
  expect(outcome.status === 'ambiguous' && outcome.matches.map((m) => m.definition.name)).toEqual(['press-one', 'press-two']);
  const guide = parseGuide('# T\n\nClick the "Go" button.\n\nSpin the "Wheel" button around twice.\n', '/d/a.md', 'a.md');
  expect(formatProblems(planGuide(guide, '/d').problems)).not.toContain('fits 2 definitions');
});

test('a guide with nothing to execute is an error', () => {
  expect(planGuide(parseGuide('---\ntitle: Empty\n---\n', '/d/e.md', 'e.md'), '/d').problems[0].message).toBe('the guide has no sentences to execute');
  const narrativeOnly = planGuide(parseGuide('Поздравляем!\n\nМы настоятельно рекомендуем подтвердить e-mail.\n', '/d/ru/n.md', 'ru/n.md'), '/d');
  expect(narrativeOnly.problems[0].message).toContain('every sentence of the guide is narrative');
});

test('every definition declares its kind and a unique name; narratives say why; actions and checks have a body', () => {
  const names = definitions.definitions.map((definition) => definition.name);
  expect(new Set(names).size).toBe(names.length);
  for (const definition of definitions.definitions) {
    expect(['action', 'check', 'narrative']).toContain(definition.kind);
    if (definition.kind === 'narrative') expect(definition.reason?.length).toBeGreaterThan(5);
    else expect(typeof definition.run).toBe('function');
    expect(definition.definedAt.file).toBe('src/vocabulary/definitions.ts');
    if (definition.meaning.anythingElse) expect(definition.kind).toBe('narrative');
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
