import type { Locator, Page } from '@playwright/test';
import { readerExact } from '../locale/typography.js';
import { pressUntilSomethingHappens } from './effect.js';
import { isTimeout } from './wait.js';

/**
 * How long a person looks at what a choice showed once the page answered the press. The answer
 * (the page changing) is waited for as long as any press; this is only for a view that finishes
 * drawing a moment after it starts.
 */
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

/** Whether `target` shows within `timeout`; any failure other than running out of time keeps its kind. */
async function shows(target: Locator, timeout: number): Promise<boolean> {
  try {
    await target.waitFor({ state: 'visible', timeout });
    return true;
  } catch (error) {
    if (!isTimeout(error)) throw error;
    return false;
  }
}

/**
 * Makes `target` visible as a person looks for something a page keeps behind one of its choices
 * (a plans page showing one line of plans at a time, a catalogue by category): not seeing it, they
 * try the page's tabs one by one, or its buttons where nothing is marked a tab, until it shows.
 * Buttons named as one of `leave` (ordering, paying: what would act, not show) are never pressed.
 *
 * `timeout` bounds each wait for the page (its first drawing, each press's answer), never the
 * search as a whole: on a busy machine every choice is still tried once, so the answer does not
 * depend on the machine's speed. Returns whether `target` was seen.
 */
export async function revealBehindChoices(page: Page, target: Locator, timeout: number, leave: readonly string[] = []): Promise<boolean> {
  const left = leave.map((name) => readerExact(name, 'iu'));
  const untried = async () => (await choicesOf(page)).filter((choice) => choice.name && !choice.chosen && !left.some((name) => name.test(choice.name)));
  // The page first: what it shows, or the choices it offers, once it has drawn them.
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await shows(target, Math.min(GLANCE_MS, Math.max(1, deadline - Date.now())))) return true;
    if ((await untried()).length || Date.now() >= deadline) break;
  }
  // What the page shows already was looked at: only the other choices are pressed.
  const tried = new Set((await choicesOf(page)).filter((choice) => choice.chosen).map((choice) => choice.name));
  for (;;) {
    const next = (await untried()).find((choice) => !tried.has(choice.name));
    if (!next) return shows(target, GLANCE_MS);
    tried.add(next.name);
    const answered = await pressUntilSomethingHappens(next.at, timeout).catch((error: unknown) => {
      // A choice that cannot be pressed (covered, gone) is passed over: the next one may show it.
      if (isTimeout(error)) return false;
      throw error;
    });
    if (answered && (await shows(target, GLANCE_MS))) return true;
  }
}
