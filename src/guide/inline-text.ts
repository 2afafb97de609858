import type { PhrasingContent } from 'mdast';
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
  /** Ranges of inline code, which guides use for literal UI labels and values. */
  code: Array<{ start: number; end: number }>;
}

/**
 * Flattens mdast phrasing content. Inline HTML (comments, Vue components) is dropped; a VitePress
 * attribute block `{…}` directly after an image becomes that image's attributes.
 */
export function flattenInline(nodes: PhrasingContent[]): InlineText {
  const out: InlineText = { text: '', offsets: [], links: [], images: [], code: [] };
  let lastImage: InlineImage | undefined;

  const append = (value: string, sourceStart: number, sourceEnd: number) => {
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] === '\t' ? ' ' : value[i];
      out.text += ch;
      out.offsets.push(Math.min(sourceStart + i, Math.max(sourceStart, sourceEnd - 1)));
    }
  };

  const walk = (children: PhrasingContent[]) => {
    for (const node of children) {
      const start = node.position?.start.offset ?? out.offsets.at(-1) ?? 0;
      const end = node.position?.end.offset ?? start;
      switch (node.type) {
        case 'text': {
          let value = node.value;
          let from = start;
          if (lastImage && lastImage.at === out.text.length) {
            const attrs = leadingAttributes(value);
            if (attrs) {
              Object.assign(lastImage.attributes, attrs.attributes);
              value = value.slice(attrs.length);
              from += attrs.length;
            }
          }
          append(value, from, end);
          break;
        }
        case 'inlineCode': {
          const codeStart = out.text.length;
          append(node.value, start + 1, end - 1);
          out.code.push({ start: codeStart, end: out.text.length });
          break;
        }
        case 'break':
          append(' ', start, end);
          break;
        case 'image':
          lastImage = {
            at: out.text.length,
            alt: node.alt ?? '',
            src: node.url,
            attributes: {},
            sourceOffset: start,
          };
          out.images.push(lastImage);
          break;
        case 'link': {
          const linkStart = out.text.length;
          walk(node.children);
          out.links.push({
            text: out.text.slice(linkStart, out.text.length).trim(),
            url: node.url,
            start: linkStart,
            end: out.text.length,
          });
          break;
        }
        case 'html':
          break;
        default:
          if ('children' in node) walk(node.children as PhrasingContent[]);
          else if ('value' in node && typeof node.value === 'string') append(node.value, start, end);
      }
    }
  };
  walk(nodes);
  return out;
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
