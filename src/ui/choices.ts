import type { Locator, Page } from '@playwright/test';
import { choiceKindOf, type ChoiceKind } from '../locale/index.js';
import { ariaNodes } from './aria.js';
import { DriftError } from './drift-error.js';
import { nearest, quoteList } from './nearest.js';
import { asReaderSees, readerExact, readerPattern } from '../locale/typography.js';

/** A group of choices a person picks one of: radio buttons or tiles, under one name. */
export interface ChoiceGroup {
  name: string;
  kind?: ChoiceKind;
  options: string[];
  locator: Locator;
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
    found.push({ name, kind: choiceKindOf(name), options, locator });
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
  await group.locator.getByRole('radio', { name: readerExact(option) }).check();
  return option;
}
