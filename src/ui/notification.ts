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
  let best: { locator: Locator; y: number } | undefined;
  for (const locator of await candidates.all()) {
    const box = await locator.boundingBox();
    if (box && box.y < viewport.height / 4 && (!best || box.y < best.y)) best = { locator, y: box.y };
  }
  if (!best) {
    throw new DriftError({
      kind: 'label-missing',
      expected: 'Expected a notification at the top of the site.',
      actual: 'no notification (alert or status) in the upper part of the page',
    });
  }
  return best.locator;
}

/** The clickable text of a notification: its longest-named button or link, else its own text. */
export async function notificationText(notification: Locator): Promise<{ target: Locator; text: string }> {
  let best: { target: Locator; text: string } | undefined;
  for (const target of await notification.getByRole('button').or(notification.getByRole('link')).all()) {
    const text = (await target.innerText()).trim();
    if (text && (!best || text.length > best.text.length)) best = { target, text };
  }
  return best ?? { target: notification, text: (await notification.innerText()).trim() };
}
