import type { Locator, Page } from '@playwright/test';
import { visibleNames } from './aria.js';
import { DriftError } from './drift-error.js';
import { nearest, quoteList, similarity } from './nearest.js';

/** What a guide's «кнопка» or "button" can be on a page: sites draw many buttons as links. */
const PRESSABLE = ['button', 'link'] as const;

/** The button or link a person would press for `label`, waiting up to `timeout` for it to show. */
export async function findPressable(scope: Page | Locator, label: string, timeout: number): Promise<Locator> {
  const [first, ...rest] = PRESSABLE.map((role) => scope.getByRole(role, { name: label, exact: true }));
  const candidate = rest.reduce((all, next) => all.or(next), first).filter({ visible: true }).first();
  try {
    await candidate.waitFor({ state: 'visible', timeout });
    return candidate;
  } catch {
    const root = 'goto' in scope ? scope.locator('body') : scope;
    const names = await visibleNames(root, PRESSABLE);
    const closest = nearest(label, names);
    const likely = closest.find((name) => similarity(label, name) >= 0.5);
    throw new DriftError({
      kind: 'label-missing',
      expected: `Expected a button or link named «${label}».`,
      actual: `the nearest buttons and links are ${quoteList(closest)}`,
      fix: likely
        ? `if the UI renamed it, quote the new name in the guide: «${likely}»`
        : 'find what the UI calls this button now and quote that name in the guide',
    });
  }
}

/** Clicks the button or link named `label`, as the guide tells the reader to. */
export async function press(scope: Page | Locator, label: string, timeout: number): Promise<void> {
  const target = await findPressable(scope, label, timeout);
  await target.click({ timeout });
}
