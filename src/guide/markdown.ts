import type { Nodes, Root } from 'mdast';
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

/**
 * A GFM construct and what its source always holds, whatever surrounds it. micromark tries a table
 * at the start of every line, and a footnote or a task at every bracket: a third of all parsing
 * time, while most guides use none of them. A construct is given to the parser only when its mark
 * is in the document. Marks are raw characters the tokenizer itself needs (a character reference
 * such as `&#124;` never makes a table), so a document without one cannot hold the construct.
 */
interface GfmConstruct {
  mark: RegExp;
  syntax: () => ReturnType<typeof gfmTable>;
  mdast: () => ReturnType<typeof gfmTableFromMarkdown>;
}

/** In remark-gfm's own order, which decides what wins where two constructs start at one character. */
const CONSTRUCTS: readonly GfmConstruct[] = [
  { mark: /\[\^/, syntax: gfmFootnote, mdast: gfmFootnoteFromMarkdown },
  { mark: /~/, syntax: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown },
  // A delimiter row holds a pipe or an aligning colon beside a dash: `a\n:-` is a table of one cell.
  { mark: /\||:-|-:/, syntax: gfmTable, mdast: gfmTableFromMarkdown },
  { mark: /\[[\t\n\r xX]\]/, syntax: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
];

/**
 * What every autolink literal (a bare `https://…`, `www.…` or e-mail address) holds in its text.
 * This one is checked in the parsed tree, not the source: most guides link to a URL in `(…)`,
 * which is no literal.
 */
const LITERAL_MARK = /https?:\/\/|www\.|@/i;

const gfm = unified().use(remarkParse).use(remarkGfm);
/** Processors by the set of constructs they read (a bit per construct), built when first needed. */
const processors = new Map<number, ReturnType<typeof processorWith>>();

/**
 * Parses Markdown exactly as remark-parse with remark-gfm does. A document is read with the GFM
 * constructs its source may hold and without autolink literals; only when one of its texts holds
 * what a literal starts with is it read again with all of GFM. Without the extension a literal
 * stays text, so the check sees every candidate.
 */
export function parseMarkdown(markdown: string): Root {
  const tree = processorFor(markdown).parse(markdown);
  return LITERAL_MARK.test(markdown) && holdsLiteralMark(tree) ? gfm.parse(markdown) : tree;
}

function processorFor(markdown: string) {
  let set = 0;
  CONSTRUCTS.forEach((construct, bit) => {
    if (construct.mark.test(markdown)) set |= 1 << bit;
  });
  let processor = processors.get(set);
  if (!processor) {
    // A processor compiles its syntax extensions when it is first used: one is built per set.
    processor = processorWith(CONSTRUCTS.filter((_, bit) => set & (1 << bit)));
    processors.set(set, processor);
  }
  return processor;
}

function processorWith(used: readonly GfmConstruct[]) {
  return unified()
    .use(remarkParse)
    .use(function someOfGfm(this: Processor) {
      if (!used.length) return;
      const data = this.data();
      (data.micromarkExtensions ??= []).push(combineExtensions(used.map((construct) => construct.syntax())));
      (data.fromMarkdownExtensions ??= []).push(used.map((construct) => construct.mdast()));
    });
}

/**
 * Whether a text of the tree holds a literal's mark. A plain walk: unist-util-visit names a
 * function for every node it passes (for stack traces), which cost this walk and the definitions'
 * together 5 % of parsing time.
 */
function holdsLiteralMark(node: Nodes): boolean {
  if (node.type === 'text') return LITERAL_MARK.test(node.value);
  return 'children' in node && node.children.some(holdsLiteralMark);
}
