import { inspect } from 'node:util';
import type { GuideLanguage, GuideSentence } from '../guide/types.js';
import { CONCEPTS } from '../locale/types.js';
import { fit, mayFit, type Meaning, type Take } from '../understand/meaning.js';
import { readSentence, type Reading } from '../understand/read.js';
import type { StepArgument, StepDefinition } from './define.js';

export interface StepMatch {
  definition: StepDefinition;
  args: StepArgument[];
  /** Waits the sentence promises: the words and the milliseconds they mean. */
  durations: Array<{ text: string; ms: number }>;
  reading: Reading;
}

export type MatchOutcome =
  | { status: 'matched'; match: StepMatch }
  /** No definition fits, and the sentence asks nothing a step could do: prose by rule, with the rule's reason. */
  | { status: 'prose'; reason: string; reading: Reading }
  | { status: 'unmatched'; stub: string; reading: Reading; nearest?: { definition: StepDefinition; why: string[] } }
  | { status: 'ambiguous'; matches: StepMatch[] };

/** Distinct sentences remembered per language; past this the memory starts afresh. */
const MEMO_LIMIT = 20_000;

export const PROSE_REASONS = {
  heading: 'a heading names a section: the sentences under it are the steps',
  sentence: 'prose: it gives no instruction, quotes no label, links nothing, names no element of the UI and states no number',
} as const;

/** Matches sentences of one language to the definitions by what they mean; every sentence must fit exactly one. */
export class StepMatcher {
  constructor(
    private readonly definitions: readonly StepDefinition[],
    readonly lang: GuideLanguage,
  ) {}

  match(sentence: GuideSentence): MatchOutcome {
    // Guides repeat sentences («Нажмите кнопку «Ok».»): each distinct one is understood once.
    const key = `${sentence.heading ?? 0}|${sentence.listItem ? 1 : 0}|${sentence.text}|${sentence.links.map((link) => `${link.text}\u0000${link.url}`).join('\u0001')}`;
    let outcome = this.memo.get(key);
    if (!outcome) {
      outcome = this.understand(sentence);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(key, outcome);
    }
    return outcome;
  }

  private readonly memo = new Map<string, MatchOutcome>();

  private understand(sentence: GuideSentence): MatchOutcome {
    const reading = readSentence(sentence, this.lang);
    const named = new Set(reading.mentions.map((mention) => mention.concept));
    const matches: StepMatch[] = [];
    for (const definition of this.definitions) {
      if (!mayFit(definition.meaning, reading, named)) continue;
      const found = fit(definition.meaning, reading);
      if (found.fits) matches.push({ definition, args: found.args, durations: found.durations, reading });
    }
    if (matches.length === 1) return { status: 'matched', match: matches[0] };
    if (matches.length > 1) return { status: 'ambiguous', matches };
    const prose = proseReason(reading);
    if (prose) return { status: 'prose', reason: prose, reading };
    // Only a sentence nothing fits pays for the reasons of every near miss.
    let nearest: { definition: StepDefinition; why: string[] } | undefined;
    for (const definition of this.definitions) {
      const found = fit(definition.meaning, reading);
      if (!found.fits && !found.why.some((why) => why.endsWith('heading')) && (!nearest || found.why.length < nearest.why.length)) nearest = { definition, why: found.why };
    }
    return { status: 'unmatched', stub: stubFor(reading), reading, ...(nearest && nearest.why.length <= 2 ? { nearest } : {}) };
  }

  /** The definition a guide's sidecar names, fitted by the sentence's labels, links and waits alone. */
  settle(sentence: GuideSentence, name: string): { match: StepMatch } | { problem: string } {
    const definition = this.definitions.find((candidate) => candidate.name === name);
    if (!definition) return { problem: `names «${name}», which no definition is called; the plan lists each sentence's definition by name` };
    const reading = readSentence(sentence, this.lang);
    const found = fit({ ...definition.meaning, says: [], anythingElse: true }, reading);
    if (!found.fits) return { problem: `settles it as «${name}», but the sentence ${found.why.join('; ')}` };
    return { match: { definition, args: found.args, durations: found.durations, reading } };
  }
}

/**
 * Prose by rule: a heading with nothing to act on, or a sentence with no slot and no concept of
 * an action, an element or a field. What names a label, a link, a number or an instruction never is.
 */
function proseReason(reading: Reading): string | undefined {
  if (reading.slots.length) return undefined;
  if (reading.heading) return PROSE_REASONS.heading;
  const asks = reading.mentions.some((mention) => ['action', 'element', 'field'].includes(CONCEPTS[mention.concept]));
  return asks ? undefined : PROSE_REASONS.sentence;
}

/** A definition to paste, built from what the sentence was read as: its concepts and its slots. */
function stubFor(reading: Reading): string {
  const says = [...new Set(reading.mentions.map((mention) => mention.concept))];
  const takes: Take[] = reading.slots.map((slot) =>
    slot.kind === 'label' ? { slot: 'label', element: slot.elements[0] ?? 'pressable' } : { slot: slot.kind },
  );
  if (reading.leadIn !== undefined) takes.unshift({ slot: 'leadIn' });
  const meaning: Meaning = { says, ...(takes.length ? { takes } : {}), ...(reading.heading ? { heading: true } : {}) };
  const params = takes.map((take, n) => `_${take.slot}${n + 1}: ${take.slot === 'link' ? '{ text: string; url: string }' : take.slot === 'duration' ? 'number' : 'string'}`);
  const name = says.slice(0, 3).join('-').replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`) || 'new-sentence';
  // Node's own printer writes a JavaScript literal, quoting whatever a value holds.
  const literal = inspect(meaning, { depth: null, breakLength: Infinity });
  const lines = [
    `.action('${name}', ${literal}, async (${['_context', ...params].join(', ')}) => {`,
    `  // do what the sentence says, finding elements by role, label or text`,
    `})`,
    `// or, when nothing is to be done: .narrative('${name}', ${literal}, 'why nothing is done')`,
  ];
  if (reading.passedOver.length) {
    lines.push(`// words passed over: ${reading.passedOver.map((word) => `«${word}»`).join(', ')}; a synonym of a known concept belongs in src/locale/<lang>.ts (words.concepts)`);
  }
  return lines.join('\n');
}
