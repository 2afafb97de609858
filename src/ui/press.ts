import type { Locator, Page } from '@playwright/test';
import { visibleNames } from './aria.js';
import { DriftError } from './drift-error.js';
import { nearest, quoteList, similarity } from './nearest.js';

/** What a guide's «кнопка» or "button" can be on a page: sites draw many buttons as links. */
const PRESSABLE = ['button', 'link'] as const;

/** The button or link a person would press for `label` (lazy: resolved when acted on). */
function pressable(scope: Page | Locator, label: string): Locator {
  const [first, ...rest] = PRESSABLE.map((role) => scope.getByRole(role, { name: label, exact: true }));
  return rest.reduce((all, next) => all.or(next), first).filter({ visible: true }).first();
}

/** What the page offers instead of `label`, with the nearest names and a suggested fix. */
async function missing(scope: Page | Locator, label: string): Promise<DriftError> {
  const root = 'goto' in scope ? scope.locator('body') : scope;
  const names = await visibleNames(root, PRESSABLE);
  const closest = nearest(label, names);
  const likely = closest.find((name) => similarity(label, name) >= 0.5);
  return new DriftError({
    kind: 'label-missing',
    expected: `Expected a button or link named «${label}».`,
    actual: `the nearest buttons and links are ${quoteList(closest)}`,
    fix: likely
      ? `if the UI renamed it, quote the new name in the guide: «${likely}»`
      : 'find what the UI calls this button now and quote that name in the guide',
  });
}

/** Clicks the button or link named `label`, as the guide tells the reader to. */
export async function press(scope: Page | Locator, label: string, timeout: number): Promise<void> {
  // One call: click waits for the element itself, so only a failure costs a second look.
  const target = pressable(scope, label);
  try {
    await target.click({ timeout });
  } catch (error) {
    // Present but not clickable (covered, disabled) is another failure than a missing label.
    if ((error as Error).name !== 'TimeoutError' || (await target.count())) throw error;
    throw await missing(scope, label);
  }
}
