import type { Locator, Page } from '@playwright/test';
import { readerExact } from '../locale/typography.js';
import { isTimeout } from './wait.js';

/** How long a person looks at what a choice showed before trying the next. */
const GLANCE_MS = 1_000;

/** The choices a page offers, in its order: tabs, or, where the markup names none, its buttons. */
async function choicesOf(page: Page): Promise<Array<{ name: string; chosen: boolean; at: Locator }>> {
  const read = (all: Locator) =>
    all.evaluateAll((elements) =>
      elements.map((element) => ({ name: (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), chosen: element.getAttribute('aria-selected') === 'true' })),
    );
  const tabs = page.getByRole('tab').filter({ visible: true });
  const tabLooks = await read(tabs);
  if (tabLooks.length) return tabLooks.map((look, index) => ({ ...look, at: tabs.nth(index) }));
  const buttons = page.getByRole('button').filter({ visible: true });
  return (await read(buttons)).map((look, index) => ({ ...look, at: buttons.nth(index) }));
}

/**
 * Makes `target` visible as a person looks for something a page keeps behind one of its choices
 * (a plans page showing one line of plans at a time, a catalogue by category): not seeing it, they
 * try the page's tabs one by one, or its buttons where nothing is marked a tab, until it shows.
 * Buttons named as one of `leave` (ordering, paying: what would act, not show) are never pressed.
 * A page that draws itself late is given the whole `timeout` before anything is pressed in vain.
 * Returns whether `target` was seen within `timeout`.
 */
export async function revealBehindChoices(page: Page, target: Locator, timeout: number, leave: readonly string[] = []): Promise<boolean> {
  const deadline = Date.now() + timeout;
  const tried = new Set<string>();
  const left = leave.map((name) => readerExact(name, 'iu'));
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return false;
    try {
      await target.waitFor({ state: 'visible', timeout: Math.min(GLANCE_MS, remaining) });
      return true;
    } catch (error) {
      if (!isTimeout(error)) throw error;
    }
    const next = (await choicesOf(page)).find((choice) => choice.name && !choice.chosen && !tried.has(choice.name) && !left.some((name) => name.test(choice.name)));
    if (!next) continue;
    tried.add(next.name);
    // A choice that cannot be pressed (covered, gone) is passed over: the next one may show it.
    await next.at.click({ timeout: GLANCE_MS }).catch((error: unknown) => {
      if (!isTimeout(error)) throw error;
    });
  }
}
