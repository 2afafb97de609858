import { Parser } from 'htmlparser2';
import { asReaderSees } from '../locale/typography.js';

/** What a page says it is: the words a reader checks a document by before reading it. */
export interface PageNames {
  /** Its `<title>`, the name a browser tab shows. */
  title: string;
  /** Its headings (h1–h3, or role=heading), in page order. */
  headings: string[];
  /** The start of what it shows, for a page with neither title nor heading (a bare "Not found"). */
  text: string;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
/** Elements whose text no reader sees. */
const UNSEEN_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** Enough of a page's bare text to hold what it says it is. */
const TEXT_LIMIT = 400;

interface OpenElement {
  unseen: boolean;
  /** Inside an SVG, where a <title> is an icon's tooltip, not the page's name. */
  inSvg: boolean;
  /** The words it gives the page, when it is the title or a heading. */
  names?: { text: string; heading: boolean };
}

/** Read as a person reads it: a title may carry soft hyphens or no-break spaces. */
const tidy = asReaderSees;

/** Reads a page's title and headings with a real HTML parser: the markup of a document page is nobody's here. */
export function pageNames(html: string): PageNames {
  const open: OpenElement[] = [];
  let title: string | undefined;
  const headings: string[] = [];
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = open.at(-1);
        const unseen = Boolean(parent?.unseen) || UNSEEN_TAGS.has(name) || 'hidden' in attributes || attributes['aria-hidden'] === 'true';
        const inSvg = Boolean(parent?.inSvg) || name === 'svg';
        const isTitle = name === 'title' && !inSvg && title === undefined;
        const isHeading = HEADING_TAGS.has(name) || attributes.role === 'heading';
        open.push({ unseen, inSvg, names: !unseen && (isTitle || isHeading) ? { text: '', heading: !isTitle } : undefined });
      },
      ontext(chunk) {
        if (open.at(-1)?.unseen) return;
        for (const element of open) if (element.names) element.names.text += chunk;
        if (text.length < TEXT_LIMIT && !open.some((element) => element.names && !element.names.heading)) text += ` ${chunk}`;
      },
      onclosetag() {
        const names = open.pop()?.names;
        if (!names) return;
        if (names.heading) headings.push(tidy(names.text));
        else title = tidy(names.text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { title: title ?? '', headings: headings.filter(Boolean), text: tidy(text).slice(0, TEXT_LIMIT) };
}
