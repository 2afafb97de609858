import type { Page } from '@playwright/test';

/**
 * The persona's account on a messenger (Telegram) that a guide sends the reader to: a bot to start,
 * a chat to open. The client area is the target; the messenger is another program, reached through
 * its web client as a person signed in to it would.
 */
export interface Messenger {
  /** The account's username, as a guide asks to type it into the client area (no «@»). */
  readonly username: string;
  /**
   * Where a link to the messenger (`https://t.me/<name>`) opens for this account, with `page`'s
   * browser signed in to the web client; undefined when the link is not one of this messenger's.
   */
  chatURL(page: Page, link: string): Promise<string | undefined>;
}

/** The guide needs a messenger account and none is configured: the step could not be verified. */
export class NoMessengerAccountError extends Error {
  override name = 'NoMessengerAccountError';
}

/** The bot or user a `t.me` link names (`https://t.me/senkonotifybot` → `senkonotifybot`), else undefined. */
export function telegramNameOf(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (!/^(?:www\.)?(?:t\.me|telegram\.me)$/u.test(url.hostname)) return undefined;
  const name = /^\/@?([A-Za-z][A-Za-z0-9_]{3,31})\/?$/u.exec(url.pathname)?.[1];
  return name;
}
