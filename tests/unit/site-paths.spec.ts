import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { guideLanguage } from '../../src/guide/language.js';
import { docsRootOf, pagesRoot, resolveGuideLink, staticRoot } from '../../src/guide/site-paths.js';
import { localeOf } from '../../src/locale/index.js';
import { planGuides } from '../../src/plan/plan.js';

/**
 * Links between guides and images are resolved as VitePress resolves them with no configuration:
 * pages under a pages folder, one folder per language, the root locale (English) served without
 * its folder, static files under public/. One resolver turns every guide link into a file.
 */

/** Writes `files` (path → text) under a fresh folder and returns it. */
function docs(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'site-paths-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** A guide as the loader reports it: its absolute file and its path under the docs root. */
const guideAt = (root: string, relative: string) => ({ file: path.join(root, relative), path: relative });

const PAGE = '# Page\n\nClick the "Go" button.\n';

/** The wiki's own layout: `src/<lang>/…` pages, `public/images/…`. */
function wiki(): string {
  return docs({
    'src/en/client-area/register.md': PAGE,
    'src/en/client-area/new-ticket.md': PAGE,
    'src/en/client-area/help/index.md': PAGE,
    'src/ru/client-area/register.md': PAGE,
    'src/ru/client-area/new-ticket.md': PAGE,
    'public/images/client-area/register/en/1.png': 'png',
  });
}

test('a site link from an English page finds the page in src/en/, with or without .md (clean URLs), as VitePress rewrites en/:rest* to :rest*', () => {
  const root = wiki();
  const from = guideAt(root, 'src/en/client-area/new-ticket.md');
  const register = path.join(root, 'src/en/client-area/register.md');
  for (const link of ['/client-area/register.md', '/client-area/register', '/client-area/register.html', '/client-area/register#top', '/client-area/register?x=1', ' /client-area/register ']) {
    expect(resolveGuideLink(from, link), link).toBe(register);
  }
  // A folder's page is its index.md.
  expect(resolveGuideLink(from, '/client-area/help/')).toBe(path.join(root, 'src/en/client-area/help/index.md'));
  expect(resolveGuideLink(from, '/client-area/help')).toBe(path.join(root, 'src/en/client-area/help/index.md'));
  // A relative link is read from the guide's own folder.
  expect(resolveGuideLink(from, 'register.md')).toBe(register);
  expect(resolveGuideLink(from, './register')).toBe(register);
  expect(resolveGuideLink(from, '../../ru/client-area/register.md')).toBe(path.join(root, 'src/ru/client-area/register.md'));
});

test('a site link with a locale folder finds that language; a root-locale link from a Russian page finds the English page', () => {
  const root = wiki();
  const russian = guideAt(root, 'src/ru/client-area/new-ticket.md');
  expect(resolveGuideLink(russian, '/ru/client-area/register.md')).toBe(path.join(root, 'src/ru/client-area/register.md'));
  expect(resolveGuideLink(russian, '/ru/client-area/register')).toBe(path.join(root, 'src/ru/client-area/register.md'));
  expect(resolveGuideLink(russian, '/client-area/register')).toBe(path.join(root, 'src/en/client-area/register.md'));
  expect(resolveGuideLink(russian, 'register.md')).toBe(path.join(root, 'src/ru/client-area/register.md'));
});

test('a link that names no guide of the docs resolves to nothing: a URL, an anchor, a missing page, a path leaving the docs root', () => {
  const root = wiki();
  const from = guideAt(root, 'src/en/client-area/new-ticket.md');
  for (const link of ['https://my.senko.digital/billmgr', '//senko.digital/x', 'mailto:a@b.c', '#section', '', '/client-area/missing', '/client-area/register.txt', '/../../../etc/passwd', '../../../../../etc/hosts', '/images/client-area/register/en/1.png']) {
    expect(resolveGuideLink(from, link), link).toBeUndefined();
  }
});

test('the pages folder is the one holding the locale folders; the docs root may be that folder itself', () => {
  const root = wiki();
  expect(pagesRoot(guideAt(root, 'src/en/client-area/new-ticket.md'))).toBe(path.join(root, 'src'));
  expect(docsRootOf(guideAt(root, 'src/en/client-area/new-ticket.md'))).toBe(root);
  // `npm run plan -- <wiki>/src`: the pages folder given as the root, its public/ beside it.
  const pages = path.join(root, 'src');
  const from = guideAt(pages, 'en/client-area/new-ticket.md');
  expect(pagesRoot(from)).toBe(pages);
  expect(resolveGuideLink(from, '/client-area/register')).toBe(path.join(pages, 'en/client-area/register.md'));
  expect(resolveGuideLink(guideAt(pages, 'ru/client-area/new-ticket.md'), '/ru/client-area/register.md')).toBe(path.join(pages, 'ru/client-area/register.md'));
  expect(staticRoot(root)).toBe(path.join(root, 'public'));
  expect(staticRoot(pages)).toBe(path.join(root, 'public'));
});

test('the layout without public/ keeps working: English pages in no locale folder, images beside the guides', () => {
  const root = docs({
    'personal-area/register.md': PAGE,
    'personal-area/new-ticket.md': PAGE,
    'ru/personal-area/register.md': PAGE,
    'ru/personal-area/new-ticket.md': PAGE,
    'images/personal-area/register/1.png': 'png',
  });
  expect(resolveGuideLink(guideAt(root, 'personal-area/new-ticket.md'), '/personal-area/register.md')).toBe(path.join(root, 'personal-area/register.md'));
  expect(resolveGuideLink(guideAt(root, 'ru/personal-area/new-ticket.md'), '/ru/personal-area/register.md')).toBe(path.join(root, 'ru/personal-area/register.md'));
  expect(pagesRoot(guideAt(root, 'ru/personal-area/new-ticket.md'))).toBe(root);
  expect(staticRoot(root)).toBe(root);
  // A public/ that happens to stand beside a root with images of its own is not taken for its static folder.
  const parent = docs({ 'public/images/x.png': 'png', 'guides/images/x.png': 'png', 'guides/a.md': PAGE });
  expect(staticRoot(path.join(parent, 'guides'))).toBe(path.join(parent, 'guides'));
});

test("the locale's account guide is a site link, resolved by the same resolver from the guide that needs it", () => {
  const root = wiki();
  expect(resolveGuideLink(guideAt(root, 'src/en/client-area/new-ticket.md'), localeOf('en').accountGuide)).toBe(path.join(root, 'src/en/client-area/register.md'));
  expect(resolveGuideLink(guideAt(root, 'src/ru/client-area/new-ticket.md'), localeOf('ru').accountGuide)).toBe(path.join(root, 'src/ru/client-area/register.md'));
});

test("a guide's language by its locale folder, en as well as ru, before its script", () => {
  const cyrillic = () => 'Привет, мир';
  const latin = () => 'Hello, world';
  expect(guideLanguage('src/en/client-area/register.md', {}, cyrillic)).toBe('en');
  expect(guideLanguage('src/ru/client-area/register.md', {}, latin)).toBe('ru');
  expect(guideLanguage('en/client-area/register.md', {}, cyrillic)).toBe('en');
  expect(guideLanguage('ru/personal-area/register.md', {}, latin)).toBe('ru');
  // No locale folder: the script; the front matter wins over both.
  expect(guideLanguage('personal-area/register.md', {}, latin)).toBe('en');
  expect(guideLanguage('personal-area/register.md', {}, cyrillic)).toBe('ru');
  expect(guideLanguage('src/en/client-area/register.md', { lang: 'ru-RU' }, latin)).toBe('ru');
});

test('images: /images/… under public/, planned to the very files the screenshot writer writes; one image shown by two guides is left to one of them', () => {
  const root = docs({
    'src/en/a.md': '# A\n\nClick the "Go" button.\n\n![go](/images/shared/1.png)\n\n![own](/images/en/2.png)\n',
    'src/ru/a.md': '# A\n\nНажмите кнопку «Go».\n\n![go](/images/shared/1.png)\n',
    'public/images/shared/1.png': 'png',
  });
  const shared = planGuides(root);
  expect(shared.problems).toEqual([]);
  expect(shared.plans.flatMap((plan) => plan.captures.map((capture) => capture.file))).toEqual([
    path.join(root, 'public/images/shared/1.png'),
    path.join(root, 'public/images/en/2.png'),
    path.join(root, 'public/images/shared/1.png'),
  ]);
  expect(shared.warnings.map((w) => w.message)).toEqual([expect.stringContaining('src/en/a.md and src/ru/a.md both show /images/shared/1.png')]);

  // The Russian guide leaves it to the English one (by a site link, as in the wiki): no capture of its own, no warning.
  writeFileSync(path.join(root, 'src/ru/a.screenshots.yml'), '/images/shared/1.png:\n  capturedBy: /a\n');
  const left = planGuides(root);
  expect(left.problems).toEqual([]);
  expect(left.warnings).toEqual([]);
  const russian = left.plans.find((plan) => plan.guide.lang === 'ru');
  expect(russian?.captures).toEqual([]);
  expect(russian?.borrowed.map((b) => [b.image.src, b.file, b.capturedBy])).toEqual([['/images/shared/1.png', path.join(root, 'public/images/shared/1.png'), path.join(root, 'src/en/a.md')]]);

  // Left to a guide that is not there, to itself, or to one that does not take it: said, never silently dropped.
  writeFileSync(path.join(root, 'src/ru/a.screenshots.yml'), '/images/shared/1.png:\n  capturedBy: /b\n');
  expect(planGuides(root).problems.map((p) => p.message)).toEqual([expect.stringContaining('capturedBy: /b), but that names no guide of the docs')]);
  writeFileSync(path.join(root, 'src/ru/a.screenshots.yml'), '/images/shared/1.png:\n  capturedBy: /ru/a\n');
  expect(planGuides(root).problems.map((p) => p.message)).toEqual([expect.stringContaining('but that names this very guide')]);
  writeFileSync(path.join(root, 'src/ru/a.screenshots.yml'), '/images/shared/1.png:\n  capturedBy: /a\n  scale: 2\n');
  expect(planGuides(root).problems.map((p) => p.message)).toEqual([expect.stringContaining("capturedBy is taken by another guide: how it is captured belongs in that guide's spec")]);
  writeFileSync(path.join(root, 'src/ru/a.screenshots.yml'), '/images/shared/1.png:\n  capturedBy: /a\n');
  writeFileSync(path.join(root, 'src/en/a.screenshots.yml'), '/images/shared/1.png:\n  capturedBy: /ru/a\n');
  expect(planGuides(root).warnings.map((w) => w.message)).toEqual([
    expect.stringContaining('is left to src/ru/a.md (capturedBy), which does not capture it'),
    expect.stringContaining('is left to src/en/a.md (capturedBy), which does not capture it'),
  ]);
});
