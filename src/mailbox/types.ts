export interface MailLink {
  href: string;
  text: string;
}

/** A received letter, the same shape whichever mailbox delivered it. */
export interface MailMessage {
  id: string;
  subject: string;
  from: string;
  to: string[];
  received: Date;
  html?: string;
  text?: string;
  links: MailLink[];
  codes: string[];
}

export interface WaitOptions {
  /** The recipient address. */
  to: string;
  timeoutMs: number;
  /** Ignore letters received before this moment. */
  receivedAfter?: Date;
}

/** One interface over the local mail server and Mailosaur, so steps never know which is behind it. */
export interface Mailbox {
  readonly kind: 'mailpit' | 'mailosaur';
  /** A fresh address whose mail reaches this mailbox and no other test's. */
  newAddress(tag: string): string;
  /**
   * Resolves with the first matching letter; rejects with MailTimeoutError when none comes in time,
   * and with MailboxUnavailableError when the mailbox itself cannot be read.
   */
  waitForMessage(options: WaitOptions): Promise<MailMessage>;
  /** Deletes every letter sent to `address`. */
  deleteMessages(address: string): Promise<void>;
}

export class MailTimeoutError extends Error {
  constructor(
    readonly to: string,
    readonly timeoutMs: number,
  ) {
    super(`no letter to ${to} arrived within ${Math.round(timeoutMs / 1000)} s`);
    this.name = 'MailTimeoutError';
  }
}

export type MailboxFailure = 'auth' | 'network' | 'server';

/**
 * The mailbox could not be read: its API refused the key, answered 5xx or could not be reached.
 * Whether the letter was sent is unknown, so this is "could not verify", never drift.
 */
export class MailboxUnavailableError extends Error {
  /** Why the mailbox could not be read (the underlying error, when any, is `underlying`). */
  declare readonly cause: MailboxFailure;

  constructor(
    cause: MailboxFailure,
    message: string,
    readonly status?: number,
    readonly underlying?: unknown,
  ) {
    super(message, { cause });
    this.name = 'MailboxUnavailableError';
  }
}
