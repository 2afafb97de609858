import type { Locator, Page } from '@playwright/test';
import { isTimeout } from '../../ui/wait.js';
import { DriftError } from '../../ui/drift-error.js';
import { quoteList } from '../../ui/nearest.js';
import { named } from '../../ui/pattern.js';
import { anyPressable } from '../../ui/press.js';
import { pressUntilSomethingHappens } from '../../ui/effect.js';
import { memoryKey, type StepContext } from '../define.js';

/**
 * Sections of a long page, as a reader meets them: a heading found by scrolling, and a heading
 * pressed to unfold what it folds ("in some cases you may need to click the heading").
 */

/** The section the guide last sent the reader to, for the sentences that speak of "the heading". */
export const SECTION_FOUND = memoryKey<string>('section found');

/** A section's heading as a person sees it: a bar's button, a heading, or just its text. */
function sectionHeading(page: Page, section: string): Locator {
  const name = named(section, { anyCase: true });
  return page.getByRole('button', { name }).or(page.getByRole('heading', { name })).or(page.getByText(name)).filter({ visible: true }).first();
}

/** "Scroll down until you find the section «X»": its heading is on the page, brought into view. */
export async function findSection(context: StepContext, section: string): Promise<void> {
  const { page } = context;
  const heading = sectionHeading(page, section);
  try {
    await heading.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch (error) {
    if (!isTimeout(error)) throw error;
    const offered = (await page.getByRole('heading').or(anyPressable(page)).filter({ visible: true }).allInnerTexts().catch(() => [])).map((text) => text.trim()).filter(Boolean);
    throw new DriftError({ kind: 'label-missing', expected: `Expected a section «${section}» on the page.`, actual: `${page.url()} shows ${quoteList([...new Set(offered)].slice(0, 12))}` });
  }
  await heading.scrollIntoViewIfNeeded();
  context.memory.set(SECTION_FOUND, section);
  context.note(`found the section «${section}»`);
}

/**
 * Whether a section's body is open, as the markup says it (aria-expanded, or an HTML details
 * element); undefined when nothing says it (a bar drawn as a plain box).
 */
async function saysOpen(heading: Locator): Promise<boolean | undefined> {
  return heading.evaluate((element) => {
    const bar = element.closest('[aria-expanded]');
    if (bar) return bar.getAttribute('aria-expanded') === 'true';
    const details = element.closest('details');
    return details ? details.open : undefined;
  });
}

/** What a reader can act on in view: fields, buttons and links. An unfolded body adds some. */
async function actionable(page: Page): Promise<number> {
  return page.getByRole('textbox').or(anyPressable(page)).filter({ visible: true }).count();
}

/**
 * "In some cases you may need to click the heading to expand the whole section": the section found
 * before is unfolded if it is folded. When the markup does not say, the heading is pressed and what
 * appears decides: fewer things to act on means it was open, and it is pressed once more.
 */
export async function unfoldSection(context: StepContext): Promise<void> {
  const section = context.memory.get(SECTION_FOUND);
  if (!section) throw new DriftError({ kind: 'claim-broken', expected: 'Expected the guide to have named a section before this sentence.', actual: 'no section was found earlier in the guide' });
  await unfold(context, section);
}

/** Unfolds the section `section` if it is folded (see unfoldSection), noting what was done. */
export async function unfold(context: StepContext, section: string): Promise<void> {
  const { page } = context;
  const heading = sectionHeading(page, section);
  const open = await saysOpen(heading);
  if (open) {
    context.note(`the section «${section}» is already open`);
    return;
  }
  const before = await actionable(page);
  await pressUntilSomethingHappens(heading, context.uiTimeout);
  if (open === false) {
    if (!(await saysOpen(heading))) throw new DriftError({ kind: 'claim-broken', expected: `Expected the section «${section}» to unfold when its heading is pressed.`, actual: 'it stays folded' });
    context.note(`pressed the heading «${section}»: the section unfolded`);
    return;
  }
  const after = await actionable(page);
  if (after < before) {
    // It was open, and the press folded it: open it again.
    await pressUntilSomethingHappens(heading, context.uiTimeout);
    context.note(`the section «${section}» was already open (pressing its heading folded it; pressed again)`);
  } else {
    context.note(`pressed the heading «${section}»: ${after - before} more things to act on`);
  }
}
