import type { Locator, Page } from '@playwright/test';
import { inOverlay, windowHolding } from './layout.js';
import { anyPressable, pressableNamed } from './press.js';

/** How often a person looks again for the window a press is opening. */
const LOOK_EVERY_MS = 100;

/**
 * The window (dialog) open on the page that offers `label`, as a person sees one: an element the
 * markup calls a dialog, else a box drawn over the page, pinned to the screen, with a button of
 * that name on top. When none offers it by the end, a box over the page's middle with buttons of
 * other names is the window still (its button was renamed, not its window lost). Undefined when
 * no window opened within `timeout`.
 */
export async function openWindow(page: Page, label: string, timeout: number): Promise<Locator | undefined> {
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog')).filter({ visible: true }).first();
  const named = pressableNamed(page, [label]);
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await dialog.count()) return dialog;
    const index = await inOverlay(named);
    if (index >= 0) return named.nth(index).locator('..');
    if (Date.now() >= deadline) break;
    await page.waitForTimeout(LOOK_EVERY_MS);
  }
  return windowHolding(anyPressable(page));
}
