import type { Locator, Page } from '@playwright/test';
import { anyLocale } from '../locale/index.js';
import { DriftError } from './drift-error.js';
import { lookOfNotifications } from './layout.js';
import { waitAtMost } from './wait.js';

/** Roles sites give to a notification bar; a person recognises it by place, not by wording. */
const NOTIFICATION_ROLES = ['alert', 'status'] as const;

/** The notification a person reads and clicks: the strip itself, and its clickable text. */
export interface TopNotification {
  notification: Locator;
  /** Its longest-named button or link, else the strip itself. */
  target: Locator;
  text: string;
}

/**
 * The notification in the upper part of the page (its top quarter), topmost first, with its
 * clickable text: every candidate's place and its buttons' and links' words in one look.
 */
export async function topNotification(page: Page, timeout: number): Promise<TopNotification> {
  const candidates = NOTIFICATION_ROLES.map((role) => page.getByRole(role))
    .reduce((all, next) => all.or(next))
    .or(page.getByRole('region', { name: anyLocale('notificationRegion') }))
    .filter({ visible: true });
  await waitAtMost(candidates.first().waitFor({ state: 'visible', timeout }));
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const looks = await lookOfNotifications(candidates);
  let best: { index: number; y: number } | undefined;
  looks.forEach(({ top }, index) => {
    if (top < viewport.height / 4 && (!best || top < best.y)) best = { index, y: top };
  });
  if (!best) {
    throw new DriftError({
      kind: 'label-missing',
      expected: 'Expected a notification at the top of the site.',
      actual: 'no notification (alert or status) in the upper part of the page',
    });
  }
  const notification = candidates.nth(best.index);
  const longest = looks[best.index].words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!longest) return { notification, target: notification, text: looks[best.index].own };
  // Found again by its words: no shorter one holds the longest text.
  const target = notification.getByRole('button').or(notification.getByRole('link')).filter({ hasText: longest }).first();
  return { notification, target, text: longest };
}
