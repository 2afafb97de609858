import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LinkRef } from './types.js';

/** An image met while flattening, with the text offset it stands at. */
export interface InlineImage {
  at: number;
  alt: string;
  src: string;
  attributes: Record<string, string | true>;
  sourceOffset: number;
}

export interface InlineLink extends LinkRef {
  start: number;
  end: number;
}

/** A paragraph's phrasing content as plain text, with each character's offset in the Markdown source. */
export interface InlineText {
  text: string;
  offsets: number[];
  links: InlineLink[];
  images: InlineImage[];
}

/** `[id]: url` definitions of the document, by normalised identifier, for reference-style links and images. */
export type Definitions = ReadonlyMap<string, string>;

/**
 * Inline HTML elements whose content is a UI label, written in the text as «…» like a quoted one.
 * `<kbd>Enter</kbd>` names a key the reader presses.
 */
const LABEL_TAGS = new Set(['kbd']);

/**
 * Bold text is a UI label when it reads like one: short, and not itself a sentence. Longer bold
 * text is emphasis and stays plain.
 */
const BOLD_LABEL_MAX = 60;
const NOT_A_LABEL = /[.!?…:;]\s|[.!?…:;]$/u;

const OPEN = '«';
const CLOSE = '»';

/**
 * Flattens mdast phrasing content. Labels marked as inline code, `<kbd>` or short bold text are
 * written as «…» so one `{label}` parameter matches however the guide marks a label; inline HTML
 * (comments, Vue components) is dropped; a VitePress attribute block `{…}` directly after an image
 * becomes that image's attributes.
 */
export function flattenInline(nodes: PhrasingContent[], definitions: Definitions = new Map()): InlineText {
  const flat = new Flattener(definitions);
  flat.walk(nodes);
  return { text: flat.text(), offsets: flat.offsets, links: flat.links, images: flat.images };
}

/**
 * The walk's state. A class rather than closures inside flattenInline: it runs for every
 * paragraph, and closures made per call cost more than the walk itself once a loader names them.
 */
class Flattener {
  readonly offsets: number[] = [];
  readonly links: InlineLink[] = [];
  readonly images: InlineImage[] = [];
  private readonly chunks: string[] = [];
  private length = 0;
  private lastImage: InlineImage | undefined;
  private lastOffset = 0;

  constructor(private readonly definitions: Definitions) {}

  text(): string {
    if (this.chunks.length > 1) this.chunks.splice(0, this.chunks.length, this.chunks.join(''));
    return this.chunks[0] ?? '';
  }

  walk(children: PhrasingContent[]): void {
    for (const node of children) {
      const start = node.position?.start.offset ?? this.lastOffset;
      const end = node.position?.end.offset ?? start;
      switch (node.type) {
        case 'text': {
          let value = node.value;
          let from = start;
          if (this.lastImage && this.lastImage.at === this.length) {
            const attrs = leadingAttributes(value);
            if (attrs) {
              Object.assign(this.lastImage.attributes, attrs.attributes);
              value = value.slice(attrs.length);
              from += attrs.length;
            }
          }
          this.append(value, from, end);
          break;
        }
        case 'inlineCode':
          if (quoted(node.value)) this.append(node.value, start + 1, end - 1);
          else {
            this.append(OPEN, start, start + 1);
            this.append(node.value, start + 1, end - 1);
            this.append(CLOSE, end - 1, end);
          }
          break;
        case 'strong': {
          const inner = toString(node);
          const label = inner.trim() && inner.length <= BOLD_LABEL_MAX && !NOT_A_LABEL.test(inner.trim()) && !quoted(inner);
          if (label) this.append(OPEN, start, start + 1);
          this.walk(node.children);
          if (label) this.append(CLOSE, end - 1, end);
          break;
        }
        case 'break':
          this.append(' ', start, end);
          break;
        case 'image':
        case 'imageReference': {
          const src = node.type === 'image' ? node.url : this.definitions.get(node.identifier.toLowerCase());
          if (src === undefined) break;
          this.lastImage = { at: this.length, alt: node.alt ?? '', src, attributes: {}, sourceOffset: start };
          this.images.push(this.lastImage);
          break;
        }
        case 'link':
        case 'linkReference': {
          const linkStart = this.length;
          this.walk(node.children);
          const url = node.type === 'link' ? node.url : this.definitions.get(node.identifier.toLowerCase());
          if (url !== undefined) this.links.push({ text: this.text().slice(linkStart, this.length).trim(), url, start: linkStart, end: this.length });
          break;
        }
        case 'html': {
          const tag = /^<(\/?)([a-z][\w-]*)[^>]*>$/i.exec(node.value.trim());
          if (tag && LABEL_TAGS.has(tag[2].toLowerCase())) this.append(tag[1] ? CLOSE : OPEN, start, end);
          else if (tag && tag[2].toLowerCase() === 'br') this.append(' ', start, end);
          break;
        }
        case 'footnoteReference':
          break;
        default: {
          // Emphasis, strikethrough and other wrappers: their text counts; MDX-like leaves with a value too.
          const other = node as { children?: PhrasingContent[]; value?: unknown };
          if (other.children) this.walk(other.children);
          else if (typeof other.value === 'string') this.append(other.value, start, end);
        }
      }
    }
  }

  private append(value: string, sourceStart: number, sourceEnd: number): void {
    if (!value) return;
    this.chunks.push(value.includes('\t') ? value.replaceAll('\t', ' ') : value);
    const last = Math.max(sourceStart, sourceEnd - 1);
    for (let i = 0; i < value.length; i++) this.offsets.push(Math.min(sourceStart + i, last));
    this.length += value.length;
    this.lastOffset = this.offsets[this.offsets.length - 1];
  }
}

function quoted(value: string): boolean {
  return /^[«"“„]/u.test(value.trim());
}

/** Parses a VitePress attribute block such as `{data-zoomable .wide width=300}` at the start of `value`. */
export function leadingAttributes(value: string): { attributes: Record<string, string | true>; length: number } | undefined {
  if (!value.startsWith('{')) return undefined;
  const close = value.indexOf('}');
  if (close < 0) return undefined;
  const attributes: Record<string, string | true> = {};
  for (const token of value.slice(1, close).trim().split(/\s+/).filter(Boolean)) {
    if (token.startsWith('.')) attributes.class = [attributes.class, token.slice(1)].filter((c) => typeof c === 'string').join(' ');
    else if (token.startsWith('#')) attributes.id = token.slice(1);
    else {
      const eq = token.indexOf('=');
      if (eq < 0) attributes[token] = true;
      else attributes[token.slice(0, eq)] = token.slice(eq + 1).replace(/^["']|["']$/g, '');
    }
  }
  return { attributes, length: close + 1 };
}
