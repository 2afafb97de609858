import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseGuide } from '../../src/guide/index.js';
import { formatProblems, planGuide, planGuides } from '../../src/plan/plan.js';
import { runOrder } from '../../src/execute/run-guide.js';
import { CaptureSpecError, parseCaptureSpecs } from '../../src/screenshots/spec.js';
import { Vocabulary } from '../../src/vocabulary/define.js';
import { matcherFor, StepMatcher } from '../../src/vocabulary/index.js';

/**
 * The structure of a guide beyond its sentences of text: headings are sentences (and never skipped
 * unseen), list items know their list, sidecars may capture during a step, and the real guides use
 * all of it: alternatives, preconditions, instructing headings.
 */
const parse = (text: string, file = 'x.md') => parseGuide(text, `/docs/${file}`, file);

test.describe('headings are sentences', () => {
  test('each heading is one sentence with its depth, at the line and column where its text starts', () => {
    const guide = parse('# Title\n\nClick the "Go" button.\n\n## Step 1: Choose. Then pay?\n\n### X\n\nSetext\n------\n');
    expect(guide.sentences.map((s) => [s.text, s.heading ?? 0, s.line, s.column])).toEqual([
      ['Title', 1, 1, 3],
      ['Click the "Go" button.', 0, 3, 1],
      // One sentence whatever its punctuation: a heading is never split.
      ['Step 1: Choose. Then pay?', 2, 5, 4],
      ['X', 3, 7, 5],
      ['Setext', 2, 9, 1],
    ]);
    // A heading is the section it opens.
    expect(guide.sentences.map((s) => s.section)).toEqual(['Title', 'Title', 'Step 1: Choose. Then pay?', 'X', 'Setext']);
  });

  test('a VitePress anchor {#id} is stripped from the heading sentence; its links and labels stay', () => {
    const guide = parse('# Title {#top}\n\n## Open [the panel](https://x.example/p) and press "Go" {#open .wide}\n\n### Step {#step-1}\n');
    expect(guide.frontMatter.title).toBe('Title');
    expect(guide.sentences.map((s) => [s.text, s.heading, s.line, s.column])).toEqual([
      ['Title', 1, 1, 3],
      ['Open the panel and press "Go"', 2, 3, 4],
      ['Step', 3, 5, 5],
    ]);
    expect(guide.sentences[1]).toMatchObject({ labels: ['Go'], links: [{ text: 'the panel', url: 'https://x.example/p' }], section: 'Open the panel and press "Go"' });
    expect(guide.sentences.map((s) => s.text).join(' ')).not.toContain('{');
  });

  test('an empty heading is no sentence', () => {
    expect(parse('# A\n\nClick.\n\n##\n').sentences.map((s) => s.text)).toEqual(['A', 'Click.']);
  });
});

test('list items carry their list, item and number of items; separate lists are numbered apart', () => {
  const guide = parse('1. Open the page. Log in.\n2. Click "A".\n\nBetween.\n\n- First\n  - Nested one\n- Second\n- Third\n');
  expect(guide.sentences.map((s) => [s.text, s.listItem ?? null])).toEqual([
    ['Open the page.', { list: 0, item: 0, items: 2 }],
    // Every sentence of an item belongs to it.
    ['Log in.', { list: 0, item: 0, items: 2 }],
    ['Click "A".', { list: 0, item: 1, items: 2 }],
    ['Between.', null],
    ['First', { list: 1, item: 0, items: 3 }],
    // A nested list is a list of its own.
    ['Nested one', { list: 2, item: 0, items: 1 }],
    ['Second', { list: 1, item: 1, items: 3 }],
    ['Third', { list: 1, item: 2, items: 3 }],
  ]);
  expect(guide.sentences[3]).not.toHaveProperty('listItem');
});

test.describe('planning headings', () => {
  test('a "## Section" quoting a label that no definition means fails planning with a stub, at the heading', () => {
    const guide = parse('# Widgets\n\nClick the "Go" button.\n\n## Frobnicate the "Widgets" button\n\nClick the "Ok" button.\n', 'w.md');
    const { plan, problems } = planGuide(guide, '/docs');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: { file: 'w.md', line: 5, column: 4, heading: 2 }, message: expect.stringMatching(/^no definition means «Frobnicate the "Widgets" button»/) });
    expect(problems[0].stub).toContain('heading: true');
    const message = formatProblems(problems);
    expect(message).toContain('w.md:5:4: no definition means «Frobnicate the "Widgets" button»');
    expect(message).toContain('1 sentence in 1 guide needs a definition.');
    // The heading is not planned as a step of any kind: nothing skips it silently.
    expect(plan.steps.map((s) => s.sentence.text)).toEqual(['Widgets', 'Click the "Go" button.', 'Click the "Ok" button.']);
  });

  test('an unmatched "# Title" is narrative: the guide\'s title', () => {
    const guide = parse('# Widgets of the world\n\nClick the "Go" button.\n', 'w.md');
    const { plan, problems } = planGuide(guide, '/docs');
    expect(problems).toEqual([]);
    expect(plan.steps[0]).toMatchObject({ kind: 'narrative', sentence: { text: 'Widgets of the world', heading: 1 }, definition: { name: 'title' } });
    expect(plan.steps[0].definition.reason).toMatch(/^the guide's title/);
  });

  test('a sentence\'s meaning never fits a heading of the same words, and a heading\'s meaning never fits the sentence', () => {
    const [heading, sentence] = parse('## Click the "Go" button\n\nClick the "Go" button\n').sentences;
    const press = { says: ['press'], takes: [{ slot: 'label', element: 'pressable' }] } as const;
    const forSentences = new StepMatcher(new Vocabulary().action('press', press, async () => {}).definitions, 'en');
    const forHeadings = new StepMatcher(new Vocabulary().action('press', { ...press, heading: true }, async () => {}).definitions, 'en');
    expect([forSentences.match(heading).status, forSentences.match(sentence).status]).toEqual(['unmatched', 'matched']);
    expect([forHeadings.match(heading).status, forHeadings.match(sentence).status]).toEqual(['matched', 'unmatched']);
  });

  test('a heading with nothing to act on is prose by rule; one quoting a label needs a definition, and its stub is a heading\'s', () => {
    const [, plain, quoting] = parse('# T\n\n## Frobnicate the widgets\n\n## Click the "Go" button\n').sentences;
    expect(matcherFor('en').match(plain)).toMatchObject({ status: 'prose', reason: 'a heading names a section: the sentences under it are the steps' });
    const outcome = matcherFor('en').match(quoting);
    expect(outcome.status).toBe('unmatched');
    expect(outcome.status === 'unmatched' && outcome.stub).toContain("heading: true }");
  });
});

test.describe('the real guides', () => {
  let planned: ReturnType<typeof planGuides> | undefined;
  const real = () => (planned ??= planGuides('guides'));
  const plan = (guide: string) => {
    const found = real().plans.find((p) => p.guide.path === guide);
    if (!found) throw new Error(`${guide} was not planned`);
    return found;
  };

  test('all twelve plan with zero problems, every heading accounted for', () => {
    const set = real();
    expect(set.problems).toEqual([]);
    expect(set.plans.map((p) => p.guide.path)).toEqual([
      'src/en/client-area/new-ticket.md', 'src/en/client-area/referral.md', 'src/en/client-area/register.md', 'src/en/client-area/telegram-notifications.md', 'src/en/client-area/two-factor-authentication.md', 'src/en/client-area/vps-order.md',
      'src/ru/client-area/new-ticket.md', 'src/ru/client-area/referral.md', 'src/ru/client-area/register.md', 'src/ru/client-area/telegram-notifications.md', 'src/ru/client-area/two-factor-authentication.md', 'src/ru/client-area/vps-order.md',
    ]);
    for (const { guide, steps } of set.plans) {
      // One step per sentence, in order: no sentence, heading or not, is left out.
      expect(steps.map((s) => s.sentence), guide.path).toEqual(guide.sentences);
      const headings = steps.filter((s) => s.sentence.heading);
      expect(headings.length, guide.path).toBeGreaterThan(1);
      expect(guide.sentences[0].heading, `${guide.path} opens with its title`).toBe(1);
      for (const step of headings) {
        const where = `${guide.path}:${step.sentence.line} «${step.sentence.text}»`;
        // A heading is the title by its place, prose by rule, or what a heading's meaning says: never a sentence's meaning.
        if (step.definition.definedAt.file === 'src/plan/plan.ts') expect(['title', 'prose'], where).toContain(step.definition.name);
        else expect(step.definition.meaning.heading, where).toBe(true);
        if (step.kind === 'narrative') expect(step.definition.reason, where).toBeTruthy();
      }
    }
  });

  for (const [guide, texts] of [
    ['src/ru/client-area/vps-order.md', ['«Если у вас уже есть аккаунт»', '«Если у вас нет аккаунта»', '«Если вы уже вошли в аккаунт»']],
    ['src/en/client-area/vps-order.md', ['«If you already have an account»', '«If you don\'t have an account»', '«If you\'re already logged in»']],
  ] as const) {
    test(`${guide}: the three "if you…" items are alternatives of one list`, () => {
      const items = plan(guide).steps.filter((s) => s.definition.unless);
      expect(items.map((s, i) => s.sentence.text.slice(0, texts[i]?.length))).toEqual(texts);
      for (const step of items) {
        expect(step.kind).toBe('action');
        expect(typeof step.definition.unless).toBe('function');
        expect(typeof step.definition.run).toBe('function');
      }
      const lists = items.map((s) => s.sentence.listItem);
      expect(lists.map((l) => l?.item)).toEqual([0, 1, 2]);
      expect(lists.every((l) => l?.items === 3 && l.list === lists[0]?.list)).toBe(true);
      // Nothing else in the guide is an alternative.
      expect(plan(guide).steps.filter((s) => s.sentence.listItem?.list === lists[0]?.list)).toEqual(items);
    });
  }

  for (const [guide, text] of [
    ['src/ru/client-area/new-ticket.md', 'Если у вас ещё нет аккаунта, создайте его.'],
    ['src/en/client-area/new-ticket.md', "If you don't have an account yet, create one."],
  ] as const) {
    test(`${guide}: «${text}» is a precondition`, () => {
      const steps = plan(guide).steps;
      const step = steps.find((s) => s.sentence.text === text);
      expect(step?.definition.precondition).toBe(true);
      expect(step?.kind).toBe('action');
      // The only precondition of the guide.
      expect(steps.filter((s) => s.definition.precondition).map((s) => s.sentence.text)).toEqual([text]);
    });
  }
});

test.describe('the Markdown tip of the 2026 new-ticket guides', () => {
  for (const [guide, send] of [
    ['src/en/client-area/new-ticket.md', 'After filling in all fields, send the request.'],
    ['src/ru/client-area/new-ticket.md', 'После заполнения всех полей отправьте запрос.'],
  ] as const) {
    test(`${guide}: the tip stands before "send the request" and is checked once the request is sent, every step once`, () => {
      const { steps } = planGuides('guides').plans.find((p) => p.guide.path === guide)!;
      const tip = steps.findIndex((s) => s.sentence.container === 'tip');
      const sent = steps.findIndex((s) => s.sentence.text === send);
      expect(steps[tip].kind).toBe('check');
      expect(tip).toBeLessThan(sent);
      const order = runOrder(steps);
      expect([...order].sort((a, b) => a - b)).toEqual(steps.map((_, i) => i));
      expect(order.indexOf(tip)).toBeGreaterThan(order.indexOf(sent));
      // Still within its section: before any later heading, after the section's last sentence.
      const next = steps.findIndex((s, i) => i > tip && s.sentence.heading);
      if (next >= 0) expect(order.indexOf(tip)).toBeLessThan(order.indexOf(next));
      else expect(order.at(-1)).toBe(tip);
    });
  }
});

test.describe('moment: opened in a sidecar', () => {
  const FILE = 'src/ru/client-area/x.screenshots.yml';
  const problemsOf = (source: string) => {
    try {
      parseCaptureSpecs(source, FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(CaptureSpecError);
      return (error as CaptureSpecError).issues.map(({ where, problem }) => `${where.file}:${where.line}:${where.column}: ${problem}`);
    }
    return [];
  };

  test('with before: refused, with a message at the moment line', () => {
    expect(problemsOf('/images/a.png:\n  before: Click\n  moment: opened\n')).toEqual([
      `${FILE}:3:11: the spec of /images/a.png: moment is a moment during a sentence: anchor it with after, not before`,
    ]);
    expect(problemsOf('# why\n/images/a.png:\n  moment: opened\n  before: Click\n')).toEqual([
      `${FILE}:3:11: the spec of /images/a.png: moment is a moment during a sentence: anchor it with after, not before`,
    ]);
    expect(problemsOf('/images/a.png:\n  after: Click\n  moment: closed\n')).toEqual([
      `${FILE}:3:11: the spec of /images/a.png: moment must be opened (the page the sentence opens, before it goes on)`,
    ]);
  });

  test('with after: a capture during the anchored step; with before: a planning problem at the sidecar line', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'moment-'));
    try {
      const guide = '# Moment\n\nGo to the [personal area](https://x.example/p) and click the "Register" button.\n\nClick the "Go" button.\n\n![panel](/images/panel.png)\n';
      writeFileSync(path.join(root, 'g.md'), guide);
      writeFileSync(path.join(root, 'g.screenshots.yml'), '/images/panel.png:\n  after: Go to\n  moment: opened\n');
      const good = planGuides(root);
      expect(good.problems).toEqual([]);
      const [capture] = good.plans[0].captures;
      expect(capture).toMatchObject({ when: 'during', moment: 'opened', sentence: 1 });
      expect(good.plans[0].guide.sentences[capture.sentence].text).toBe('Go to the personal area and click the "Register" button.');

      writeFileSync(path.join(root, 'g.screenshots.yml'), '/images/panel.png:\n  before: Go to\n  moment: opened\n');
      const bad = planGuides(root);
      expect(bad.problems.map((p) => `${p.where.file}:${p.where.line}:${p.where.column}: ${p.message}`)).toEqual([
        'g.screenshots.yml:3:11: the spec of /images/panel.png: moment is a moment during a sentence: anchor it with after, not before',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

test('only the first top heading is the title: a later "# Install" is a section heading, prose by rule', () => {
  const guide = parseGuide('# Setup\n\nClick the "Go" button.\n\n# Install\n\nClick the "Ok" button.\n', '/d/t.md', 't.md');
  expect(guide.frontMatter.title).toBe('Setup');
  const { plan, problems } = planGuide(guide, '/d');
  expect(problems).toEqual([]);
  expect(plan.steps.filter((s) => s.sentence.heading).map((s) => [s.sentence.text, s.definition.name, s.settledBy])).toEqual([
    ['Setup', 'title', undefined],
    ['Install', 'prose', 'rule'],
  ]);
});
