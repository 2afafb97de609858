import path from 'node:path';
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { location } from 'vfile-location';
import { splitFrontMatter } from './front-matter.js';
import { flattenInline, leadingAttributes, type Definitions, type InlineText } from './inline-text.js';
import { quotedLabels } from './labels.js';
import { guideLanguage } from './language.js';
import { parseMarkdown } from './markdown.js';
import { splitSentences } from './sentences.js';
import { GuideSyntaxError, type Guide, type GuideSentence, type ImageRef, type SourcePoint } from './types.js';

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
  const reader = new SentenceReader(relativePath, location(body), bodyLineOffset, definitionsOf(tree));
  reader.walk(tree);
  const { sentences, images } = reader;
  // The first top heading is the guide's title unless the front matter names one.
  if (!frontMatter.data.title && reader.title !== undefined) frontMatter.title = reader.title;
  const sample = () => (sentences.length ? sentences.map((sentence) => sentence.text).join(' ') : body).slice(0, 20_000);
  const lang = guideLanguage(relativePath, frontMatter.data, sample);
  return { file, path: relativePath, lang, frontMatter, sentences, images };
}

/**
 * A plain walk of the tree in document order: headings name sections, tables and paragraphs hold
 * sentences. A class rather than closures inside parseGuide, for the same reason as the inline
 * flattener: it runs for every guide of a thousand.
 */
class SentenceReader {
  readonly sentences: GuideSentence[] = [];
  readonly images: ImageRef[] = [];
  /** The text of the first top heading: the guide's title. */
  title: string | undefined;
  private section = '';
  private readonly containers: OpenContainer[] = [];
  // The list item a paragraph stands in: its items are alternatives or steps a definition may treat as one group.
  private listItem: GuideSentence['listItem'];
  private lists = 0;

  constructor(
    private readonly file: string,
    private readonly where: ReturnType<typeof location>,
    private readonly lineOffset: number,
    private readonly definitions: Definitions,
  ) {}

  walk(node: RootContent | Root): void {
    if (node.type === 'heading') {
      this.section = headingText(node);
      if (node.depth === 1 && this.title === undefined) this.title = this.section;
      // Headings are sentences too: "### Войдите в личный кабинет" instructs, and none may be skipped unnoticed.
      const inline = withoutAnchor(flattenInline(node.children, this.definitions));
      if (inline.text.trim()) this.addSentences(inline, this.containers.at(-1)?.kind, undefined, node.depth);
    } else if (node.type === 'list') {
      const list = this.lists++;
      const outer = this.listItem;
      node.children.forEach((item, index) => {
        this.listItem = { list, item: index, items: node.children.length };
        for (const child of item.children) this.walk(child);
      });
      this.listItem = outer;
    } else if (node.type === 'table') {
      node.children.forEach((row, r) => row.children.forEach((cell, c) => this.addText(cell.children, { row: r, column: c })));
    } else if (node.type === 'paragraph') {
      this.addText(node.children);
    } else if ('children' in node) {
      for (const child of node.children) this.walk(child as RootContent);
    }
  }

  private pointAt(offset: number): SourcePoint {
    const point = this.where.toPoint(offset) ?? { line: 1, column: 1 };
    return { file: this.file, line: point.line + this.lineOffset, column: point.column };
  }

  private addText(children: PhrasingContent[], tableCell?: GuideSentence['tableCell']): void {
    const inline = flattenInline(children, this.definitions);
    const parts = tableCell ? [{ inline, container: this.containers.at(-1)?.kind }] : containerParts(inline, this.containers);
    for (const part of parts) this.addSentences(part.inline, part.container, tableCell);
  }

  private addSentences(inline: InlineText, container: string | undefined, tableCell?: GuideSentence['tableCell'], heading?: number): void {
    const { sentences } = this;
    // A heading is one sentence whatever its punctuation ("Шаг 1: Выбор тарифа", "How to order a server?").
    const ranges = heading ? [{ start: 0, end: inline.text.length }] : splitSentences(inline.text);
    const firstOfParagraph = sentences.length;
    const starts: number[] = [];
    for (const range of ranges) {
      const text = inline.text.slice(range.start, range.end).trim();
      if (!text) continue;
      starts.push(inline.offsets[range.start]);
      const { line, column } = this.pointAt(inline.offsets[range.start]);
      const links: GuideSentence['links'] = [];
      for (const link of inline.links) if (link.start >= range.start && link.start < range.end) links.push({ text: link.text, url: link.url });
      // Assigned, not spread: spreading into a literal is the slowest way V8 has to build an object, once per sentence.
      const sentence: GuideSentence = { file: this.file, line, column, index: sentences.length, text, section: this.section, labels: quotedLabels(text), links, images: [] };
      if (container) sentence.container = container;
      if (tableCell) sentence.tableCell = tableCell;
      if (heading) sentence.heading = heading;
      if (this.listItem) sentence.listItem = this.listItem;
      sentences.push(sentence);
    }
    for (const image of inline.images) {
      // An image follows the last sentence that starts before it; one opening a paragraph follows the previous paragraph.
      let owner = firstOfParagraph - 1;
      for (let i = 0; i < starts.length; i++) if (starts[i] <= image.sourceOffset) owner = firstOfParagraph + i;
      const { line, column } = this.pointAt(image.sourceOffset);
      const ref: ImageRef = { file: this.file, line, column, alt: image.alt, src: image.src, attributes: image.attributes, afterSentence: owner };
      this.images.push(ref);
      if (owner >= 0) sentences[owner].images.push(ref);
    }
  }
}

/**
 * `[id]: url` definitions by identifier. They may stand inside lists and quotes and apply to the
 * whole document; the first of a label wins (CommonMark). They are blocks, so the walk does not
 * enter paragraphs, headings or tables, which hold most of a tree's nodes.
 */
function definitionsOf(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  // A plain walk: unist-util-visit names a function for every node it passes, for stack traces.
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'definition') {
        const id = node.identifier.toLowerCase();
        if (!definitions.has(id)) definitions.set(id, node.url);
      } else if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table' && 'children' in node) walk(node.children);
    }
  };
  walk(tree.children);
  return definitions;
}

/** One decoder for every guide: a whole-buffer decode keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Guide bytes as text: binary and invalid UTF-8 refused, BOM dropped, line endings made \n. */
export function decodeGuide(bytes: Buffer | string, file: string): string {
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    if (bytes.includes(0)) throw new GuideSyntaxError({ file, line: 1, column: 1 }, 'this is a binary file, not a Markdown guide');
    try {
      text = UTF8.decode(bytes);
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
