import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_FOLDERS, ROOT_LOCALE_FOLDERS } from './language.js';
import type { Guide } from './types.js';

/**
 * Where a docs site keeps what its pages name by site path, found as VitePress finds it with no
 * configuration read: pages in one folder per language under a pages folder (`srcDir`), the root
 * locale's pages served without their folder, static files (images) under `public/`.
 */

const staticRoots = new Map<string, string>();

/**
 * The folder `/images/x.png` is read from: the docs root's `public/` when it has one (VitePress's
 * public folder); else, when the root is a pages folder with `public/` beside it and no `images/`
 * of its own (the wiki's `srcDir: 'src'`, `publicDir: '../public'`), that sibling; else the root
 * itself (images kept beside the guides).
 */
export function staticRoot(root: string): string {
  const base = path.resolve(root);
  let found = staticRoots.get(base);
  if (found === undefined) {
    const sibling = path.join(path.dirname(base), 'public');
    found = isDirectory(path.join(base, 'public'))
      ? path.join(base, 'public')
      : path.dirname(base) !== base && isDirectory(sibling) && !existsSync(path.join(base, 'images'))
        ? sibling
        : base;
    staticRoots.set(base, found);
  }
  return found;
}

/** The folder an image reference of a guide is resolved against: `/…` against the static root, a relative one against the guide's folder (resolveImagePath). */
export function imageRoot(root: string, src: string): string {
  return src.startsWith('/') ? staticRoot(root) : path.resolve(root);
}

/** The docs root a guide was read from: its file without its path. */
export function docsRootOf(guide: Pick<Guide, 'file' | 'path'>): string {
  const depth = guide.path.split('/').length - 1;
  return path.resolve(path.dirname(guide.file), ...Array<string>(depth).fill('..'));
}

/**
 * The folder a guide's site paths start from: the one holding its locale folder (`<root>/src` for
 * `src/en/client-area/x.md`, the root for `ru/x.md`), else the docs root.
 */
export function pagesRoot(guide: Pick<Guide, 'file' | 'path'>): string {
  const root = docsRootOf(guide);
  const folders = guide.path.split('/').slice(0, -1);
  const at = folders.findIndex((name) => LOCALE_FOLDERS.includes(name));
  return at < 0 ? root : path.join(root, ...folders.slice(0, at));
}

/**
 * The guide file a link of `guide` names, as the docs site resolves it, or undefined when it names
 * no guide of the docs (a URL, an anchor, a page that is not there). `/x/y.md`, `/x/y` (clean URLs)
 * and `/x/y.html` are site paths, read from the pages folder: the page itself, else its `index.md`,
 * else the root locale's page (`/client-area/register` is `en/client-area/register.md`, VitePress's
 * rewrite `en/:rest*` → `:rest*`). A relative link is read from the guide's folder. Nothing outside
 * the docs root is ever named.
 */
export function resolveGuideLink(guide: Pick<Guide, 'file' | 'path'>, link: string): string | undefined {
  const clean = link.trim().split(/[?#]/)[0];
  if (!clean || /^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//')) return undefined;
  let decoded = clean;
  try {
    decoded = decodeURI(clean);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
  }
  if (decoded.includes('\0')) return undefined;
  const root = docsRootOf(guide);
  const pages = pagesRoot(guide);
  const site = decoded.startsWith('/');
  const rest = site ? decoded.replace(/^\/+/, '') : decoded;
  const files = pageFiles(rest);
  const candidates = site
    ? [...files.map((file) => path.join(pages, file)), ...ROOT_LOCALE_FOLDERS.flatMap((folder) => files.map((file) => path.join(pages, folder, file)))]
    : files.map((file) => path.resolve(path.dirname(guide.file), file));
  return candidates.find((file) => isInside(root, file) && isFile(file));
}

/** The files a page path may be: `x.md` itself, `x.html` → `x.md`, `x` → `x.md` or `x/index.md`, `x/` → `x/index.md`. */
function pageFiles(page: string): string[] {
  if (page === '' || page.endsWith('/')) return [`${page}index.md`];
  if (page.endsWith('.md')) return [page];
  if (page.endsWith('.html')) return [`${page.slice(0, -'.html'.length)}.md`];
  return [`${page}.md`, `${page}/index.md`];
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return !!relative && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
