import { LIST_WORDS } from '../locale/index.js';

const JOINERS = new RegExp(`\\s*,\\s*|\\s+(?:${LIST_WORDS.and.join('|')})\\s+`, 'u');
const ARTICLE = new RegExp(`^(?:${LIST_WORDS.articles.join('|')})\\s+`, 'iu');

/** A list of things named in running text: "условиями использования и политикой конфиденциальности" → two names. */
export function splitList(text: string): string[] {
  return text
    .split(JOINERS)
    .map((item) => item.replace(ARTICLE, '').trim())
    .filter(Boolean);
}
