import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { visit, EXIT } from 'unist-util-visit';

/**
 * remark-gfm without its autolink literals (bare `https://…`, `www.…` and e-mail addresses):
 * tables, strikethrough, footnotes and task lists, in remark-gfm's own order.
 */
function remarkGfmWithoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]));
  (data.fromMarkdownExtensions ??= []).push([gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]);
}

// Built once: a processor compiles its syntax extensions when it is first used.
const gfm = unified().use(remarkParse).use(remarkGfm);
const gfmWithoutLiterals = unified().use(remarkParse).use(remarkGfmWithoutAutolinkLiterals);

/**
 * What every autolink literal holds in its text, whatever surrounds it. The GFM extension tries a
 * literal at nearly every letter, which is a quarter of all parsing time, and most guides have none.
 */
const LITERAL_MARK = /https?:\/\/|www\.|@/i;

/**
 * Parses Markdown exactly as remark-parse with remark-gfm does. A document is read without
 * autolink literals first; only when one of its texts holds what a literal starts with is it read
 * again with them. Without the extension a literal stays text, so the check sees every candidate.
 */
export function parseMarkdown(markdown: string): Root {
  const tree = gfmWithoutLiterals.parse(markdown);
  return mayHoldAutolinkLiteral(tree) ? gfm.parse(markdown) : tree;
}

function mayHoldAutolinkLiteral(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node) => {
    if (!LITERAL_MARK.test(node.value)) return;
    found = true;
    return EXIT;
  });
  return found;
}
