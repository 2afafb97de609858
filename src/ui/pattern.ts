/** `text` as a literal inside a regular expression: names from guides and personas contain dots and brackets. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
