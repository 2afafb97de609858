import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { GuideCache } from '../../src/guide/cache.js';
import { ImagePathError, resolveImagePath } from '../../src/guide/image-path.js';
import { parseMarkdown } from '../../src/guide/markdown.js';
import { findGuides, loadGuide, parseGuide } from '../../src/guide/index.js';
import { ParseHelpers } from '../../src/guide/parallel.js';
import { GuideSyntaxError } from '../../src/guide/types.js';
import { bundledWorker } from '../../src/guide/worker-bundle.js';

const GUIDES = path.resolve('guides');

test.describe('the Russian registration guide', () => {
  const guide = loadGuide(path.join(GUIDES, 'src/ru/client-area/register.md'), GUIDES);

  test('front matter: title, description and head meta', () => {
    expect(guide.path).toBe('src/ru/client-area/register.md');
    expect(guide.lang).toBe('ru');
    expect(guide.frontMatter.title).toBe('Регистрация в личном кабинете');
    expect(guide.frontMatter.description).toContain('Краткое руководство');
    expect(guide.frontMatter.meta).toEqual([
      { name: 'keywords', content: 'регистрация, личный кабинет, vps, начало работы, руководство' },
      { property: 'og:title', content: 'Регистрация в личном кабинете' },
      { property: 'og:description', content: guide.frontMatter.description },
    ]);
  });

  // Headings are sentences too (`# X` at column 3, `## X` at column 4: where the heading's text starts).
  test('one step per sentence, in order, at its line and column', () => {
    expect(guide.sentences.map((s) => `${s.line}:${s.column}`)).toEqual([
      '16:3', '18:1', '20:4', '22:1', '24:1', '28:1', '28:34', '30:1', '30:119', '32:1', '36:1', '36:14', '38:4', '40:1', '42:1', '46:1', '48:1', '50:1', '54:1',
    ]);
    expect(guide.sentences.map((s) => s.heading ?? 0)).toEqual([1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
    expect(guide.sentences[0].text).toBe('Регистрация в личном кабинете');
    expect(guide.sentences[6].text).toBe('Обязательными требованиеми являются действительный e-mail адрес и страна аккаунта для правильного учёта НДС.');
    expect(guide.sentences[10].text).toBe('Поздравляем!');
    expect(guide.sentences[11].text).toBe('Аккаунт был успешно создан.');
  });

  test('sections, quoted labels and links', () => {
    const [, , heading, open] = guide.sentences;
    expect(heading).toMatchObject({ text: 'Регистрация аккаунта', section: 'Регистрация аккаунта', heading: 2 });
    expect(open.section).toBe('Регистрация аккаунта');
    expect(open.labels).toEqual(['Зарегистрируйтесь']);
    expect(open.links).toEqual([{ text: 'личный кабинет', url: 'https://my.senko.digital/billmgr' }]);
    expect(guide.sentences[15].labels).toEqual(['Ok']);
    expect(guide.sentences[15].section).toBe('Подтверждение e-mail адреса');
  });

  test('images follow their sentence, with VitePress attributes', () => {
    expect(guide.images.map((i) => [i.src, i.afterSentence, i.line])).toEqual([
      ['/images/client-area/register/ru/1.png', 4, 26],
      ['/images/client-area/register/ru/2.png', 9, 34],
      ['/images/client-area/register/ru/3.png', 14, 44],
    ]);
    expect(guide.images[0]).toMatchObject({ alt: 'форма регистрации', attributes: { 'data-zoomable': true } });
    expect(guide.sentences[4].images).toHaveLength(1);
  });
});

test('the English guide has its own image paths', () => {
  const guide = loadGuide(path.join(GUIDES, 'src/en/client-area/register.md'), GUIDES);
  expect(guide.lang).toBe('en');
  // 16 sentences of text and 3 headings (the title and two sections).
  expect(guide.sentences).toHaveLength(19);
  expect(guide.sentences.filter((s) => s.heading).map((s) => [s.text, s.heading])).toEqual([
    ['Registration in Client Area', 1],
    ['Account Registration', 2],
    ['Email Confirmation', 2],
  ]);
  expect(guide.images.map((i) => i.src)).toEqual([1, 2, 3].map((n) => `/images/client-area/register/en/${n}.png`));
  expect(guide.sentences[3].labels).toEqual(['Register']);
});

test.describe('bad and unusual input', () => {
  const parse = (text: string | Buffer) => parseGuide(text, '/docs/x.md', 'x.md');

  test('an empty file has no sentences', () => {
    const guide = parse('');
    expect(guide.sentences).toEqual([]);
    expect(guide.frontMatter.title).toBe('x');
  });

  test('no front matter: the first heading is the title', () => {
    const guide = parse('# Hello\n\nClick the "Save" button.\n');
    expect(guide.frontMatter.title).toBe('Hello');
    expect(guide.sentences).toHaveLength(2);
    expect(guide.sentences[0]).toMatchObject({ text: 'Hello', heading: 1, line: 1, column: 3, labels: [] });
    expect(guide.sentences[1]).toMatchObject({ line: 3, column: 1, labels: ['Save'] });
  });

  test('only front matter', () => {
    const guide = parse('---\ntitle: Only\n---\n');
    expect(guide.frontMatter.title).toBe('Only');
    expect(guide.sentences).toEqual([]);
  });

  test('broken YAML names the file and the line', () => {
    const run = () => parse('---\ntitle: "ok"\ndescription: [unclosed\nmore: x\n---\nText.\n');
    expect(run).toThrow(GuideSyntaxError);
    expect(run).toThrow(/^x\.md:\d+:\d+: the front matter is not valid YAML/);
    try {
      run();
    } catch (error) {
      expect((error as GuideSyntaxError).where.line).toBeGreaterThanOrEqual(3);
      expect((error as GuideSyntaxError).where.line).toBeLessThanOrEqual(5);
    }
  });

  test('binary junk is refused with a clear message', () => {
    expect(() => parse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]))).toThrow('x.md:1:1: this is a binary file, not a Markdown guide');
    expect(() => parse(Buffer.from([0x48, 0xc3, 0x28, 0x20]))).toThrow(/not valid UTF-8/);
  });

  test('CRLF line endings and a BOM do not move positions', () => {
    const guide = parse(Buffer.from('\uFEFF---\r\ntitle: T\r\n---\r\n\r\nFirst one. Second one.\r\n'));
    expect(guide.frontMatter.title).toBe('T');
    expect(guide.sentences.map((s) => [s.text, s.line, s.column])).toEqual([
      ['First one.', 5, 1],
      ['Second one.', 5, 12],
    ]);
  });

  test('nested lists give one step per sentence of each item', () => {
    const guide = parse('1. Open the page.\n   - Click "A". Then click "B".\n     1. Deep item.\n2. Last.\n');
    expect(guide.sentences.map((s) => s.text)).toEqual(['Open the page.', 'Click "A".', 'Then click "B".', 'Deep item.', 'Last.']);
    expect(guide.sentences[3]).toMatchObject({ line: 3, column: 9 });
  });

  test('an image inside a link is an image, not text', () => {
    const guide = parse('See the form.\n\n[![alt text](/img/a.png)](https://example.com)\n');
    expect(guide.sentences.map((s) => s.text)).toEqual(['See the form.']);
    expect(guide.images).toMatchObject([{ src: '/img/a.png', alt: 'alt text', afterSentence: 0 }]);
  });

  test('VitePress extras never crash the loader', () => {
    const guide = parse(
      [
        '# Title {#anchor}',
        '',
        '<!-- a comment -->',
        '',
        '::: tip Note',
        'Inside a tip.',
        ':::',
        '',
        '::: warning',
        '',
        'Warned here.',
        '',
        ':::',
        '',
        '<Badge type="tip" text="new" /> Text after a component.',
        '',
        '---',
        '',
        '![img](/a.png){data-zoomable width=300 .wide}',
        '',
        '```sh',
        'echo not a sentence.',
        '```',
      ].join('\n'),
    );
    expect(guide.frontMatter.title).toBe('Title');
    expect(guide.sentences.map((s) => [s.text, s.container ?? ''])).toEqual([
      ['Title', ''],
      ['Inside a tip.', 'tip'],
      ['Warned here.', 'warning'],
      ['Text after a component.', ''],
    ]);
    expect(guide.sentences[0]).toMatchObject({ line: 1, column: 3, heading: 1 });
    expect(guide.sentences[1]).toMatchObject({ line: 6, column: 1 });
    expect(guide.images[0].attributes).toEqual({ 'data-zoomable': true, width: '300', class: 'wide' });
  });
});

test.describe('Markdown the docs use', () => {
  const parse = (text: string) => parseGuide(text, '/docs/x.md', 'x.md');

  test('a GFM table gives one entry per cell sentence, never one sentence for the table', () => {
    const guide = parse('Intro.\n\n| Field | Meaning |\n| --- | --- |\n| E-mail | Your address. It gets letters. |\n');
    expect(guide.sentences.map((s) => [s.text, s.tableCell ? `${s.tableCell.row}/${s.tableCell.column}` : ''])).toEqual([
      ['Intro.', ''],
      ['Field', '0/0'],
      ['Meaning', '0/1'],
      ['E-mail', '1/0'],
      ['Your address.', '1/1'],
      ['It gets letters.', '1/1'],
    ]);
    expect(guide.sentences[4]).toMatchObject({ line: 5, column: 12 });
  });

  test('reference-style links and images keep their target', () => {
    const guide = parse('Open [the panel][p] now.\n\n![shot][s]\n\n[p]: https://x.example/panel\n[s]: /images/s.png\n');
    expect(guide.sentences[0].links).toEqual([{ text: 'the panel', url: 'https://x.example/panel' }]);
    expect(guide.images.map((i) => [i.src, i.afterSentence])).toEqual([['/images/s.png', 0]]);
  });

  test('a reference defined inside a list item resolves; the first definition of a label wins', () => {
    const guide = parse('1. Click [Register][reg].\n\n   [reg]: https://x.example/reg\n\n[a]: https://x.example/first\n[a]: https://x.example/second\n\nOpen [the page][a].\n');
    expect(guide.sentences.map((s) => s.links)).toEqual([
      [{ text: 'Register', url: 'https://x.example/reg' }],
      [{ text: 'the page', url: 'https://x.example/first' }],
    ]);
  });

  test('<kbd>, bold and code labels are labels; long bold text is emphasis', () => {
    const guide = parse('Press <kbd>Ctrl</kbd> and **Save**, then `Close`. **This whole thing is bold. Really.**\n');
    expect(guide.sentences.map((s) => [s.text, s.labels])).toEqual([
      ['Press «Ctrl» and «Save», then «Close».', ['Ctrl', 'Save', 'Close']],
      ['This whole thing is bold.', []],
      ['Really.', []],
    ]);
  });

  test(':::: closes the container it opened; nested ::: inside', () => {
    const guide = parse(':::: details More\n::: tip\nInner one.\n:::\nOuter one.\n::::\n\nAfter all.\n');
    expect(guide.sentences.map((s) => [s.text, s.container ?? ''])).toEqual([
      ['Inner one.', 'tip'],
      ['Outer one.', 'details'],
      ['After all.', ''],
    ]);
  });

  test('language: front matter, then a locale folder, then the script of the text', () => {
    expect(parseGuide('---\nlang: ru-RU\n---\nClick.\n', '/d/x.md', 'x.md').lang).toBe('ru');
    expect(parseGuide('Click.\n', '/d/ru/x.md', 'ru/x.md').lang).toBe('ru');
    expect(parseGuide('Нажмите кнопку «Ok».\n', '/tmp/x.md', '../../tmp/x.md').lang).toBe('ru');
    expect(parseGuide('Click the "Ok" button.\n', '/tmp/x.md', 'x.md').lang).toBe('en');
    expect(() => parseGuide('---\nlang: de\n---\nKlick.\n', '/d/x.md', 'x.md')).toThrow(GuideSyntaxError);
  });

  test('a paragraph of 150,000 characters parses', () => {
    const guide = parse(`${'word '.repeat(30_000)}end.\n`);
    expect(guide.sentences).toHaveLength(1);
    expect(guide.sentences[0].text.length).toBeGreaterThan(149_000);
  });
});

test.describe('image paths', () => {
  test('resolveImagePath keeps images inside the docs root', () => {
    expect(resolveImagePath('/docs', '/images/a%20b.png')).toBe('/docs/images/a b.png');
    expect(resolveImagePath('/docs', '/images/100%.png')).toBe('/docs/images/100%.png');
    expect(resolveImagePath('/docs', 'shot.png', '/docs/ru')).toBe('/docs/ru/shot.png');
    for (const src of ['/images/../../../etc/x.png', '../../x.png', '/../x.png', '/images/%2e%2e/%2e%2e/%2e%2e/x.png']) {
      expect(() => resolveImagePath('/docs', src, '/docs/ru'), src).toThrow(ImagePathError);
    }
    expect(() => resolveImagePath('/docs', 'https://x.example/a.png')).toThrow(/is a URL/);
  });
});

test('the parsed-guide cache keeps at most its limit, dropping the oldest', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guide-cache-'));
  const cache = new GuideCache(dir, 10);
  const guide = parseGuide('Click.\n', '/d/x.md', 'x.md');
  for (let i = 0; i < 15; i++) {
    const key = cache.key(Buffer.from(String(i)), '/d/x.md', 'x.md');
    cache.set(key, guide);
    utimesSync(path.join(dir, key.slice(0, 2), `${key}.json`), i, i);
  }
  expect(cache.prune()).toBe(6);
  const left = readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.json'));
  expect(left).toHaveLength(9);
  expect(cache.get(cache.key(Buffer.from('14'), '/d/x.md', 'x.md'))).toBeDefined();
  expect(cache.get(cache.key(Buffer.from('0'), '/d/x.md', 'x.md'))).toBeUndefined();
  expect(cache.prune()).toBe(0);
  rmSync(dir, { recursive: true, force: true });
});

test('a run keeps the parsed-guide cache to its limit, in the runner and not in its workers', () => {
  const seeded = (dir: string) => {
    for (let i = 0; i < 30; i++) {
      const bucket = path.join(dir, String(i).padStart(2, '0'));
      mkdirSync(bucket, { recursive: true });
      writeFileSync(path.join(bucket, `old-${i}.json`), '{}');
      utimesSync(path.join(bucket, `old-${i}.json`), i, i);
    }
    return dir;
  };
  const entries = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.json'));
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'run-cache-'));
  const script = path.join(scratch, 'plan-for-run.mts');
  writeFileSync(script, `import { planForRun } from ${JSON.stringify(pathToFileURL(path.resolve('src/plan/for-run.ts')).href)};\nplanForRun();\n`);
  // A limit whose 90 % holds every guide planned and one old entry more, however many guides there are.
  const planned = findGuides(GUIDES).length;
  const limit = Math.ceil((planned + 1) / 0.9);
  const planAsRun = (cacheDir: string, worker: boolean) => {
    // The test itself runs in a worker: the child is a runner only when the variable is dropped.
    const env = { ...process.env, GUIDES_DIR: GUIDES, GUIDES: '', GUIDE_CACHE_DIR: cacheDir, GUIDE_CACHE_MAX: String(limit), TEST_WORKER_INDEX: worker ? '1' : undefined };
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', env });
    expect(run.status, run.stderr).toBe(0);
  };

  const inWorker = seeded(path.join(scratch, 'worker'));
  planAsRun(inWorker, true);
  expect(entries(inWorker)).toHaveLength(30 + planned);

  const inRunner = seeded(path.join(scratch, 'runner'));
  planAsRun(inRunner, false);
  // Down to 90 % of the limit, the oldest first: every guide just planned stays, and the newest old entry.
  const left = entries(inRunner);
  expect(left).toHaveLength(planned + 1);
  expect(left.filter((name) => name.includes('old-'))).toEqual([path.join('29', 'old-29.json')]);
  rmSync(scratch, { recursive: true, force: true });
});

test('a parsed guide is parsed afresh when what the parser is made of changes: its source, its locales, the locked packages', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'parser-sources-'));
  const guideDir = path.join(root, 'guide');
  const localeDir = path.join(root, 'locale');
  const lock = path.join(root, 'package-lock.json');
  for (const dir of [guideDir, localeDir]) mkdirSync(dir);
  writeFileSync(path.join(guideDir, 'parse.ts'), 'export const v = 1;\n');
  writeFileSync(path.join(localeDir, 'ru.ts'), "export const ABBREVIATIONS = ['т.е.'];\n");
  writeFileSync(lock, '{"packages":{"node_modules/remark-gfm":{"version":"4.0.1"}}}');
  const keyNow = () => new GuideCache(path.join(root, 'cache'), 10, [guideDir, localeDir, lock]).key(Buffer.from('Click.'), '/d/x.md', 'x.md');
  const first = keyNow();
  expect(keyNow()).toBe(first);
  const keys = [first];
  for (const [file, text] of [
    [path.join(localeDir, 'ru.ts'), "export const ABBREVIATIONS = ['т.е.', 'т.д.'];\n"],
    [path.join(guideDir, 'parse.ts'), 'export const v = 2;\n'],
    [lock, '{"packages":{"node_modules/remark-gfm":{"version":"4.0.2"}}}'],
  ]) {
    writeFileSync(file, text);
    const key = keyNow();
    expect(keys, path.basename(file)).not.toContain(key);
    keys.push(key);
  }
  rmSync(root, { recursive: true, force: true });
});

test('many guides parse on helper threads to the same models as one by one', async () => {
  const { generateGuides } = await import('../../bench/generate.js');
  const root = mkdtempSync(path.join(os.tmpdir(), 'parallel-'));
  generateGuides(root, 600, 3);
  const jobs = findGuides(root).map((file) => ({ file, relative: path.relative(root, file), text: readFileSync(file, 'utf8') }));
  jobs.push({ file: path.join(root, 'bad.md'), relative: 'bad.md', text: '---\ntitle: [unclosed\n---\nText.\n' });
  const helpers = new ParseHelpers(jobs.length, 'always');
  const parallel = helpers.parse(jobs);
  const sequential = jobs.map((job) => {
    try {
      return parseGuide(job.text, job.file, job.relative);
    } catch (error) {
      return error;
    }
  });
  test.info().annotations.push({ type: 'split', description: `${helpers.split.here} here, ${helpers.split.helpers} on helpers` });
  expect(helpers.split.here + helpers.split.helpers).toBe(jobs.length);
  // A helper starts from its bundled file in tens of milliseconds: it must have taken a share.
  expect(helpers.split.helpers).toBeGreaterThan(0);
  expect(parallel.at(-1)).toBeInstanceOf(GuideSyntaxError);
  expect(JSON.parse(JSON.stringify(parallel.slice(0, -1)))).toEqual(JSON.parse(JSON.stringify(sequential.slice(0, -1))));
  rmSync(root, { recursive: true, force: true });
});

test('helpers start for large batches: from 100 guides on three cores or more, from 1,000 on two, never on one unless asked', () => {
  const started = (expected: number, cores: number, threads?: 'never' | 'always') => {
    const helpers = new ParseHelpers(expected, threads, cores);
    const count = helpers.running;
    helpers.parse([]);
    expect(helpers.running).toBe(0);
    return count;
  };
  expect(started(99, 8)).toBe(0);
  expect(started(150, 4)).toBe(1);
  expect(started(400, 4)).toBe(3);
  expect(started(400, 16)).toBe(3);
  expect(started(999, 2)).toBe(0);
  expect(started(1000, 2)).toBe(1);
  expect(started(5000, 1)).toBe(0);
  expect(started(100, 1, 'always')).toBe(1);
  expect(started(100, 2, 'always')).toBe(1);
  expect(started(5000, 8, 'never')).toBe(0);
});

test.describe('Markdown as remark-gfm reads it', () => {
  const gfm = unified().use(remarkParse).use(remarkGfm);
  const samples = {
    'every guide of the project': findGuides(GUIDES).map((file) => readFileSync(file, 'utf8')).join('\n\n'),
    'a table, footnote, task list and strikethrough': '| a | b |\n| - | - |\n| «Ок» | ~~old~~ |\n\nText[^1].\n\n[^1]: Note.\n\n- [x] done\n- [ ] todo\n',
    // Each construct alone, so that a parser given only the constructs a text may hold still finds it.
    'tables without a pipe': 'Name\n:-\n\nPrice\n--:\n\nDate\n:-:\n',
    'a task list item left open across a line': '- [\n] todo\n',
    'strikethrough alone': 'Press ~~«Old»~~ «New», ~this~ too.\n',
    'a footnote alone': 'Text[^note].\n\n[^note]: Note.\n',
    'the marks of constructs that are not there': 'a | b, e-mail: x, [ ] y, [^ z, ~ w, `|-|`\n\n    | code |\n',
    'bare links and addresses': 'Open https://my.senko.digital/billmgr or www.senko.digital, write to support@senko.digital.\n',
    'a link inside emphasis': 'See _http://example.com/a_b_ and *www.example.com*.\n',
    'an address inside a link text': '[mail us: a@b.co](/contacts) then <https://x.y>.\n',
  };
  for (const [name, markdown] of Object.entries(samples)) {
    test(`the same tree: ${name}`, () => {
      expect(parseMarkdown(markdown)).toEqual(gfm.parse(markdown));
    });
  }

  test('bare links still become links, with their place in the source', () => {
    const markdown = samples['bare links and addresses'];
    const tree = parseMarkdown(markdown);
    const links: Array<{ url: string; offset?: number }> = [];
    visit(tree, 'link', (link) => void links.push({ url: link.url, offset: link.position?.start.offset }));
    expect(links).toEqual([
      { url: 'https://my.senko.digital/billmgr', offset: markdown.indexOf('https:') },
      { url: 'http://www.senko.digital', offset: markdown.indexOf('www.') },
      { url: 'mailto:support@senko.digital', offset: markdown.indexOf('support@') },
    ]);
  });
});

test.describe('the helper thread bundle', () => {
  test('is built once, reused while its sources are unchanged, and rebuilt when one changes', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    const cache = path.join(dir, 'cache');
    writeFileSync(path.join(dir, 'entry.ts'), "import { word } from './word.ts';\nexport const said: string = word;\n");
    writeFileSync(path.join(dir, 'word.ts'), "export const word = 'first';\n");
    const first = bundledWorker(path.join(dir, 'entry.ts'), cache);
    expect(first && readFileSync(first, 'utf8')).toContain('"first"');
    const manifestAt = statSync(path.join(cache, 'entry.json')).mtimeMs;
    expect(bundledWorker(path.join(dir, 'entry.ts'), cache)).toBe(first);
    expect(statSync(path.join(cache, 'entry.json')).mtimeMs).toBe(manifestAt);

    writeFileSync(path.join(dir, 'word.ts'), "export const word = 'second';\n");
    const second = bundledWorker(path.join(dir, 'entry.ts'), cache);
    expect(second).not.toBe(first);
    expect(second && readFileSync(second, 'utf8')).toContain('"second"');
    // The outdated build is gone: the folder does not grow with every edit.
    expect(readdirSync(cache).filter((name) => name.endsWith('.mjs'))).toEqual([path.basename(second!)]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('is given up, not thrown, when its entry cannot be built', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    writeFileSync(path.join(dir, 'entry.ts'), "import { missing } from './nowhere.ts';\nexport default missing;\n");
    expect(bundledWorker(path.join(dir, 'entry.ts'), path.join(dir, 'cache'))).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});
