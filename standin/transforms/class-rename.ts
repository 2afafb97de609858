import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isHtml, isThirdParty } from './client.js';

const STANDIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLASS_IN_SELECTOR = /\.(-?[_a-zA-Z][\w-]*)/g;
const PREFIX = 'k7-';

/**
 * Calls `rewrite` on each selector list of a stylesheet (the text before a `{` that does not start
 * an at-rule), leaving declarations, comments and strings as they are.
 */
export function mapSelectors(css: string, rewrite: (selector: string) => string): string {
  let out = '';
  // The text since the last brace, as pieces: comments are kept aside, never rewritten.
  let pieces: Array<{ text: string; comment: boolean }> = [];
  let start = 0;
  const flush = (end: number, comment = false) => {
    if (end > start) pieces.push({ text: css.slice(start, end), comment });
    start = end;
  };
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      flush(i);
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length - 1 : end + 1;
      flush(i + 1, true);
    } else if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
    } else if (c === '{' || c === '}') {
      flush(i);
      const code = pieces.filter((piece) => !piece.comment).map((piece) => piece.text).join('');
      const selector = c === '{' && !code.trim().startsWith('@');
      out += pieces.map((piece) => (selector && !piece.comment ? rewrite(piece.text) : piece.text)).join('') + c;
      pieces = [];
      start = i + 1;
    }
  }
  flush(css.length);
  return out + pieces.map((piece) => piece.text).join('');
}

export function selectorClasses(css: string): Set<string> {
  const classes = new Set<string>();
  mapSelectors(css, (selector) => {
    for (const [, name] of selector.matchAll(CLASS_IN_SELECTOR)) classes.add(name);
    return selector;
  });
  return classes;
}

/**
 * Which classes can be renamed with the page's scripts renamed alike. A hyphenated name cannot be a
 * script's identifier, so wherever it occurs in a script it is a class name in a string or
 * selector: it is renamed there too. A plain word that a script uses (`error`, `toast`) could be
 * anything there, so it is left as it is; every other plain class is renamed.
 */
export function classRenames(stylesheets: string[], scripts: string[]): Map<string, string> {
  const renames = new Map<string, string>();
  for (const css of stylesheets) {
    for (const name of selectorClasses(css)) {
      const word = new RegExp(`(?<![\\w$-])${escapeRegExp(name)}(?![\\w$-])`);
      if (name.includes('-') || !scripts.some((script) => word.test(script))) renames.set(name, PREFIX + name);
    }
  }
  return renames;
}

export interface ClassRewriter {
  css(text: string): string;
  html(text: string): string;
  /** Scripts and the JSON they read. */
  script(text: string): string;
}

export function classRewriter(renames: Map<string, string>): ClassRewriter {
  const hyphenated = [...renames.keys()].filter((name) => name.includes('-')).sort((a, b) => b.length - a.length);
  const inScripts = hyphenated.length ? new RegExp(`(?<![\\w$-])(${hyphenated.map(escapeRegExp).join('|')})(?![\\w$-])`, 'g') : undefined;
  const tokens = (list: string) => list.replace(/[^\s]+/g, (name) => renames.get(name) ?? name);
  return {
    css: (text) => mapSelectors(text, (selector) => selector.replace(CLASS_IN_SELECTOR, (whole, name: string) => (renames.has(name) ? `.${renames.get(name)}` : whole))),
    html: (text) => {
      const attributes = text.replace(/(\sclass=")([^"]*)(")/g, (_whole, open: string, list: string, close: string) => open + tokens(list) + close);
      // Inline scripts (a shell page's bootstrapping JSON) follow the same rule as script files.
      return inScripts ? attributes.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g, (_w, open: string, body: string, close: string) => open + body.replace(inScripts, (name) => renames.get(name) ?? name) + close) : attributes;
    },
    script: (text) => (inScripts ? text.replace(inScripts, (name) => renames.get(name) ?? name) : text),
  };
}

function sourcesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    // The transforms' own scripts, and the captcha provider's widget (a third party's classes), are not the site's.
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !/[\\/](transforms|recaptcha)[\\/]/.test(path.join(entry.parentPath, entry.name)))
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
}

async function textOf(payload: unknown): Promise<string | undefined> {
  if (typeof payload === 'string') return payload;
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  if (payload && typeof (payload as Readable).pipe === 'function') {
    const chunks: Buffer[] = [];
    for await (const chunk of payload as Readable) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  return undefined;
}

function kindOf(reply: FastifyReply): keyof ClassRewriter | undefined {
  const type = String(reply.getHeader('content-type') ?? '');
  if (isHtml(reply)) return 'html';
  if (type.startsWith('text/css')) return 'css';
  if (/^(text|application)\/(javascript|json)/.test(type)) return 'script';
  return undefined;
}

/**
 * Renames the stand-in's CSS classes consistently in its pages, stylesheets, scripts and JSON, as a
 * new build with CSS modules or another class prefix does. The classes and the scripts are read from
 * the stand-in's sources once, so every response uses the same names.
 */
export function renameClasses(app: FastifyInstance): void {
  const rewriter = classRewriter(classRenames(sourcesUnder(STANDIN_DIR, '.css'), sourcesUnder(STANDIN_DIR, '.js')));
  app.addHook('onSend', async (request, reply, payload) => {
    const kind = kindOf(reply);
    if (!kind || reply.statusCode === 304 || isThirdParty(request.url)) return payload;
    const text = await textOf(payload);
    if (text === undefined) return payload;
    reply.removeHeader('content-length');
    return rewriter[kind](text);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
