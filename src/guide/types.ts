/** Where something stands in a guide's Markdown source, 1-based as editors show it. */
export interface SourcePoint {
  file: string;
  line: number;
  column: number;
}

export interface LinkRef {
  text: string;
  url: string;
}

export interface ImageRef extends SourcePoint {
  alt: string;
  src: string;
  /** VitePress `{…}` attributes written after the image, e.g. `{data-zoomable}` → `{ 'data-zoomable': true }`. */
  attributes: Record<string, string | true>;
  /** Index of the sentence the image follows; -1 when it comes before any sentence. */
  afterSentence: number;
}

export interface GuideSentence extends SourcePoint {
  index: number;
  text: string;
  /** The nearest heading above the sentence. */
  section: string;
  /** UI labels the sentence quotes: «…», "…", “…”, `…`. */
  labels: string[];
  links: LinkRef[];
  /** Images that follow the sentence before the next one starts. */
  images: ImageRef[];
  /** Set when the sentence stands inside a VitePress `::: kind` container. */
  container?: string;
  /** Set when the sentence is a heading: its depth, 1 to 6. The heading is the section it opens. */
  heading?: number;
  /** Set when the sentence stands in a list item: which list of the guide, which item, of how many. */
  listItem?: { list: number; item: number; items: number };
  /** Set when the sentence is (part of) a GFM table cell: row 0 is the header row. */
  tableCell?: { row: number; column: number };
}

export interface MetaTag {
  [attribute: string]: string;
}

export interface FrontMatter {
  title: string;
  description?: string;
  /** VitePress `head` entries of the form `[meta, { name|property, content }]`. */
  meta: MetaTag[];
  /** Everything else the front matter holds, untouched. */
  data: Record<string, unknown>;
}

export type GuideLanguage = 'ru' | 'en';

export interface Guide {
  /** Absolute path of the Markdown file. */
  file: string;
  /** Path relative to the guides root, with forward slashes: what reports show. */
  path: string;
  lang: GuideLanguage;
  frontMatter: FrontMatter;
  sentences: GuideSentence[];
  images: ImageRef[];
}

/** A guide that cannot be read, with the place to fix it. */
export class GuideSyntaxError extends Error {
  constructor(
    readonly where: SourcePoint,
    readonly problem: string,
  ) {
    super(`${where.file}:${where.line}:${where.column}: ${problem}`);
    this.name = 'GuideSyntaxError';
  }
}
