import type { Guide, GuideLanguage } from '../guide/types.js';
import { localeOf } from '../locale/index.js';
import type { PlanProblem, PlannedStep } from './plan.js';

/** A Russian UI keeps a few short Latin labels («Ok», «VPS»); a longer one usually means a pasted English label. */
const LATIN_LABEL_SHORTEST = 4;
const LATIN_ONLY = /^[\p{Script=Latin}\d\s.,:;!?'’"()-]+$/u;
const HAS_LETTER = /\p{L}/u;

/** Longest wait a guide may promise before it is likely a typo ("2 часа" for "2 минуты"). */
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * What a narrative's reason claims about the sentences around it, and how to check the claim.
 * A reason naming none of these phrases claims nothing checkable.
 */
const REASON_CLAIMS: ReadonlyArray<{ phrase: RegExp; holds: (steps: readonly PlannedStep[], index: number) => boolean; expected: string }> = [
  { phrase: /\bthe next sentence checks\b/i, holds: (steps, i) => steps[i + 1]?.kind === 'check', expected: 'the next sentence to be a check' },
  { phrase: /\bthe next sentence (?:does|carries)\b/i, holds: (steps, i) => steps[i + 1]?.kind === 'action', expected: 'the next sentence to be an action' },
  { phrase: /\bthe steps (?:that follow|below)\b/i, holds: (steps, i) => steps.slice(i + 1).some((step) => step.kind !== 'narrative'), expected: 'an action or a check after it' },
];

/** One lower-case word of Latin letters, digits and underscores: a value shown or typed verbatim (a username, a command), not a label. */
const VERBATIM_VALUE = /^[@/]?[a-z][a-z0-9_]*$/u;

/** Which labels look out of place in a guide of this language. */
const FOREIGN_LABEL: Partial<Record<GuideLanguage, (label: string) => boolean>> = {
  ru: (label) =>
    HAS_LETTER.test(label) &&
    LATIN_ONLY.test(label) &&
    label.replace(/[^\p{L}]/gu, '').length >= LATIN_LABEL_SHORTEST &&
    label !== label.toUpperCase() &&
    !VERBATIM_VALUE.test(label) &&
    !localeOf('ru').latinNames.includes(label),
};

/** Edits that still plan but probably do not say what the writer meant. Never fatal. */
export function suspiciousEdits(guide: Guide, steps: readonly PlannedStep[]): PlanProblem[] {
  const notices: PlanProblem[] = [];
  const foreign = FOREIGN_LABEL[guide.lang];
  steps.forEach((step, index) => {
    const where = step.sentence;
    for (const label of foreign ? step.sentence.labels.filter(foreign) : []) {
      notices.push({ where, message: `the label «${label}» is written in Latin letters in a ${guide.lang} guide; is it the label the ${guide.lang} UI shows?` });
    }
    if (step.waits && (step.waits.ms <= 0 || step.waits.ms > LONGEST_WAIT_MS)) {
      notices.push({ where, message: `«${step.waits.text}» means waiting ${formatWait(step.waits.ms)}; is that what the guide promises?` });
    }
    if (step.kind === 'narrative' && step.definition.reason) {
      for (const claim of REASON_CLAIMS) {
        if (claim.phrase.test(step.definition.reason) && !claim.holds(steps, index)) {
          const next = steps[index + 1];
          notices.push({
            where,
            message: `«${step.sentence.text}» is narrative because "${step.definition.reason}", which expects ${claim.expected}, but ${next ? `the next is ${next.kind} «${next.sentence.text}»` : 'nothing follows'}; were the sentences reordered?`,
          });
        }
      }
    }
  });
  return notices;
}

/** 120000 → "120 s"; 7200000 → "2 h". */
export function formatWait(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}
