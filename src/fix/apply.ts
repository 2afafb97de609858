import type { InlineCode, Paragraph, Root, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import type { GuideEdit } from './proposal.js';

/** Why an edit could not be placed: the guide changed since the run, or the label is not quoted there. */
export class EditNotApplicable extends Error {
  constructor(
    readonly edit: GuideEdit,
    reason: string,
  ) {
    super(`${edit.guide}:${edit.line}:${edit.column}: cannot replace «${edit.label}»: ${reason}`);
    this.name = 'EditNotApplicable';
  }
}

const markdown = unified().use(remarkParse);

/**
 * Applies edits to one guide's Markdown and returns the new text. Each label is found in the text
 * nodes of the paragraph that holds the sentence, from the sentence's start on, so only the
 * quoted words change: links, emphasis and the rest of the file keep their bytes.
 */
export function applyEdits(source: string, edits: readonly GuideEdit[]): string {
  const tree = markdown.parse(source) as Root;
  const where = location(source);
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  for (const edit of edits) {
    const sentenceStart = where.toOffset({ line: edit.line, column: edit.column });
    if (sentenceStart === undefined) throw new EditNotApplicable(edit, 'the guide has no such line any more');
    const paragraph = paragraphAt(tree, sentenceStart);
    if (!paragraph) throw new EditNotApplicable(edit, 'no paragraph starts there any more');
    const start = labelOffset(paragraph, source, sentenceStart, edit.label);
    if (start === undefined) throw new EditNotApplicable(edit, 'the sentence no longer quotes it');
    if (replacements.some((r) => r.start === start)) continue;
    replacements.push({ start, end: start + edit.label.length, text: edit.replacement });
  }
  let result = source;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

function paragraphAt(tree: Root, offset: number): Paragraph | undefined {
  let found: Paragraph | undefined;
  visit(tree, 'paragraph', (node: Paragraph) => {
    const start = node.position?.start.offset ?? -1;
    const end = node.position?.end.offset ?? -1;
    if (start <= offset && offset < end) found = node;
  });
  return found;
}

/** The offset of the first quoted occurrence of `label` at or after `from` in the paragraph's text nodes. */
function labelOffset(paragraph: Paragraph, source: string, from: number, label: string): number | undefined {
  let best: number | undefined;
  visit(paragraph, (node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode') return;
    const { position } = node as Text | InlineCode;
    const start = position?.start.offset;
    const end = position?.end.offset;
    if (start === undefined || end === undefined || end <= from || best !== undefined) return;
    // Text nodes map to the source byte for byte unless they hold escapes or entities.
    const raw = source.slice(start, end);
    for (let i = raw.indexOf(label); i >= 0; i = raw.indexOf(label, i + 1)) {
      const offset = start + i;
      if (offset >= from && isQuoted(source, offset, label.length)) {
        best = offset;
        return;
      }
    }
  });
  return best;
}

const OPENING = new Set(['«', '“', '„', '"', '*', '`']);
const CLOSING = new Set(['»', '”', '“', '"', '*', '`']);

function isQuoted(source: string, offset: number, length: number): boolean {
  return OPENING.has(source[offset - 1] ?? '') && CLOSING.has(source[offset + length] ?? '');
}
