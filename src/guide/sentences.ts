import { ABBREVIATIONS } from '../locale/index.js';
import { closingQuote, quotePairAt } from './labels.js';

export interface SentenceRange {
  start: number;
  end: number;
}

/** By character code: `text[i]` would make a string for every Cyrillic letter it looks at. */
const TERMINATORS = new Set(['.', '!', '?', '…'].map((ch) => ch.charCodeAt(0)));
const CLOSERS = new Set(['»', '"', '”', '“', ')', ']', "'", '’']);

/**
 * Splits running text into sentences. A sentence ends at . ! ? or … that is followed by white space and
 * a capital letter, a digit or an opening quote, or by the end of the text; never inside a quoted
 * label, a URL or an e-mail address, nor after a known abbreviation such as "т.е." or "e.g.".
 */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const pair = quotePairAt(text, i);
    if (pair && opensQuote(text, i)) {
      const close = closingQuote(text, i, pair);
      if (close > i) {
        i = close + 1;
        continue;
      }
    }
    if (!TERMINATORS.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text.charCodeAt(end)) || CLOSERS.has(text[end]))) end++;
    const next = skipSpace(text, end);
    const atEnd = next >= text.length;
    const spaced = next > end;
    if (atEnd || (spaced && startsSentence(text[next]) && !(text[i] === '.' && endsWithAbbreviation(text, start, i)))) {
      ranges.push({ start, end });
      start = next;
      i = next;
    } else {
      i = end;
    }
  }
  if (start < text.length && text.slice(start).trim()) ranges.push({ start, end: trimEnd(text, text.length) });
  return ranges;
}

function opensQuote(text: string, i: number): boolean {
  // A straight quote opens only at a word start, so inch marks and apostrophes stay plain text.
  if (text[i] !== '"') return true;
  return i === 0 || /[\s([{—–-]/.test(text[i - 1]);
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}«"“„([]/u.test(ch);
}

function endsWithAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && /[\p{L}.]/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital, as in initials ("A. Pushkin"), is an abbreviation too.
  return word.length === 1 && /\p{Lu}/u.test(text[wordStart]);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
