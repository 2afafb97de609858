import type { Locator, Page } from '@playwright/test';
import { choiceKindOf, type ChoiceKind } from '../locale/index.js';
import { ariaNodes } from './aria.js';
import { drawnChoiceGroups, drawnPicks } from './looks.js';
import { DriftError } from './drift-error.js';
import { nearest, quoteList } from './nearest.js';
import { asReaderSees, readerExact, readerPattern } from '../locale/typography.js';

/** A group of choices a person picks one of: radio buttons or tiles, under one name. */
export interface ChoiceGroup {
  name: string;
  kind?: ChoiceKind;
  options: string[];
  locator: Locator;
  /** Found by its look (tiles, bare radios): picked by a click, its choice read from its look. */
  drawn: boolean;
}

/**
 * The visible groups of choices of the page: radio groups, and groups (a fieldset) holding radios.
 * A group the markup leaves unnamed is named by the text just above it, as a reader names it.
 */
export async function choiceGroups(page: Page): Promise<ChoiceGroup[]> {
  const groups = page.getByRole('radiogroup').or(page.getByRole('group')).filter({ visible: true });
  const found: ChoiceGroup[] = [];
  for (const locator of await groups.all()) {
    const nodes = await ariaNodes(locator);
    const options = nodes.filter((node) => node.role === 'radio').map((node) => asReaderSees(node.name));
    // A group around a radio group is the same choice: the inner one is counted.
    if (!options.length || nodes.slice(1).some((node) => node.role === 'radiogroup')) continue;
    const name = asReaderSees(nodes[0]?.name || (await textAbove(locator)));
    found.push({ name, kind: choiceKindOf(name), options, locator, drawn: false });
  }
  return found.length ? found : drawnGroups(page);
}

/** The groups a person sees where the markup names none: tiles or radios that stand together, named by the text above. */
async function drawnGroups(page: Page): Promise<ChoiceGroup[]> {
  const found: ChoiceGroup[] = [];
  for (const locator of await drawnChoiceGroups(page).filter({ visible: true }).all()) {
    const options = await drawnPicks(locator).evaluateAll((picks) =>
      picks.map((pick) => ((pick instanceof HTMLInputElement ? pick.labels?.[0] ?? pick.parentElement : pick) as HTMLElement | null)?.innerText ?? ''),
    );
    const name = asReaderSees(await textAbove(locator));
    found.push({ name, kind: choiceKindOf(name), options: options.map(asReaderSees), locator, drawn: true });
  }
  return found;
}

/** The short text that stands right above a box, within its width: a label drawn over the group. */
async function textAbove(group: Locator): Promise<string> {
  return group.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const walker = element.ownerDocument.createTreeWalker(element.ownerDocument.body, NodeFilter.SHOW_TEXT);
    let best: { text: string; gap: number } | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      if (!text || text.length > 60 || element.contains(node)) continue;
      const range = element.ownerDocument.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      const gap = box.top - r.bottom;
      if (!r.width || gap < -2 || gap > 40 || r.right < box.left || r.left > box.right) continue;
      if (!best || gap < best.gap) best = { text, gap };
    }
    return best?.text ?? '';
  });
}

/** The group of `kind`, or drift naming the groups the page has. */
export async function choiceGroup(page: Page, kind: ChoiceKind, mention: string): Promise<ChoiceGroup> {
  const groups = await choiceGroups(page);
  const group = groups.find((candidate) => candidate.kind === kind);
  if (group) return group;
  throw new DriftError({
    kind: 'label-missing',
    expected: `Expected the form to offer a choice of ${mention}.`,
    actual: `its groups of choices are ${quoteList(groups.map((g) => g.name))}`,
  });
}

/** Picks the option that reads as `value` (its name, maybe after an icon or followed by details). */
export async function choose(group: ChoiceGroup, value: string): Promise<string> {
  const pattern = new RegExp(`^[^\\p{L}\\p{N}]*${readerPattern(value)}`, 'iu');
  const option = group.options.find((name) => pattern.test(name));
  if (!option) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected «${group.name}» to offer «${value}».`,
      actual: `it offers ${quoteList(nearest(value, group.options, 10))}`,
    });
  }
  if (!group.drawn) {
    await group.locator.getByRole('radio', { name: readerExact(option) }).check();
    return option;
  }
  const at = group.options.indexOf(option);
  const before = await picksLook(group.locator);
  await drawnPicks(group.locator).nth(at).click();
  if (!(await chosenByLook(group.locator, at, before))) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected «${option}» to be chosen in «${group.name}» when clicked.`,
      actual: 'it does not look chosen after the click',
    });
  }
  return option;
}

/**
 * How each pick of a group is drawn: a bare radio by its checked state; a tile by the colours and
 * frames of the pick and of its ancestors up to the group (the tile holding it may carry the mark).
 */
async function picksLook(group: Locator): Promise<string[]> {
  return drawnPicks(group).evaluateAll((picks) =>
    picks.map((pick) => {
      if (pick instanceof HTMLInputElement) return pick.checked ? 'checked' : '';
      const looks: string[] = [];
      const holdsAnother = (n: Element) => picks.some((other) => other !== pick && n.contains(other));
      const drawing = (n: Element) =>
        [null, '::before', '::after'].map((pseudo) => {
          const style = getComputedStyle(n, pseudo);
          return [style.content, style.backgroundColor, style.borderTopColor, style.borderTopWidth, style.outlineStyle, style.color, style.fontWeight].join(' ');
        });
      // The pick, what is drawn in it (a radio's dot), and its ancestors up to the group.
      for (const n of Array.from(pick.querySelectorAll('*')).slice(0, 12)) looks.push(...drawing(n));
      for (let n: Element | null = pick; n && !holdsAnother(n); n = n.parentElement) looks.push(...drawing(n));
      return looks.join('|');
    }),
  );
}

/** How long a click on a tile may take to show as chosen (a script redraws it). */
const CHOSEN_WITHIN_MS = 3_000;

/**
 * Whether the pick at `index` looks chosen since the click: its look changed, or it already stood
 * out from the others, which all look alike (it was the chosen one before).
 */
async function chosenByLook(group: Locator, index: number, before: string[]): Promise<boolean> {
  const deadline = Date.now() + CHOSEN_WITHIN_MS;
  for (;;) {
    const after = await picksLook(group);
    if (after[index] === 'checked' || after[index] !== before[index]) return true;
    const others = after.filter((_, i) => i !== index);
    if (others.every((look) => look === others[0] && look !== after[index])) return true;
    if (Date.now() > deadline) return false;
    await group.page().waitForTimeout(100);
  }
}
