import path from 'node:path';
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { splitFrontMatter } from './front-matter.js';
import { flattenInline, leadingAttributes, type InlineText } from './inline-text.js';
import { quotedLabels } from './labels.js';
import { guideLanguage } from './language.js';
import { parseMarkdown } from './markdown.js';
import { splitSentences } from './sentences.js';
import { GuideSyntaxError, type Guide, type GuideSentence, type ImageRef } from './types.js';

/** A container fence as VitePress writes it: three or more colons, then the kind when it opens. */
interface OpenContainer {
  colons: number;
  kind: string;
}

/** Builds the guide model from Markdown bytes: front matter, then one entry per sentence of the body. */
export function parseGuide(bytes: Buffer | string, file: string, relativePath = path.basename(file)): Guide {
  const source = decodeGuide(bytes, relativePath);
  const fallbackTitle = path.basename(file, path.extname(file));
  const { frontMatter, body, bodyLineOffset } = splitFrontMatter(source, relativePath, fallbackTitle);
  const tree = parseMarkdown(body);
  const where = location(body);

  const definitions = definitionsOf(tree);

  const sentences: GuideSentence[] = [];
  const images: ImageRef[] = [];
  let section = '';
  // The first top heading is the guide's title; a later one is a section like any other.
  let titled = false;
  const containers: OpenContainer[] = [];

  const pointAt = (offset: number) => {
    const point = where.toPoint(offset) ?? { line: 1, column: 1 };
    return { file: relativePath, line: point.line + bodyLineOffset, column: point.column };
  };

  // The list item a paragraph stands in: its items are alternatives or steps a definition may treat as one group.
  let listItem: GuideSentence['listItem'];
  let lists = 0;

  const addText = (children: PhrasingContent[], tableCell?: GuideSentence['tableCell']) => {
    const inline = flattenInline(children, definitions);
    const parts = tableCell ? [{ inline, container: containers.at(-1)?.kind }] : containerParts(inline, containers);
    for (const part of parts) addSentences(part.inline, part.container, tableCell);
  };

  const addSentences = (inline: InlineText, container: string | undefined, tableCell?: GuideSentence['tableCell'], heading?: number) => {
    // A heading is one sentence whatever its punctuation ("Шаг 1: Выбор тарифа", "How to order a server?").
    const ranges = heading ? [{ start: 0, end: inline.text.length }] : splitSentences(inline.text);
    const firstOfParagraph = sentences.length;
    const starts: number[] = [];
    for (const range of ranges) {
      const text = inline.text.slice(range.start, range.end).trim();
      if (!text) continue;
      starts.push(inline.offsets[range.start]);
      const { line, column } = pointAt(inline.offsets[range.start]);
      const links: GuideSentence['links'] = [];
      for (const link of inline.links) if (link.start >= range.start && link.start < range.end) links.push({ text: link.text, url: link.url });
      // Assigned, not spread: spreading into a literal is the slowest way V8 has to build an object, once per sentence.
      const sentence: GuideSentence = { file: relativePath, line, column, index: sentences.length, text, section, labels: quotedLabels(text), links, images: [] };
      if (container) sentence.container = container;
      if (tableCell) sentence.tableCell = tableCell;
      if (heading) sentence.heading = heading;
      if (listItem) sentence.listItem = listItem;
      sentences.push(sentence);
    }
    for (const image of inline.images) {
      // An image follows the last sentence that starts before it; one opening a paragraph follows the previous paragraph.
      let owner = firstOfParagraph - 1;
      for (let i = 0; i < starts.length; i++) if (starts[i] <= image.sourceOffset) owner = firstOfParagraph + i;
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
  };

  // A plain walk in document order: headings name sections, tables and paragraphs hold sentences.
  const walk = (node: RootContent | Root) => {
    if (node.type === 'heading') {
      section = headingText(node);
      if (!frontMatter.data.title && node.depth === 1 && !titled) frontMatter.title = section;
      if (node.depth === 1) titled = true;
      // Headings are sentences too: "### Войдите в личный кабинет" instructs, and none may be skipped unnoticed.
      const inline = withoutAnchor(flattenInline(node.children, definitions));
      if (inline.text.trim()) addSentences(inline, containers.at(-1)?.kind, undefined, node.depth);
    } else if (node.type === 'list') {
      const list = lists++;
      node.children.forEach((item, index) => {
        const outer = listItem;
        listItem = { list, item: index, items: node.children.length };
        for (const child of item.children) walk(child);
        listItem = outer;
      });
    } else if (node.type === 'table') {
      node.children.forEach((row, r) => row.children.forEach((cell, c) => addText(cell.children, { row: r, column: c })));
    } else if (node.type === 'paragraph') {
      addText(node.children);
    } else if ('children' in node) {
      for (const child of node.children) walk(child as RootContent);
    }
  };
  walk(tree);

  const sample = () => (sentences.length ? sentences.map((sentence) => sentence.text).join(' ') : body).slice(0, 20_000);
  const lang = guideLanguage(relativePath, frontMatter.data, sample);
  return { file, path: relativePath, lang, frontMatter, sentences, images };
}

/**
 * `[id]: url` definitions by identifier. They may stand inside lists and quotes and apply to the
 * whole document; the first of a label wins (CommonMark). They are blocks, so the walk does not
 * enter paragraphs, headings or tables, which hold most of a tree's nodes.
 */
function definitionsOf(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') return SKIP;
    if (node.type !== 'definition') return CONTINUE;
    const id = node.identifier.toLowerCase();
    if (!definitions.has(id)) definitions.set(id, node.url);
    return CONTINUE;
  });
  return definitions;
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

/** A heading's text without its VitePress anchor `{#id}`, offsets kept. */
function withoutAnchor(inline: InlineText): InlineText {
  const brace = inline.text.lastIndexOf('{');
  if (brace <= 0 || !leadingAttributes(inline.text.slice(brace))) return inline;
  const end = inline.text.slice(0, brace).trimEnd().length;
  return { ...inline, text: inline.text.slice(0, end), offsets: inline.offsets.slice(0, end) };
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

const FENCE = /^(:{3,})\s*(\S*)/;

/**
 * VitePress `::: kind` fences reach the tree as paragraph lines; this removes those lines, keeps the
 * stack of open containers (`::::` closes what `:::: kind` opened), says which container each
 * remaining part is in, and keeps each character's source offset.
 */
function containerParts(inline: InlineText, open: OpenContainer[]): ContainerPart[] {
  if (!inline.text.includes(':::')) return [{ inline, container: open.at(-1)?.kind }];
  const parts: ContainerPart[] = [];
  let kept = emptyInline();
  let current = open.at(-1)?.kind;
  const flush = () => {
    if (kept.text.trim()) parts.push({ inline: kept, container: current });
    else if (kept.images.length) parts.push({ inline: { ...emptyInline(), images: kept.images }, container: current });
    kept = emptyInline();
  };
  let cursor = 0;
  for (const line of inline.text.split('\n')) {
    const start = cursor;
    cursor += line.length + 1;
    const fence = FENCE.exec(line.trim());
    if (fence) {
      flush();
      const colons = fence[1].length;
      if (fence[2]) open.push({ colons, kind: fence[2] });
      else {
        const closes = open.findLastIndex((container) => container.colons <= colons);
        if (closes >= 0) open.splice(closes);
      }
      current = open.at(-1)?.kind;
      continue;
    }
    const shift = kept.text.length - start + (kept.text ? 1 : 0);
    if (kept.text) {
      kept.text += ' ';
      kept.offsets.push(inline.offsets[start - 1] ?? 0);
    }
    kept.text += line;
    for (let i = start; i < start + line.length; i++) kept.offsets.push(inline.offsets[i]);
    for (const link of inline.links) if (link.start >= start && link.start < start + line.length) kept.links.push({ ...link, start: link.start + shift, end: link.end + shift });
    for (const image of inline.images) if (image.at >= start && image.at <= start + line.length) kept.images.push({ ...image, at: image.at + shift });
  }
  flush();
  return parts;
}

function emptyInline(): InlineText {
  return { text: '', offsets: [], links: [], images: [] };
}
