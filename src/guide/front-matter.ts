import matter from 'gray-matter';
import { GuideSyntaxError, type FrontMatter, type MetaTag } from './types.js';

export interface SplitSource {
  frontMatter: FrontMatter;
  body: string;
  /** How many source lines precede the body, so body positions map back to the file. */
  bodyLineOffset: number;
}

interface YamlError {
  name?: string;
  reason?: string;
  mark?: { line: number; column: number };
}

/** Separates YAML front matter from the Markdown body with gray-matter. */
export function splitFrontMatter(source: string, file: string, fallbackTitle: string): SplitSource {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object keeps gray-matter from serving a cached result for identical input.
    parsed = matter(source, {});
  } catch (error) {
    const yaml = error as YamlError;
    const line = yaml.mark ? yaml.mark.line + 2 : 1;
    const column = yaml.mark ? yaml.mark.column + 1 : 1;
    throw new GuideSyntaxError(
      { file, line, column },
      `the front matter is not valid YAML: ${yaml.reason ?? String(error)}`,
    );
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new GuideSyntaxError({ file, line: 2, column: 1 }, 'the front matter must be a YAML mapping');
  }
  const prefix = source.slice(0, source.length - parsed.content.length);
  return {
    frontMatter: {
      title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : fallbackTitle,
      description: typeof data.description === 'string' ? data.description : undefined,
      meta: metaTags(data.head),
      data,
    },
    body: parsed.content,
    bodyLineOffset: prefix.split('\n').length - 1,
  };
}

function metaTags(head: unknown): MetaTag[] {
  if (!Array.isArray(head)) return [];
  const tags: MetaTag[] = [];
  for (const entry of head) {
    if (!Array.isArray(entry) || entry[0] !== 'meta' || typeof entry[1] !== 'object' || !entry[1]) continue;
    const tag: MetaTag = {};
    for (const [key, value] of Object.entries(entry[1] as Record<string, unknown>)) tag[key] = String(value);
    tags.push(tag);
  }
  return tags;
}
