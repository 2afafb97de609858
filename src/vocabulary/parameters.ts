import { ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions';
import { LIST_WORDS, TIME_WORDS } from '../locale/index.js';

/** Parameter type names, as written in definitions: `{label}`, `{link}`, `{duration}`. */
export const PARAMETER_NAMES = { label: 'label', link: 'link', duration: 'duration' } as const;

/** A UI label as a guide quotes it: «Регистрация», "Register" or “Register”. The value is the text inside. */
const LABEL = new ParameterType<string>(
  PARAMETER_NAMES.label,
  [/«[^«»]*(?:«[^«»]*»[^«»]*)*»/, /"[^"]*"/, /“[^”]*”/],
  String,
  (quoted: string) => quoted.slice(1, -1).trim(),
  true,
  true,
);

/**
 * The text of a Markdown link in the sentence. The matcher later checks that a link with exactly
 * this text exists, so `{link}` never matches plain words.
 */
const LINK = new ParameterType<string>(PARAMETER_NAMES.link, /[^«»"“”,.;:!?]+?/, String, (text: string) => text.trim(), false, false);


/** A waiting time as a guide words it, in any known language; the value is milliseconds. */
const DURATION = new ParameterType<number>(
  PARAMETER_NAMES.duration,
  TIME_WORDS.map((time) => time.phrases),
  Number,
  (text: string) => durationMs(text),
  false,
  false,
);

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

export function createParameterRegistry(): ParameterTypeRegistry {
  const registry = new ParameterTypeRegistry();
  for (const type of [LABEL, LINK, DURATION]) registry.defineParameterType(type as ParameterType<unknown>);
  return registry;
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
