import { asReaderSees } from '../locale/typography.js';

/**
 * Letters an OCR confuses, and Cyrillic letters drawn like Latin ones: «Ок» typed in Cyrillic
 * and "Ok" read from a picture are one word to a reader. Applied to both sides of a comparison.
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i',
  '0': 'o', '1': 'l', i: 'l', '|': 'l',
};

/**
 * A text reduced to what a picture can be trusted to show: letters and digits only (quotes, « »,
 * punctuation, spaces, soft hyphens and case gone), look-alike letters made one, and "rn" read
 * as the "m" it so often is on a screen.
 */
export function skeleton(text: string): string {
  let out = '';
  for (const ch of asReaderSees(text).normalize('NFC').toLowerCase().replace(/rn/g, 'm')) {
    const folded = LOOK_ALIKE[ch] ?? ch;
    if (/[\p{L}\p{N}]/u.test(folded)) out += folded;
  }
  return out;
}

export function isCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text);
}

/**
 * How many letters a word may differ by and still be the same name misspelt or renamed a little:
 * none for short words ("Ok" and "On" are different buttons), one for most, more for long ones.
 */
export function closeEnough(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

/** Levenshtein distance, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}
