import type { Block, Inline } from './pages/types.js';

/**
 * The subset of Markdown a support message uses (what the ticket editor's toolbar writes):
 * paragraphs, `-`/`*` and `1.` lists, `>` quotes, `#` headings, fenced code; inline **bold**,
 * *italic*, ~~strike~~, `code` and [links](https://…). The result is data, never HTML: every skin
 * render it as text nodes, so nothing a client types can become markup. Links keep only
 * http(s) and mailto addresses; any other is shown as its text.
 */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/gu, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    if (/^\s*```/u.test(line)) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/u.test(lines[i])) code.push(lines[i++]);
      i++;
      blocks.push({ kind: 'pre', lines: [[{ text: code.join('\n') }]] });
      continue;
    }
    const heading = /^\s*#{1,6}\s+(.*)$/u.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', lines: [parseInline(heading[1])] });
      i++;
      continue;
    }
    const kinds: Array<[Block['kind'], RegExp]> = [
      ['ul', /^\s*[-*+]\s+(.*)$/u],
      ['ol', /^\s*\d+[.)]\s+(.*)$/u],
      ['quote', /^\s*>\s?(.*)$/u],
    ];
    const started = kinds.find(([, re]) => re.test(line));
    if (started) {
      const [kind, re] = started;
      const items: Inline[][] = [];
      while (i < lines.length && re.test(lines[i])) items.push(parseInline(re.exec(lines[i++])![1]));
      blocks.push({ kind, lines: items });
      continue;
    }
    const paragraph: Inline[][] = [];
    while (i < lines.length && lines[i].trim() && !/^\s*(```|#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/u.test(lines[i])) paragraph.push(parseInline(lines[i++]));
    blocks.push({ kind: 'p', lines: paragraph });
  }
  return blocks;
}

type Style = Omit<Inline, 'text'>;

const SAFE_HREF = /^(?:https?:\/\/|mailto:)[^\s<>"']+$/iu;

/** Inline spans, left to right: the earliest opening wins; an unclosed marker is plain text. */
const INLINE = /(`)([^`]+)`|(\*\*|__)(.+?)\3|(~~)(.+?)~~|(\*|_)(.+?)\7|\[([^\]]+)\]\(([^)\s]+)\)/u;

export function parseInline(text: string, style: Style = {}): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push({ text: rest, ...style });
      break;
    }
    if (match.index > 0) out.push({ text: rest.slice(0, match.index), ...style });
    if (match[1]) out.push({ text: match[2], ...style, code: true });
    else if (match[3]) out.push(...parseInline(match[4], { ...style, strong: true }));
    else if (match[5]) out.push(...parseInline(match[6], { ...style, strike: true }));
    else if (match[7]) out.push(...parseInline(match[8], { ...style, em: true }));
    else if (SAFE_HREF.test(match[10])) out.push(...parseInline(match[9], { ...style, href: match[10] }));
    else out.push(...parseInline(match[9], style));
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}
