import type { Locator, Page } from '@playwright/test';
import { anyLocale } from '../locale/index.js';
import { readerExact } from '../locale/typography.js';
import { DriftError } from './drift-error.js';
import { lookOfNotifications } from './layout.js';
import { drawnStrips } from './looks.js';
import { waitAtMost } from './wait.js';

/** Roles sites give to a notification bar; a person recognises it by place, not by wording. */
const NOTIFICATION_ROLES = ['alert', 'status'] as const;

/** The notification a person reads and clicks: the strip itself, and its text. */
export interface TopNotification {
  notification: Locator;
  /**
   * Its text, as a reader is told to click it: the longest of its words, whether a button or link
   * holds them or they stand as plain text (which only the page's script may make clickable).
   */
  target: Locator;
  text: string;
  /** The strip's other buttons and links with words, when its text is plain: what may open its window instead. */
  otherControls: string[];
}

/**
 * The notification in the upper part of the page (its top quarter), topmost first, with its
 * text: every candidate's place, its buttons' and links' words and its plain text in one look.
 */
export async function topNotification(page: Page, timeout: number): Promise<TopNotification> {
  const byRole = NOTIFICATION_ROLES.map((role) => page.getByRole(role))
    .reduce((all, next) => all.or(next))
    .or(page.getByRole('region', { name: anyLocale('notificationRegion') }))
    .filter({ visible: true });
  // A bar with no role is found by its look, only where no role names one: the markup comes first.
  const byLook = drawnStrips(page).filter({ visible: true });
  await waitAtMost(byRole.or(byLook).first().waitFor({ state: 'visible', timeout }));
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const topmost = async (candidates: Locator) => {
    const looks = await lookOfNotifications(candidates);
    let best: { index: number; y: number } | undefined;
    looks.forEach(({ top }, index) => {
      if (top < viewport.height / 4 && (!best || top < best.y)) best = { index, y: top };
    });
    return { candidates, looks, best };
  };
  let found = await topmost(byRole);
  if (!found.best) found = await topmost(byLook);
  const { candidates, looks, best } = found;
  if (!best) {
    throw new DriftError({
      kind: 'label-missing',
      expected: 'Expected a notification at the top of the site.',
      actual: 'no notification (alert, status, or a bar set off by its colour) in the upper part of the page',
    });
  }
  const notification = candidates.nth(best.index);
  const look = looks[best.index];
  const withWords = look.words.filter((words) => /\p{L}/u.test(words));
  const longest = withWords.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (look.plain.length > longest.length) {
    // The words a reader reads as the notification are plain text: they are what the guide says to click.
    return { notification, target: notification.getByText(readerExact(look.plain)).first(), text: look.plain, otherControls: withWords };
  }
  if (!longest) return { notification, target: notification, text: look.own, otherControls: [] };
  // Found again by its words: no shorter one holds the longest text.
  const target = notification.getByRole('button').or(notification.getByRole('link')).filter({ hasText: readerExact(longest) }).first();
  return { notification, target, text: longest, otherControls: [] };
}
