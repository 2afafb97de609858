import { TIME_WORDS } from '../locale/index.js';

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
