import { ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions';

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


/** A waiting time as a guide words it; the value is milliseconds. */
const DURATION = new ParameterType<number>(
  PARAMETER_NAMES.duration,
  [
    /пары минут|нескольких минут|минуты|(?:\d+|двух|трёх|трех|пяти|десяти) (?:минут|минуты|секунд|секунды|часов|часа|час)/,
    /a few minutes|a couple of minutes|a minute|(?:\d+|two|three|five|ten) (?:minutes?|seconds?|hours?)/,
  ],
  Number,
  (text: string) => durationMs(text),
  false,
  false,
);

const WORD_NUMBERS: Record<string, number> = {
  двух: 2, трёх: 3, трех: 3, пяти: 5, десяти: 10, two: 2, three: 3, five: 5, ten: 10,
};

/** "пары минут" and "a few minutes" promise about two minutes; the guide's promise becomes a timeout. */
export function durationMs(text: string): number {
  const lower = text.toLowerCase();
  const digits = Number.parseInt(lower, 10);
  // "0 минут" is a zero wait (the plan warns about it), not the default two minutes.
  const count = Number.isNaN(digits) ? WORD_NUMBERS[lower.split(' ')[0]] || (/^(минуты|a minute)$/.test(lower) ? 1 : 2) : digits;
  const unit = /секунд|second/.test(lower) ? 1000 : /час|hour/.test(lower) ? 3_600_000 : 60_000;
  return count * unit;
}

export function createParameterRegistry(): ParameterTypeRegistry {
  const registry = new ParameterTypeRegistry();
  for (const type of [LABEL, LINK, DURATION]) registry.defineParameterType(type as ParameterType<unknown>);
  return registry;
}

/** A list of things named in running text: "условиями использования и политикой конфиденциальности" → two names. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+(?:и|and)\s+/u)
    .map((item) => item.replace(/^(?:a|an|the)\s+/i, '').trim())
    .filter(Boolean);
}
