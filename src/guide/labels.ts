/** Quote pairs a guide uses around UI labels, by their opening quote. */
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
  ['"', '"'],
];
/**
 * Every opening quote is one character: most characters are told apart by one lookup of their
 * code, which, unlike `text[i]`, makes no string for a Cyrillic letter.
 */
const QUOTE_PAIRS = new Map(QUOTES.map((pair) => [pair[0].charCodeAt(0), pair]));

/**
 * The labels a sentence quotes, outermost quotes only, in reading order.
 * «Нажмите «Ok»» yields «Ok» once; nested guillemets are balanced.
 */
export function quotedLabels(text: string): string[] {
  const labels: string[] = [];
  let i = 0;
  while (i < text.length) {
    const pair = quotePairAt(text, i);
    if (!pair) {
      i++;
      continue;
    }
    const end = closingQuote(text, i, pair);
    if (end < 0) {
      i++;
      continue;
    }
    const label = text.slice(i + 1, end).trim();
    if (label) labels.push(label);
    i = end + 1;
  }
  return labels;
}

/**
 * The longest text a quote may span and still be a label. Looking further would find no label a
 * UI shows, and made a long paragraph full of stray opening quotes take quadratic time.
 */
const LONGEST_QUOTE = 500;

/** Index of the quote closing the one at `start`, or -1. Guillemets nest; other quotes do not. */
export function closingQuote(text: string, start: number, [open, close]: readonly [string, string]): number {
  let depth = 0;
  const end = Math.min(text.length, start + LONGEST_QUOTE);
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (open !== close && ch === open) depth++;
    else if (ch === close) {
      if (open === close) {
        if (i > start) return i;
      } else if (--depth === 0) return i;
    }
  }
  return -1;
}

export function quotePairAt(text: string, index: number): readonly [string, string] | undefined {
  return QUOTE_PAIRS.get(text.charCodeAt(index));
}
