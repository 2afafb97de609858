import type { LinkRef } from '../guide/types.js';
import type { Concept, ElementConcept } from '../locale/types.js';
import { splitList } from './list.js';
import type { Item, Reading, Slot } from './read.js';

/** The kinds of element a label may be named as; `pressable` is a button or a link, which look alike to a reader. */
export type LabelElement = ElementConcept | 'pressable';

/** What a step takes from its sentence, in the order the step receives it. */
export type Take =
  | { slot: 'label'; element: LabelElement; optional?: boolean }
  | { slot: 'link' | 'duration' | 'rate' | 'amount' | 'number'; optional?: boolean }
  /** The list the sentence gives after "are", "such as", a dash…: its items, as written. */
  | { slot: 'list' }
  /** A list item's bold lead-in, as written. */
  | { slot: 'leadIn'; optional?: boolean }
  /** The sentence's own words for one of these concepts ("the referral link"). */
  | { slot: 'phrase'; of: readonly Concept[] };

/**
 * What a sentence means, for a definition: the concepts it must name (an inner list is "any of"),
 * those it may name besides, and what the step takes from it. A sentence naming a concept the
 * meaning does not list says something else, and does not fit: that keeps "do not click" from
 * being read as "click", and a menu from being read as a button.
 */
export interface Meaning {
  says: ReadonlyArray<Concept | readonly Concept[]>;
  may?: readonly Concept[];
  takes?: readonly Take[];
  /** Headings instead of sentences. */
  heading?: boolean;
  /** Narratives only: the concepts it names besides do not matter, since nothing is done. */
  anythingElse?: boolean;
}

export type Argument = string | string[] | number | LinkRef;

export type Fit =
  | { fits: true; args: Argument[]; durations: Array<{ text: string; ms: number }> }
  | { fits: false; why: string[] };

const PRESSABLE: readonly ElementConcept[] = ['button', 'link'];

function accepts(element: LabelElement, named: readonly ElementConcept[]): 'exact' | 'loose' | false {
  if (!named.length) return 'loose';
  const wanted = element === 'pressable' ? PRESSABLE : [element];
  return named.some((kind) => wanted.includes(kind)) ? 'exact' : false;
}

/**
 * Whether the sentence can fit at all: the same kind of text, every concept the meaning must name.
 * Cheap, so most definitions are set aside without the full fit.
 */
export function mayFit(meaning: Meaning, reading: Reading, named: ReadonlySet<Concept>): boolean {
  if (Boolean(meaning.heading) !== reading.heading) return false;
  // A list's words are left out of the full fit; they may hold a concept the meaning asks for, so they count here.
  return meaning.says.every((entry) => (typeof entry === 'string' ? named.has(entry) : entry.some((concept) => named.has(concept))));
}

/** How well the sentence as read fits a meaning; the reasons when it does not, for the nearest-miss message. */
export function fit(meaning: Meaning, reading: Reading): Fit {
  const why: string[] = [];
  if (Boolean(meaning.heading) !== reading.heading) return { fits: false, why: [reading.heading ? 'is a heading' : 'is not a heading'] };
  const takes = meaning.takes ?? [];
  const listRegion = takes.some((take) => take.slot === 'list') ? listOf(reading) : undefined;
  if (takes.some((take) => take.slot === 'list') && !listRegion) why.push('gives no list (after "are", "such as", a dash…)');
  const inList = (item: number) => listRegion !== undefined && item >= listRegion.from && item < listRegion.to;
  const mentions = reading.mentions.filter((mention) => !inList(mention.item));
  const named = new Set(mentions.map((mention) => mention.concept));
  for (const entry of meaning.says) {
    const any = typeof entry === 'string' ? [entry] : entry;
    if (!any.some((concept) => named.has(concept))) why.push(`does not say ${any.join(' or ')}`);
  }
  const allowed = new Set<Concept>([...meaning.says.flat(), ...(meaning.may ?? []), ...takes.flatMap((take) => (take.slot === 'phrase' ? take.of : []))]);
  if (!meaning.anythingElse) {
    const extra = mentions.filter((mention) => !allowed.has(mention.concept));
    if (extra.length) why.push(`also says ${extra.map((mention) => `«${mention.words}» (${mention.concept})`).join(', ')}`);
  }

  const slots = reading.items.filter((item) => item.kind === 'slot' && !inList(reading.items.indexOf(item))).map((item) => item.slot as Slot);
  for (const kind of ['link', 'duration', 'rate', 'amount', 'number'] as const) {
    // A narrative does nothing with a count it states ("a guide in 5 steps"); a rate, an amount, a wait, a label or a link are claims.
    if (meaning.anythingElse && kind === 'number') continue;
    const wanted = takes.filter((take) => take.slot === kind);
    const have = slots.filter((slot) => slot.kind === kind).length;
    const least = wanted.filter((take) => !('optional' in take && take.optional)).length;
    if (have < least || have > wanted.length) why.push(`has ${have} ${kind}${have === 1 ? '' : 's'}, the step takes ${least === wanted.length ? least : `${least} to ${wanted.length}`}`);
  }
  const labels = slots.filter((slot): slot is Extract<Slot, { kind: 'label' }> => slot.kind === 'label');
  const labelTakes = takes.filter((take): take is Extract<Take, { slot: 'label' }> => take.slot === 'label');
  const assigned = assignLabels(labels, labelTakes);
  if (!assigned) {
    const shown = labels.map((label) => `«${label.value}»${label.elements.length ? ` (${label.elements.join('/')})` : ''}`).join(', ') || 'no label';
    why.push(`quotes ${shown}; the step takes ${labelTakes.map((take) => `a ${take.element} label${take.optional ? ' (optional)' : ''}`).join(', ') || 'no label'}`);
  }
  const leadInTake = takes.find((take) => take.slot === 'leadIn');
  if (reading.leadIn !== undefined && !leadInTake) why.push('opens with a lead-in the step does not take');
  if (reading.leadIn === undefined && leadInTake && !leadInTake.optional) why.push('has no lead-in');
  if (why.length || !assigned) return { fits: false, why };

  const byKind = new Map<string, Slot[]>();
  for (const slot of slots) byKind.set(slot.kind, [...(byKind.get(slot.kind) ?? []), slot]);
  const args: Argument[] = [];
  let labelTake = 0;
  for (const take of takes) {
    if (take.slot === 'label') {
      const label = assigned[labelTake++];
      if (label) args.push(label.value);
      else args.push('');
    } else if (take.slot === 'list') args.push(splitList(listRegion?.text ?? ''));
    else if (take.slot === 'leadIn') args.push(reading.leadIn ?? '');
    else if (take.slot === 'phrase') args.push(mentions.find((mention) => take.of.includes(mention.concept))?.words ?? '');
    else {
      const slot = byKind.get(take.slot)?.shift();
      if (!slot) args.push(take.slot === 'link' ? { text: '', url: '' } : take.slot === 'duration' ? 0 : '');
      else if (slot.kind === 'link') args.push(slot.link);
      else if (slot.kind === 'duration') args.push(slot.ms);
      else if (slot.kind !== 'label') args.push(slot.text);
    }
  }
  const durations = slots.flatMap((slot) => (slot.kind === 'duration' ? [{ text: slot.text, ms: slot.ms }] : []));
  return { fits: true, args, durations };
}

type Label = Extract<Slot, { kind: 'label' }>;

/**
 * Which label goes to which of the step's labels: by the kind of element each is named as, else
 * in reading order. Undefined when some label cannot go anywhere, or a required one is missing.
 */
function assignLabels(labels: readonly Label[], takes: ReadonlyArray<Extract<Take, { slot: 'label' }>>): Array<Label | undefined> | undefined {
  const required = takes.filter((take) => !take.optional).length;
  if (labels.length < required || labels.length > takes.length) return undefined;
  let best: { order: Array<Label | undefined>; exact: number } | undefined;
  const place = (n: number, order: Array<Label | undefined>, exact: number) => {
    if (n === takes.length) {
      if (order.filter(Boolean).length === labels.length && (!best || exact > best.exact)) best = { order: [...order], exact };
      return;
    }
    if (takes[n].optional || labels.length - order.filter(Boolean).length < takes.length - n) {
      order.push(undefined);
      place(n + 1, order, exact);
      order.pop();
    }
    for (const label of labels) {
      if (order.includes(label)) continue;
      const how = accepts(takes[n].element, label.elements);
      if (!how) continue;
      order.push(label);
      place(n + 1, order, exact + (how === 'exact' ? 1 : 0));
      order.pop();
    }
  };
  place(0, [], 0);
  return best?.order;
}

/**
 * The list a sentence gives: after the first "are", "such as", colon or dash that follows a
 * concept, up to "for" or the end. Items are indexes into the reading's items.
 */
export function listOf(reading: Reading): { from: number; to: number; text: string } | undefined {
  const items: readonly Item[] = reading.items;
  const firstConcept = items.findIndex((item) => item.concept !== undefined && !item.purpose);
  if (firstConcept < 0) return undefined;
  const opens = items.findIndex((item, n) => n > firstConcept && item.listOpens);
  if (opens < 0) return undefined;
  let from = opens + 1;
  while (from < items.length && items[from].listOpens) from++;
  let to = items.findIndex((item, n) => n > from && item.listEnds);
  if (to < 0) to = items.length;
  if (from >= to) return undefined;
  const end = to < items.length ? items[to].start : reading.text.length;
  return { from, to, text: reading.text.slice(items[from].start, end).trim().replace(/[.;!…]+$/u, '').trim() };
}
