import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadGuide, parseGuide } from '../../src/guide/index.js';
import { GuideSyntaxError } from '../../src/guide/types.js';

const GUIDES = path.resolve('guides');

test.describe('the Russian registration guide', () => {
  const guide = loadGuide(path.join(GUIDES, 'ru/personal-area/register.md'), GUIDES);

  test('front matter: title, description and head meta', () => {
    expect(guide.path).toBe('ru/personal-area/register.md');
    expect(guide.lang).toBe('ru');
    expect(guide.frontMatter.title).toBe('Регистрация в личном кабинете');
    expect(guide.frontMatter.description).toContain('Краткое руководство');
    expect(guide.frontMatter.meta).toEqual([
      { name: 'keywords', content: 'регистрация, личный кабинет, vps, начало работы, руководство' },
      { property: 'og:title', content: 'Регистрация в личном кабинете' },
      { property: 'og:description', content: guide.frontMatter.description },
    ]);
  });

  test('one step per sentence, in order, at its line and column', () => {
    expect(guide.sentences.map((s) => `${s.line}:${s.column}`)).toEqual([
      '18:1', '22:1', '24:1', '28:1', '28:34', '30:1', '30:119', '32:1', '36:1', '36:14', '40:1', '42:1', '46:1', '48:1', '50:1', '54:1',
    ]);
    expect(guide.sentences[4].text).toBe('Обязательными требованиеми являются действительный e-mail адрес и страна аккаунта для правильного учёта НДС.');
    expect(guide.sentences[8].text).toBe('Поздравляем!');
    expect(guide.sentences[9].text).toBe('Аккаунт был успешно создан.');
  });

  test('sections, quoted labels and links', () => {
    const [, open] = guide.sentences;
    expect(open.section).toBe('Регистрация аккаунта');
    expect(open.labels).toEqual(['Регистрация']);
    expect(open.links).toEqual([{ text: 'личный кабинет', url: 'https://my.senko.digital/billmgr' }]);
    expect(guide.sentences[12].labels).toEqual(['Ok']);
    expect(guide.sentences[12].section).toBe('Подтверждение e-mail адреса');
  });

  test('images follow their sentence, with VitePress attributes', () => {
    expect(guide.images.map((i) => [i.src, i.afterSentence, i.line])).toEqual([
      ['/images/personal-area/register/1.png', 2, 26],
      ['/images/personal-area/register/2.png', 7, 34],
      ['/images/personal-area/register/3.png', 11, 44],
    ]);
    expect(guide.images[0]).toMatchObject({ alt: 'форма регистрации', attributes: { 'data-zoomable': true } });
    expect(guide.sentences[2].images).toHaveLength(1);
  });
});

test('the English guide has its own image paths', () => {
  const guide = loadGuide(path.join(GUIDES, 'personal-area/register.md'), GUIDES);
  expect(guide.lang).toBe('en');
  expect(guide.sentences).toHaveLength(16);
  expect(guide.images.map((i) => i.src)).toEqual([1, 2, 3].map((n) => `/images/personal-area/register/en/${n}.png`));
  expect(guide.sentences[1].labels).toEqual(['Register']);
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
    expect(guide.sentences[0]).toMatchObject({ line: 3, column: 1, labels: ['Save'] });
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
      ['Inside a tip.', 'tip'],
      ['Warned here.', 'warning'],
      ['Text after a component.', ''],
    ]);
    expect(guide.sentences[0]).toMatchObject({ line: 6, column: 1 });
    expect(guide.images[0].attributes).toEqual({ 'data-zoomable': true, width: '300', class: 'wide' });
  });
});
