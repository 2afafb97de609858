import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Image, Paragraph, PhrasingContent, TableCell, Text } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { splitFrontMatter } from '../guide/front-matter.js';
import { leadingAttributes } from '../guide/inline-text.js';
import { parseMarkdown } from '../guide/markdown.js';
import { decodeGuide } from '../guide/parse.js';
import type { SentenceRecord, SentenceStatus } from '../execute/record.js';
import { UNVERIFIED_CAUSE_TEXT } from '../execute/verdict.js';
import type { ImageResult } from '../screenshots/session.js';
import { DEFAULT_PROJECT, type GuideOutcome } from './outcome.js';

interface SentenceNode {
  type: 'sentence';
  children: PhrasingContent[];
  data: { hName: 'span'; hProperties: Record<string, string | string[]> };
}

const STATUSES: readonly SentenceStatus[] = ['verified', 'failed', 'could not verify', 'narrative', 'not applicable', 'not run'];

/** A status as a CSS class name. */
const statusClass = (status: string) => status.replace(/ /g, '-');

/**
 * Renders a guide as its readers see it, with every sentence marked verified, failed (drift),
 * could not verify, narrative or not run, and each image shown as committed, fresh and diff side
 * by side. A project other than the default one (another skin) gets its own page. Returns the
 * page's path relative to the reports folder.
 */
export function writeAnnotatedGuide(outcome: GuideOutcome, reportsDir: string): string | undefined {
  const { record } = outcome;
  if (!existsSync(record.file)) return undefined;
  const source = decodeGuide(readFileSync(record.file), record.guide);
  const { body, bodyLineOffset } = splitFrontMatter(source, record.guide, record.title);
  const where = location(body);
  const variant = outcome.project === DEFAULT_PROJECT ? '' : `.${outcome.project}`;
  const relative = path.join('guides', record.guide.replace(/\.md$/, `${variant}.html`));
  const pageDir = path.dirname(path.join(reportsDir, relative));
  const assetsDir = path.join(pageDir, path.basename(record.guide, '.md') + variant);
  mkdirSync(assetsDir, { recursive: true });

  const starts = record.sentences
    .map((sentence) => ({ sentence, offset: where.toOffset({ line: sentence.line - bodyLineOffset, column: sentence.column }) ?? -1 }))
    .filter((entry) => entry.offset >= 0)
    .sort((a, b) => a.offset - b.offset);

  // Read as the guide was planned (tables included), so every sentence stands where it was found:
  // in a paragraph, a heading or a table's cell.
  const tree = parseMarkdown(body);
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    const holder = node as Paragraph | Heading | TableCell;
    holder.children = markSentences(holder.children, starts) as PhrasingContent[];
  });
  visit(tree, 'image', (image: Image) => {
    const result = record.images.find((candidate) => candidate.src === image.url);
    if (result) Object.assign(image, imageTriptych(result, outcome, assetsDir, pageDir));
  });

  const toHtml = unified().use(remarkRehype).use(rehypeStringify);
  const html = toHtml.stringify(toHtml.runSync(tree));
  const counts = countBy(record.sentences.map((s) => s.status));
  writeFileSync(path.join(reportsDir, relative), page(record.title, `${record.guide}${variant ? ` (${outcome.project})` : ''}`, html, counts));
  return relative.split(path.sep).join('/');
}

/** Splits a paragraph's inline nodes at sentence starts and wraps each sentence in a marked span. */
function markSentences(children: PhrasingContent[], starts: Array<{ sentence: SentenceRecord; offset: number }>): Array<PhrasingContent | SentenceNode> {
  const out: Array<PhrasingContent | SentenceNode> = [];
  let current: SentenceNode | undefined;
  const open = (sentence: SentenceRecord) => {
    current = {
      type: 'sentence',
      children: [],
      data: {
        hName: 'span',
        hProperties: {
          className: ['sentence', statusClass(sentence.status)],
          title: [`${sentence.kind}: ${sentence.status}`, ...sentence.notes, ...explanation(sentence)].join('\n'),
          dataLine: String(sentence.line),
        },
      },
    };
    out.push(current);
  };
  const push = (node: PhrasingContent) => (current ? current.children.push(node) : out.push(node));
  let afterImage = false;
  for (const original of children) {
    let node = original;
    // VitePress `{data-zoomable}` after an image is markup for the docs site, not text.
    if (afterImage && node.type === 'text') {
      const attributes = leadingAttributes(node.value);
      if (attributes) node = { ...node, value: node.value.slice(attributes.length), position: undefined };
    }
    afterImage = node.type === 'image';
    const from = node.position?.start.offset ?? -1;
    const to = node.position?.end.offset ?? -1;
    if (node.type === 'text' && from >= 0) {
      let cursor = 0;
      for (const start of starts.filter((s) => s.offset >= from && s.offset < to)) {
        const cut = start.offset - from;
        if (cut > cursor) push({ type: 'text', value: node.value.slice(cursor, cut) } as Text);
        open(start.sentence);
        cursor = cut;
      }
      push({ type: 'text', value: node.value.slice(cursor) } as Text);
    } else {
      const start = starts.find((s) => s.offset === from);
      if (start) open(start.sentence);
      if (node.type === 'image') {
        current = undefined;
        out.push(node);
      } else push(node);
    }
  }
  return out;
}

/** Why a sentence failed or could not be verified, for the hover text. */
function explanation(sentence: SentenceRecord): string[] {
  if (sentence.drift) {
    const { expected, actual, proposal } = sentence.drift;
    const edit = proposal ? [`Proposed edit: «${proposal.label}» → «${proposal.replacement}» (npm run fix applies it).`] : [];
    return [`${expected} The page has instead: ${actual}`, ...edit];
  }
  if (sentence.unverified) {
    const cause = UNVERIFIED_CAUSE_TEXT[sentence.unverified.cause];
    return [`Not checked, ${cause.short}: ${sentence.unverified.detail}. This says nothing about the guide. ${cause.fix}`];
  }
  return [];
}

function imageTriptych(result: ImageResult, outcome: GuideOutcome, assetsDir: string, pageDir: string) {
  const name = path.basename(result.src, '.png');
  const saved: Array<{ label: string; file: string }> = [];
  const committed = path.resolve(result.file);
  if (existsSync(committed)) {
    const target = path.join(assetsDir, `${name}-committed.png`);
    copyFileSync(committed, target);
    saved.push({ label: 'committed', file: target });
  }
  for (const [label, attachmentName] of [['fresh', result.attachments.actual], ['diff', result.attachments.diff]] as const) {
    const attachment = outcome.attachments.find((a) => a.name === attachmentName);
    const bytes = attachment?.body ?? (attachment?.path && existsSync(attachment.path) ? readFileSync(attachment.path) : undefined);
    if (!bytes) continue;
    const target = path.join(assetsDir, `${name}-${label}.png`);
    writeFileSync(target, bytes);
    saved.push({ label, file: target });
  }
  const share = result.diffRatio !== undefined ? `, ${(result.diffRatio * 100).toFixed(2)}% differ${result.sizeChange ? ' where both images overlap' : ''}` : '';
  const status = `${result.status}${result.sizeChange ? `, size ${result.sizeChange}` : ''}${share}${result.message ? ` — ${result.message}` : ''}`;
  return {
    type: 'figure',
    children: [],
    data: {
      hName: 'figure',
      hProperties: { className: ['shots', statusClass(result.status)] },
      hChildren: [
        { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: `${result.src}: ${status}` }] },
        ...saved.map((image) => ({
          type: 'element',
          tagName: 'span',
          properties: { className: ['shot'] },
          children: [
            { type: 'element', tagName: 'img', properties: { src: path.relative(pageDir, image.file).split(path.sep).join('/'), alt: `${name} ${image.label}` }, children: [] },
            { type: 'text', value: image.label },
          ],
        })),
      ],
    },
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((acc, value) => ({ ...acc, [value]: (acc[value] ?? 0) + 1 }), {});
}

function page(title: string, guide: string, body: string, counts: Record<string, number>): string {
  const legend = STATUSES.map((s) => `<span class="sentence ${statusClass(s)}">${s === 'failed' ? 'failed (drift)' : s}: ${counts[s] ?? 0}</span>`).join(' ');
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escape(title)} — verified guide</title>
<style>
body{font:16px/1.6 system-ui,sans-serif;max-width:980px;margin:24px auto;padding:0 16px;color:#1f2937}
.legend{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #e5e7eb;font-size:14px}
.sentence{border-radius:3px;padding:1px 2px}
.verified{background:#dcfce7}.failed{background:#fee2e2;outline:2px solid #dc2626}.could-not-verify{background:#ffedd5;outline:2px dashed #ea580c}.narrative{background:#f3f4f6;color:#4b5563}.not-applicable{background:#e0e7ff;color:#3730a3}.not-run{background:#fef9c3}
.shots{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0;padding:8px;border:1px solid #e5e7eb}
.shots.drift,.shots.missing,.shots.failed{border-color:#dc2626}
.shots figcaption{width:100%;font-size:13px;color:#374151}
.shot{display:flex;flex-direction:column;align-items:center;font-size:12px;max-width:31%}
.shot img{max-width:100%;border:1px solid #d1d5db}
</style></head><body>
<div class="legend"><b>${escape(guide)}</b> ${legend} — hover a sentence for what was checked</div>
${body}
</body></html>
`;
}
