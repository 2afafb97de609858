import type { GuideLanguage, GuideSentence, LinkRef } from '../guide/types.js';
import { closingQuote } from '../guide/labels.js';
import { localeOf } from '../locale/index.js';
import { CONCEPTS, type Concept, type ElementConcept } from '../locale/types.js';
import { durationMs } from './duration.js';
import { Lexicon, normalWord, type PhraseMeaning } from './phrases.js';

/** What a sentence holds that a step receives as it is written: a quoted label, a link, a wait, a number. */
export type Slot =
  | { kind: 'label'; value: string; /** The kinds of element the sentence names beside the label ("the «Add» button"). */ elements: ElementConcept[] }
  | { kind: 'link'; link: LinkRef }
  | { kind: 'duration'; text: string; ms: number }
  | { kind: 'rate' | 'amount' | 'number'; text: string };

export type SlotKind = Slot['kind'];

/** One piece of the sentence as read: a word, a mark of punctuation, or a slot. */
export interface Item {
  kind: 'word' | 'punct' | 'slot';
  /** Offsets in the sentence's text. */
  start: number;
  end: number;
  raw: string;
  slot?: Slot;
  /** For words: the concept of the phrase the word belongs to, if any. */
  concept?: Concept;
  /** For words: the first word of its phrase, where the phrase's own text starts. */
  phraseStart?: boolean;
  filler?: boolean;
  /** A word of the purpose clause the sentence opens with ("To create a new ticket, …"). */
  purpose?: boolean;
  /** An element word that names a label's kind, used up by the label's slot. */
  bound?: boolean;
  /** Opens or ends a list ("such as", "for", a dash). */
  listOpens?: boolean;
  listEnds?: boolean;
}

/** A concept the sentence names, with the words that named it and where. */
export interface Mention {
  concept: Concept;
  words: string;
  item: number;
}

/** A sentence as the engine understands it: its slots, the concepts its words name, and what it passed over. */
export interface Reading {
  text: string;
  heading: boolean;
  items: Item[];
  slots: Slot[];
  /** Concepts named outside the purpose clause, with labels' element words left out. */
  mentions: Mention[];
  /** A list item's bold lead-in ("**If you already have an account**: …"), read as words. */
  leadIn?: string;
  /** The purpose clause passed over, as written. */
  purpose?: string;
  /** Words no concept or filler of the locale knows, passed over. */
  passedOver: string[];
}

const lexicons = new Map<GuideLanguage, Lexicon>();

function lexiconOf(lang: GuideLanguage): Lexicon {
  let lexicon = lexicons.get(lang);
  if (!lexicon) {
    lexicon = new Lexicon(localeOf(lang).words);
    lexicons.set(lang, lexicon);
  }
  return lexicon;
}

/** Longer than this, a quoted span is emphasis, not a label a UI shows. */
const LABEL_MAX_WORDS = 5;

const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

const NUMBER = /(?<![\p{L}\p{N}.,-])(?:[€$₽₴]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:\s?(%|[€$₽₴]))?)(?![\p{L}\p{N}]|[.,]\d)/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const PUNCT = /,|:|;|\s[-–—]\s|[–—]/gu;

/** Reads a sentence of a guide in its language: slots, concepts, lead-in, purpose, and the words passed over. */
export function readSentence(sentence: Pick<GuideSentence, 'text' | 'links' | 'heading' | 'listItem'>, lang: GuideLanguage): Reading {
  const words = localeOf(lang).words;
  let text = sentence.text;
  if (sentence.heading) text = text.replace(words.stepPrefix, '');
  const items: Item[] = [];
  let leadIn: string | undefined;
  const opening = sentence.listItem ? QUOTE_PAIRS.find(([open]) => text.startsWith(open)) : undefined;
  const openingEnd = opening ? closingQuote(text, 0, opening) : -1;
  if (openingEnd > 0) {
    // A list item's bold opening introduces the item: its words are read, it is no control to find.
    leadIn = unquote(text.slice(1, openingEnd));
    text = ` ${text.slice(1, openingEnd)} ${text.slice(openingEnd + 1)}`;
  }
  const spans = slotSpans(text, sentence.links, lang);
  let cursor = 0;
  for (const span of spans) {
    plainItems(text, cursor, span.start, items);
    items.push({ kind: 'slot', start: span.start, end: span.end, raw: text.slice(span.start, span.end), slot: span.slot });
    // A link's words are the sentence's words too: "create one" says what the link does.
    if (span.slot.kind === 'link') plainItems(text, span.wordsStart ?? span.start, span.wordsEnd ?? span.end, items);
    cursor = span.end;
  }
  plainItems(text, cursor, text.length, items);
  items.sort((a, b) => a.start - b.start || (a.kind === 'slot' ? -1 : 1));

  const lexicon = lexiconOf(lang);
  markPurpose(items, lexicon);
  markPhrases(items, lexicon);
  bindLabels(items);
  const mentions: Mention[] = [];
  const passedOver: string[] = [];
  items.forEach((item, n) => {
    if (item.kind !== 'word' || item.purpose) return;
    if (item.concept && item.phraseStart && !item.bound) mentions.push({ concept: item.concept, words: phraseText(items, n), item: n });
    if (!item.concept && !item.filler && !item.listOpens && !item.listEnds) passedOver.push(item.raw);
  });
  const purposeItems = items.filter((item) => item.purpose);
  return {
    text,
    heading: Boolean(sentence.heading),
    items,
    slots: items.filter((item) => item.kind === 'slot').map((item) => item.slot as Slot),
    mentions,
    ...(leadIn !== undefined ? { leadIn } : {}),
    ...(purposeItems.length ? { purpose: text.slice(purposeItems[0].start, purposeItems[purposeItems.length - 1].end) } : {}),
    passedOver,
  };
}

interface Span {
  start: number;
  end: number;
  slot: Slot;
  wordsStart?: number;
  wordsEnd?: number;
}

/** Labels, links, waits and numbers, in reading order, none inside another. */
function slotSpans(text: string, links: readonly LinkRef[], lang: GuideLanguage): Span[] {
  const spans: Span[] = [];
  const taken = (start: number, end: number) => spans.some((span) => start < span.end && end > span.start);
  let from = 0;
  for (const link of links) {
    if (!link.text) continue;
    const at = text.indexOf(link.text, from);
    if (at < 0) continue;
    spans.push({ start: at, end: at + link.text.length, slot: { kind: 'link', link }, wordsStart: at, wordsEnd: at + link.text.length });
    from = at + link.text.length;
  }
  for (let i = 0; i < text.length; i++) {
    const pair = QUOTE_PAIRS.find(([open]) => open === text[i]);
    if (!pair || taken(i, i + 1)) continue;
    const end = closingQuote(text, i, pair);
    if (end < 0) continue;
    const value = unquote(text.slice(i + 1, end));
    const wholeSentence = i === 0 && /^[\s.!?…]*$/u.test(text.slice(end + 1));
    // A rate or an amount inside quotes is a claim set in bold («5% от каждого их заказа»), not a label; "RZ9-2" is one.
    const emphasis = !value || wholeSentence || /\d\s?(?:%|[€$₽₴])|[€$₽₴]\s?\d/u.test(value) || value.split(/\s+/u).length > LABEL_MAX_WORDS;
    if (emphasis) {
      // Emphasis is read as words: its numbers and concepts count, its quotes do not.
      i = end;
      continue;
    }
    spans.push({ start: i, end: end + 1, slot: { kind: 'label', value, elements: [] } });
    i = end;
  }
  const time = localeOf(lang).time.phrases;
  for (const found of text.matchAll(new RegExp(time.source, `${time.flags.replace('g', '')}giu`))) {
    const start = found.index ?? 0;
    if (taken(start, start + found[0].length)) continue;
    spans.push({ start, end: start + found[0].length, slot: { kind: 'duration', text: found[0], ms: durationMs(found[0]) } });
  }
  for (const found of text.matchAll(NUMBER)) {
    const start = found.index ?? 0;
    if (taken(start, start + found[0].length)) continue;
    const kind = found[1] === '%' ? 'rate' : /[€$₽₴]/u.test(found[0]) ? 'amount' : 'number';
    spans.push({ start, end: start + found[0].length, slot: { kind, text: found[0] } });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A label's text without the quotes bold text may carry inside its own (**"Income"**). */
function unquote(inner: string): string {
  let value = inner.trim();
  for (;;) {
    const pair = QUOTE_PAIRS.find(([open, close]) => value.startsWith(open) && value.endsWith(close) && value.length > 1);
    if (!pair) return value;
    value = value.slice(1, -1).trim();
  }
}

function plainItems(text: string, start: number, end: number, items: Item[]): void {
  const part = text.slice(start, end);
  for (const found of part.matchAll(WORD)) {
    const at = start + (found.index ?? 0);
    items.push({ kind: 'word', start: at, end: at + found[0].length, raw: found[0] });
  }
  for (const found of part.matchAll(PUNCT)) {
    const at = start + (found.index ?? 0);
    items.push({ kind: 'punct', start: at, end: at + found[0].length, raw: found[0].trim() });
  }
}

/**
 * "To create a new ticket, click «Add»", «Нажмите «Создать», чтобы отправить запрос»: a purpose
 * clause says why, the rest what to do. Either one opening the sentence up to its comma, or one
 * after a comma up to the end. A clause holding a label or a link is part of what the sentence
 * asks: never passed over.
 */
function markPurpose(items: Item[], lexicon: Lexicon): void {
  const opensAt = (n: number) => {
    const run = runOfWords(items, n);
    return run.length > 0 && lexicon.phrasesAt(run.map((k) => normalWord(items[k].raw)), 0, (meaning) => 'purpose' in meaning).length > 0;
  };
  const isComma = (item: Item) => item.kind === 'punct' && item.raw === ',';
  const mark = (from: number, to: number) => {
    if (items.slice(from, to).some((item) => item.kind === 'slot')) return;
    for (const item of items.slice(from, to)) item.purpose = true;
  };
  if (opensAt(0)) {
    const comma = items.findIndex(isComma);
    if (comma > 0) mark(0, comma + 1);
  }
  const trailing = items.findIndex((item, n) => n > 0 && isComma(item) && !item.purpose && opensAt(n + 1));
  if (trailing > 0) mark(trailing, items.length);
}

/** Indexes of the words from `from` on, up to the next slot or mark. */
function runOfWords(items: readonly Item[], from: number): number[] {
  const run: number[] = [];
  for (let n = from; n < items.length && items[n].kind === 'word'; n++) run.push(n);
  return run;
}

function markPhrases(items: Item[], lexicon: Lexicon): void {
  let n = 0;
  while (n < items.length) {
    if (items[n].kind !== 'word' || items[n].purpose) {
      markPunct(items[n]);
      n++;
      continue;
    }
    const run = runOfWords(items, n).filter((index) => !items[index].purpose);
    const words = run.map((index) => normalWord(items[index].raw));
    let at = 0;
    while (at < run.length) {
      const [hit] = lexicon.phrasesAt(words, at, () => true);
      if (!hit) {
        at++;
        continue;
      }
      markPhrase(items, run.slice(at, at + hit.length), hit.meaning);
      at += hit.length;
    }
    n = run[run.length - 1] + 1;
  }
}

function markPunct(item: Item): void {
  if (item.kind === 'punct' && item.raw !== ',' && item.raw !== ';') item.listOpens = true;
}

function markPhrase(items: Item[], indexes: readonly number[], meaning: PhraseMeaning): void {
  indexes.forEach((index, k) => {
    const item = items[index];
    if ('concept' in meaning) {
      item.concept = meaning.concept;
      item.phraseStart = k === 0;
    } else if ('filler' in meaning || 'purpose' in meaning) item.filler = true;
    else if ('listOpens' in meaning) item.listOpens = true;
    else if ('listEnds' in meaning) {
      item.listEnds = true;
      item.filler = true;
    }
  });
}

const isElement = (concept: Concept | undefined): concept is ElementConcept => concept !== undefined && CONCEPTS[concept] === 'element';

/**
 * A label takes the kind of element named right after it ("the «Add» button") or right before it
 * («кнопку/ссылку «Создать»»); those words then belong to the label, not to the sentence.
 */
function bindLabels(items: Item[]): void {
  items.forEach((item, n) => {
    if (item.slot?.kind !== 'label') return;
    const elements: ElementConcept[] = [];
    const take = (k: number) => {
      const word = items[k];
      if (word?.kind !== 'word' || !isElement(word.concept) || word.bound) return false;
      // The element's whole phrase ("side menu") goes with the label.
      let start = k;
      while (start > 0 && items[start - 1].concept === word.concept && !items[start].phraseStart) start--;
      for (let m = start; m < items.length && items[m].concept === word.concept && (m === start || !items[m].phraseStart); m++) items[m].bound = true;
      elements.push(word.concept);
      return true;
    };
    if (!take(n + 1)) for (let k = n - 1; k >= 0 && take(k); k--) while (k > 0 && items[k - 1].bound && items[k - 1].concept === items[k].concept) k--;
    item.slot.elements = [...new Set(elements)];
  });
}

function phraseText(items: readonly Item[], n: number): string {
  const concept = items[n].concept;
  let end = n;
  while (end + 1 < items.length && items[end + 1].kind === 'word' && items[end + 1].concept === concept && !items[end + 1].phraseStart) end++;
  return items
    .slice(n, end + 1)
    .map((item) => item.raw)
    .join(' ');
}
