/**
 * Typography a reader does not see, whatever the language: a page may break «ис­пользования»
 * with a soft hyphen, glue «5 %» with a narrow no-break space or join words with a zero-width
 * joiner, and a person still reads the same words. Every comparison of a page's text with the
 * guide's (labels, names, documents, letters) goes through these, never through ad-hoc cleaning.
 */

/** Characters drawn as nothing: soft hyphen, zero-width space, non-joiner, joiner, word joiner, byte-order mark. */
export const INVISIBLE_CHARACTERS = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

/** The same characters as a RegExp class source, for patterns built here and in the page. */
export const INVISIBLE_CLASS = `[${[...INVISIBLE_CHARACTERS].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;

const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');

/**
 * `text` as a reader sees it: invisible characters gone, every kind of space (no-break, narrow,
 * thin, figure: JavaScript's `\s` knows them all) one space, trimmed.
 */
export function asReaderSees(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * A RegExp source matching `literal` as a reader reads it on a page: invisible characters may
 * stand between any two of its characters, and a space may be any run of spaces.
 */
export function readerPattern(literal: string): string {
  const between = `${INVISIBLE_CLASS}*`;
  return [...asReaderSees(literal)]
    .map((c) => (/\s/u.test(c) ? `(?:\\s|${INVISIBLE_CLASS})+` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join(between);
}

/** Matches exactly `literal` as a reader reads it (getByText's `exact`, tolerant of typography). */
export function readerExact(literal: string, flags = 'u'): RegExp {
  return new RegExp(`^\\s*${readerPattern(literal)}\\s*$`, flags);
}
