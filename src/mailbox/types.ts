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
  readonly kind: 'local' | 'mailosaur';
  /** A fresh address whose mail reaches this mailbox and no other test's. */
  newAddress(tag: string): string;
  /** Resolves with the first matching letter; rejects with MailTimeoutError when none comes in time. */
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
