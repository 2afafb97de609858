import { CONCEPTS, type Concept, type Words } from '../locale/types.js';

/** A word as the lexicon compares it: lower case, ё as е, one kind of apostrophe. */
export function normalWord(word: string): string {
  return word.toLocaleLowerCase().replaceAll('ё', 'е').replaceAll('’', "'");
}

/** What a phrase of the lexicon stands for: a concept, filler, or a mark that opens or ends a list. */
export type PhraseMeaning = { concept: Concept } | { filler: true } | { listOpens: true } | { listEnds: true } | { purpose: true };

interface Phrase {
  words: ReadonlyArray<{ text: string; prefix: boolean }>;
  meaning: PhraseMeaning;
  /** As written in the locale, for messages. */
  source: string;
}

/** A phrase found in a sentence's words: where it starts, how many words it takes, what it means. */
export interface PhraseHit {
  at: number;
  length: number;
  meaning: PhraseMeaning;
}

/**
 * The phrases of one language's lexicon, longest first, so "side menu" is read as a menu before
 * "side" is read as filler. A phrase that names two concepts is a mistake of the data: refused
 * when the lexicon is built, not guessed at when a sentence is read.
 */
export class Lexicon {
  private readonly byFirstLetter = new Map<string, Phrase[]>();

  constructor(words: Words) {
    const phrases: Phrase[] = [];
    const owner = new Map<string, Concept>();
    for (const concept of Object.keys(CONCEPTS) as Concept[]) {
      for (const source of words.concepts[concept]) {
        const key = normalWord(source);
        const earlier = owner.get(key);
        if (earlier && earlier !== concept) throw new Error(`the lexicon gives «${source}» two meanings: ${earlier} and ${concept}`);
        owner.set(key, concept);
        phrases.push(compile(source, { concept }));
      }
    }
    // Concepts come first among phrases of one length: a word that is both is read as the concept.
    // A word that opens or ends a list is filler too ("are", "for"); the list reading must win.
    for (const source of words.listOpens) phrases.push(compile(source, { listOpens: true }));
    for (const source of words.listEnds) phrases.push(compile(source, { listEnds: true }));
    for (const source of words.purpose) phrases.push(compile(source, { purpose: true }));
    for (const source of words.filler) phrases.push(compile(source, { filler: true }));
    const ordered = phrases.map((phrase, order) => ({ phrase, order })).sort((a, b) => b.phrase.words.length - a.phrase.words.length || a.order - b.order);
    for (const { phrase } of ordered) {
      const first = phrase.words[0].text[0] ?? '';
      this.byFirstLetter.set(first, [...(this.byFirstLetter.get(first) ?? []), phrase]);
    }
  }

  /**
   * Every phrase of the given kind that starts at `at` in `words` (already normal), longest first.
   * `accept` tells which meanings are wanted, so a list mark is looked for only where a list may open.
   */
  phrasesAt(words: readonly string[], at: number, accept: (meaning: PhraseMeaning) => boolean): PhraseHit[] {
    const candidates = this.byFirstLetter.get(words[at]?.[0] ?? '') ?? [];
    const hits: PhraseHit[] = [];
    for (const phrase of candidates) {
      if (!accept(phrase.meaning) || at + phrase.words.length > words.length) continue;
      if (phrase.words.every((word, n) => (word.prefix ? words[at + n].startsWith(word.text) : words[at + n] === word.text))) {
        hits.push({ at, length: phrase.words.length, meaning: phrase.meaning });
      }
    }
    return hits;
  }
}

function compile(source: string, meaning: PhraseMeaning): Phrase {
  const words = normalWord(source)
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => (word.endsWith('*') ? { text: word.slice(0, -1), prefix: true } : { text: word, prefix: false }));
  if (!words.length || words.some((word) => !word.text)) throw new Error(`the lexicon holds an empty phrase: «${source}»`);
  return { words, meaning, source };
}
