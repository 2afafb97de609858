import type { GuideLanguage } from '../guide/types.js';
import { definitions } from './definitions.js';
import { StepMatcher } from './match.js';

export type { StepContext, StepDefinition, StepKind, StepArgument, Need, NeedMet, MemoryKey } from './define.js';
export { GuideMemory, Vocabulary } from './define.js';
export { ACCOUNT_MADE } from './steps/keys.js';
export { StepMatcher, PROSE_REASONS, type MatchOutcome, type StepMatch } from './match.js';

const matchers = new Map<GuideLanguage, StepMatcher>();

/** The matcher for a guide's language, built once per process: one vocabulary, read through the language's locale. */
export function matcherFor(lang: GuideLanguage): StepMatcher {
  let matcher = matchers.get(lang);
  if (!matcher) {
    matcher = new StepMatcher(definitions.definitions, lang);
    matchers.set(lang, matcher);
  }
  return matcher;
}

/** Loads the modules the steps run with (planning never does), so that a run's first step is timed without the loading. */
export function stepsReady(): Promise<void> {
  return definitions.ready();
}
