import type { Locator, Page } from '@playwright/test';
import { inOverlay } from './layout.js';
import { pressableNamed } from './press.js';

/** How often a person looks again for the window a press is opening. */
const LOOK_EVERY_MS = 100;

/**
 * The window (dialog) open on the page that offers `label`, as a person sees one: an element the
 * markup calls a dialog, else a box drawn over the page, pinned to the screen, with a button of
 * that name on top. Undefined when none opened within `timeout`.
 */
export async function openWindow(page: Page, label: string, timeout: number): Promise<Locator | undefined> {
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog')).filter({ visible: true }).first();
  const named = pressableNamed(page, [label]);
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await dialog.count()) return dialog;
    const index = await inOverlay(named);
    if (index >= 0) return named.nth(index).locator('..');
    if (Date.now() >= deadline) return undefined;
    await page.waitForTimeout(LOOK_EVERY_MS);
  }
}
