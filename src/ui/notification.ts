import type { Locator, Page } from '@playwright/test';
import { anyLocale } from '../locale/index.js';
import { DriftError } from './drift-error.js';

/** Roles sites give to a notification bar; a person recognises it by place, not by wording. */
const NOTIFICATION_ROLES = ['alert', 'status'] as const;

/** The notification in the upper part of the page (its top quarter), topmost first. */
export async function topNotification(page: Page, timeout: number): Promise<Locator> {
  const candidates = NOTIFICATION_ROLES.map((role) => page.getByRole(role))
    .reduce((all, next) => all.or(next))
    .or(page.getByRole('region', { name: anyLocale('notificationRegion') }))
    .filter({ visible: true });
  await candidates.first().waitFor({ state: 'visible', timeout }).catch(() => undefined);
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  // Every candidate's place in one look.
  const tops = await candidates.evaluateAll((elements) => elements.map((el) => el.getBoundingClientRect().top));
  let best: { index: number; y: number } | undefined;
  tops.forEach((y, index) => {
    if (y < viewport.height / 4 && (!best || y < best.y)) best = { index, y };
  });
  if (!best) {
    throw new DriftError({
      kind: 'label-missing',
      expected: 'Expected a notification at the top of the site.',
      actual: 'no notification (alert or status) in the upper part of the page',
    });
  }
  return candidates.nth(best.index);
}

/** The clickable text of a notification: its longest-named button or link, else its own text. */
export async function notificationText(notification: Locator): Promise<{ target: Locator; text: string }> {
  const pressables = notification.getByRole('button').or(notification.getByRole('link'));
  let best: { target: Locator; text: string } | undefined;
  (await pressables.allInnerTexts()).forEach((inner, index) => {
    const text = inner.trim();
    if (text && (!best || text.length > best.text.length)) best = { target: pressables.nth(index), text };
  });
  return best ?? { target: notification, text: (await notification.innerText()).trim() };
}
