import type { GuideLanguage } from '../guide/types.js';
import type { StepDefinition } from './define.js';
import { en } from './definitions/en.js';
import { ru } from './definitions/ru.js';
import { StepMatcher } from './match.js';

export type { StepContext, StepDefinition, StepKind, StepArgument, Need, NeedMet, MemoryKey } from './define.js';
export { GuideMemory } from './define.js';
export { ACCOUNT_MADE } from './steps/keys.js';
export { StepMatcher, type MatchOutcome, type StepMatch } from './match.js';

const VOCABULARIES: Record<GuideLanguage, readonly StepDefinition[]> = { ru: ru.definitions, en: en.definitions };
const matchers = new Map<GuideLanguage, StepMatcher>();

/** The matcher for a guide's language, built once per process. */
export function matcherFor(lang: GuideLanguage): StepMatcher {
  let matcher = matchers.get(lang);
  if (!matcher) {
    matcher = new StepMatcher(VOCABULARIES[lang]);
    matchers.set(lang, matcher);
  }
  return matcher;
}
