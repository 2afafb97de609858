/**
 * The subset of Mailpit's HTTP API (v1) the suite reads, as Mailpit answers it. The Mailpit
 * adapter reads it, and the local mail server speaks it, so one adapter serves both.
 * Reference: https://mailpit.axllent.org/docs/api-v1/
 */

export interface MailpitAddress {
  Name: string;
  Address: string;
}

/** One entry of `GET /api/v1/search`: newest first. */
export interface MailpitSummary {
  ID: string;
  MessageID: string;
  Read: boolean;
  From: MailpitAddress | null;
  To: MailpitAddress[] | null;
  Cc: MailpitAddress[] | null;
  Bcc: MailpitAddress[] | null;
  ReplyTo: MailpitAddress[] | null;
  Subject: string;
  /** Received, RFC 3339 with fractions. */
  Created: string;
  /** The SMTP user, when the sender authenticated. */
  Username: string;
  Tags: string[];
  Size: number;
  Attachments: number;
  Snippet: string;
}

/** `GET /api/v1/search?query=…` and `GET /api/v1/messages`. */
export interface MailpitSearchResult {
  total: number;
  unread: number;
  count: number;
  messages_count: number;
  messages_unread: number;
  start: number;
  tags: string[];
  messages: MailpitSummary[];
}

/** `GET /api/v1/message/{ID}` (reading it marks it read in Mailpit). */
export interface MailpitMessage {
  ID: string;
  MessageID: string;
  From: MailpitAddress | null;
  To: MailpitAddress[] | null;
  Cc: MailpitAddress[] | null;
  Bcc: MailpitAddress[] | null;
  ReplyTo: MailpitAddress[] | null;
  ReturnPath: string;
  Subject: string;
  ListUnsubscribe: { Header: string; Links: string[]; Errors: string; HeaderPost: string };
  /** The Date header when set, else when received. */
  Date: string;
  Tags: string[];
  Username: string;
  Text: string;
  HTML: string;
  Size: number;
  Inline: unknown[];
  Attachments: unknown[];
}

export const MAILPIT_PATHS = {
  /** GET lists, DELETE removes the messages matching `?query=`. */
  search: '/api/v1/search',
  messages: '/api/v1/messages',
  message: (id: string) => `/api/v1/message/${encodeURIComponent(id)}`,
} as const;

/** Mailpit's search term for letters to one address; quoted so the address stays one term. */
export function toQuery(address: string): string {
  return `to:"${address}"`;
}

/**
 * The terms of a Mailpit search, quotes grouping words as Mailpit's own parser does:
 * `to:"a@b.test" subject:x` → ['to:a@b.test', 'subject:x'].
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(/(?:[^\s"]+|"[^"]*")+/g)) terms.push(match[0].replace(/"/g, ''));
  return terms.filter(Boolean);
}
