import { LIST_WORDS, TIME_WORDS } from '../locale/index.js';

/** "пары минут" and "a few minutes" promise about two minutes; the guide's promise becomes a timeout. */
export function durationMs(text: string): number {
  const lower = text.toLowerCase();
  const digits = Number.parseInt(lower, 10);
  const word = lower.split(' ')[0];
  const named = TIME_WORDS.map((time) => time.numbers[word]).find((n) => n !== undefined);
  // "0 минут" is a zero wait (the plan warns about it), not the default two minutes.
  const count = Number.isNaN(digits) ? named ?? (TIME_WORDS.some((time) => time.one.test(lower)) ? 1 : 2) : digits;
  const unit = TIME_WORDS.some((time) => time.seconds.test(lower)) ? 1000 : TIME_WORDS.some((time) => time.hours.test(lower)) ? 3_600_000 : 60_000;
  return count * unit;
}

const JOINERS = new RegExp(`\\s*,\\s*|\\s+(?:${LIST_WORDS.and.join('|')})\\s+`, 'u');
const ARTICLE = new RegExp(`^(?:${LIST_WORDS.articles.join('|')})\\s+`, 'iu');

/** A list of things named in running text: "условиями использования и политикой конфиденциальности" → two names. */
export function splitList(text: string): string[] {
  return text
    .split(JOINERS)
    .map((item) => item.replace(ARTICLE, '').trim())
    .filter(Boolean);
}
