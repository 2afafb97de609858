import { readerPattern } from '../locale/typography.js';

/** `text` as a literal inside a regular expression: names from guides and personas contain dots and brackets. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A control's name as a person reads it: the words of `label`, whatever icons or glyphs («○», «⌄»)
 * the page puts around them and whatever invisible typography (a soft hyphen, a no-break space)
 * it puts inside. Case and inner spelling stay exact: «Ok» is not «OK» — except for a name taken
 * from a heading (`anyCase`), which English writes in Title Case whatever the UI says.
 */
export function named(label: string, { anyCase = false } = {}): RegExp {
  return new RegExp(`^[^\\p{L}\\p{N}]*${readerPattern(label)}[^\\p{L}\\p{N}]*$`, anyCase ? 'iu' : 'u');
}
