import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { guideCache } from './cache.js';
import { splitFrontMatter } from './front-matter.js';
import { flattenInline, leadingAttributes, type InlineText } from './inline-text.js';
import { quotedLabels } from './labels.js';
import { splitSentences } from './sentences.js';
import { GuideSyntaxError, type Guide, type GuideLanguage, type GuideSentence, type ImageRef } from './types.js';

const markdown = unified().use(remarkParse);
const LOCALE_DIRS: Record<string, GuideLanguage> = { ru: 'ru', en: 'en' };

/** Reads a guide from disk. `root` is the guides root the guide's reported path is relative to. */
export function loadGuide(file: string, root: string): Guide {
  const absolute = path.resolve(file);
  const relative = path.relative(path.resolve(root), absolute).split(path.sep).join('/');
  const bytes = readFileSync(absolute);
  const cache = guideCache();
  const key = cache?.key(bytes, absolute, relative);
  const cached = key ? cache?.get(key) : undefined;
  if (cached) return cached;
  const guide = parseGuide(bytes, absolute, relative);
  if (key) cache?.set(key, guide);
  return guide;
}

/** Builds the guide model from Markdown bytes: front matter, then one entry per sentence of the body. */
export function parseGuide(bytes: Buffer | string, file: string, relativePath = path.basename(file)): Guide {
  const source = decodeGuide(bytes, relativePath);
  const fallbackTitle = path.basename(file, path.extname(file));
  const { frontMatter, body, bodyLineOffset } = splitFrontMatter(source, relativePath, fallbackTitle);
  const tree = markdown.parse(body) as Root;
  const where = location(body);

  const sentences: GuideSentence[] = [];
  const images: ImageRef[] = [];
  let section = '';
  let container: string | undefined;

  const pointAt = (offset: number) => {
    const point = where.toPoint(offset) ?? { line: 1, column: 1 };
    return { file: relativePath, line: point.line + bodyLineOffset, column: point.column };
  };

  visit(tree, (node) => {
    if (node.type === 'heading') {
      section = headingText(node as Heading);
      if (!frontMatter.data.title && (node as Heading).depth === 1) frontMatter.title = section;
      return 'skip';
    }
    if (node.type !== 'paragraph') return undefined;
    const inline = flattenInline((node as Paragraph).children);
    const split = containerParts(inline, container);
    container = split.container;
    for (const part of split.parts) {
      const ranges = splitSentences(part.inline.text);
      const firstOfParagraph = sentences.length;
      for (const range of ranges) {
        const text = part.inline.text.slice(range.start, range.end).trim();
        if (!text) continue;
        const labels = quotedLabels(text);
        for (const code of part.inline.code) {
          if (code.start >= range.start && code.end <= range.end) labels.push(part.inline.text.slice(code.start, code.end));
        }
        sentences.push({
          ...pointAt(part.inline.offsets[range.start]),
          index: sentences.length,
          text,
          section,
          labels,
          links: part.inline.links
            .filter((link) => link.start >= range.start && link.start < range.end)
            .map(({ text: linkText, url }) => ({ text: linkText, url })),
          images: [],
          container: part.container,
        });
      }
      for (const image of part.inline.images) {
        let owner = sentences.length - 1;
        for (let i = firstOfParagraph; i < sentences.length; i++) {
          if (part.inline.offsets[ranges[i - firstOfParagraph]?.start ?? 0] <= image.sourceOffset) owner = i;
        }
        if (image.at === 0 && firstOfParagraph === sentences.length) owner = firstOfParagraph - 1;
        const ref: ImageRef = {
          ...pointAt(image.sourceOffset),
          alt: image.alt,
          src: image.src,
          attributes: image.attributes,
          afterSentence: owner,
        };
        images.push(ref);
        if (owner >= 0) sentences[owner].images.push(ref);
      }
    }
    return 'skip';
  });

  return { file, path: relativePath, lang: guideLanguage(relativePath, frontMatter.data), frontMatter, sentences, images };
}

/** Guide bytes as text: binary and invalid UTF-8 refused, BOM dropped, line endings made \n. */
export function decodeGuide(bytes: Buffer | string, file: string): string {
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    if (bytes.includes(0)) throw new GuideSyntaxError({ file, line: 1, column: 1 }, 'this is a binary file, not a Markdown guide');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new GuideSyntaxError({ file, line: 1, column: 1 }, 'the file is not valid UTF-8 text');
    }
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function headingText(heading: Heading): string {
  const text = toString(heading).trim();
  // A VitePress anchor `{#id}` after the heading is markup, not part of the section's name.
  const brace = text.lastIndexOf('{');
  return brace > 0 && leadingAttributes(text.slice(brace)) ? text.slice(0, brace).trim() : text;
}

interface ContainerPart {
  inline: InlineText;
  container?: string;
}

/**
 * VitePress `::: kind` fences reach the tree as paragraph lines; this removes those lines, says which
 * container each remaining part is in (starting in `outer`), and keeps each character's source offset.
 */
function containerParts(
  inline: InlineText,
  outer: string | undefined,
): { parts: ContainerPart[]; container: string | undefined } {
  const parts: ContainerPart[] = [];
  let current = outer;
  let kept = emptyInline();
  const lines = inline.text.split('\n');
  let cursor = 0;
  const flush = () => {
    if (kept.text.trim()) parts.push({ inline: kept, container: current });
    kept = emptyInline();
  };
  for (const line of lines) {
    const start = cursor;
    cursor += line.length + 1;
    const fence = line.trim();
    if (fence.startsWith(':::')) {
      flush();
      const kind = fence.slice(3).trim().split(/\s+/)[0];
      current = kind || undefined;
      continue;
    }
    const shift = kept.text.length - start + (kept.text ? 1 : 0);
    if (kept.text) {
      kept.text += ' ';
      kept.offsets.push(inline.offsets[start - 1] ?? 0);
    }
    kept.text += line;
    kept.offsets.push(...inline.offsets.slice(start, start + line.length));
    for (const link of inline.links) if (link.start >= start && link.start < start + line.length) kept.links.push({ ...link, start: link.start + shift, end: link.end + shift });
    for (const image of inline.images) if (image.at >= start && image.at <= start + line.length) kept.images.push({ ...image, at: image.at + shift });
    for (const code of inline.code) if (code.start >= start && code.start < start + line.length) kept.code.push({ start: code.start + shift, end: code.end + shift });
  }
  flush();
  if (!parts.length && inline.images.length) parts.push({ inline: { ...emptyInline(), images: inline.images }, container: current });
  return { parts, container: current };
}

function emptyInline(): InlineText {
  return { text: '', offsets: [], links: [], images: [], code: [] };
}

function guideLanguage(relativePath: string, data: Record<string, unknown>): GuideLanguage {
  if (data.lang === 'ru' || data.lang === 'en') return data.lang;
  const first = relativePath.split('/')[0];
  return LOCALE_DIRS[first] ?? 'en';
}
