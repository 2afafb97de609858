import { setTimeout as sleep } from 'node:timers/promises';
import { codes, htmlLinks } from './letter-parts.js';
import { MAILPIT_PATHS, toQuery, type MailpitAddress, type MailpitMessage, type MailpitSearchResult, type MailpitSummary } from './mailpit-api.js';
import { MailTimeoutError, MailboxUnavailableError, type MailMessage, type Mailbox, type WaitOptions } from './types.js';

export interface MailpitOptions {
  /** The domain of the addresses handed out; the catcher accepts any. */
  domain?: string;
  /**
   * Pauses between two searches while waiting: `first` during the first `fastForMs` (when a
   * prompt letter arrives, so it is read within a few ms), then doubling up to `max`.
   */
  pollMs?: { first: number; max: number; fastForMs: number };
  /** Limit on one request, so a hanging API is reported rather than waited on forever. */
  requestTimeoutMs?: number;
  /** The time waited by: the real clock, or one a test drives so that nothing depends on the machine's speed. */
  clock?: Clock;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<unknown>;
}

const REAL_CLOCK: Clock = { now: () => Date.now(), sleep: (ms) => sleep(ms) };

/**
 * A mail catcher's inbox through Mailpit's HTTP API: a self-hosted Mailpit in front of a staging
 * site (MAIL_API_URL), or the embedded mail server, which speaks the same subset.
 */
export class MailpitMailbox implements Mailbox {
  readonly kind = 'mailpit' as const;
  private readonly origin: URL;
  private readonly authorization?: string;
  private readonly domain: string;
  private readonly pollMs: { first: number; max: number; fastForMs: number };
  private readonly requestTimeoutMs: number;
  private readonly clock: Clock;

  constructor(apiURL: string, options: MailpitOptions = {}) {
    // fetch refuses URLs with credentials: http://user:pass@host becomes a Basic authorization header.
    const url = new URL(apiURL);
    if (url.username || url.password) {
      this.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
      url.username = '';
      url.password = '';
    }
    this.origin = url;
    this.domain = options.domain ?? 'inbox.test';
    this.pollMs = options.pollMs ?? { first: 25, max: 250, fastForMs: 1_000 };
    this.requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    this.clock = options.clock ?? REAL_CLOCK;
  }

  newAddress(tag: string): string {
    return `guide-${tag}@${this.domain}`;
  }

  async waitForMessage({ to, timeoutMs, receivedAfter }: WaitOptions): Promise<MailMessage> {
    const { clock } = this;
    const started = clock.now();
    const deadline = started + timeoutMs;
    let pause = this.pollMs.first;
    for (;;) {
      const found = await this.search(to);
      // Mailpit lists newest first and matches `to:` as a substring: keep exact recipients, oldest first.
      const match = found
        .filter((summary) => recipients(summary).includes(to.toLowerCase()) && (!receivedAfter || new Date(summary.Created) >= receivedAfter))
        .at(-1);
      if (match) return toMailMessage(await this.request<MailpitMessage>('GET', MAILPIT_PATHS.message(match.ID)), match.Created);
      const left = deadline - clock.now();
      if (left <= 0) throw new MailTimeoutError(to, timeoutMs);
      await clock.sleep(Math.min(pause, left));
      if (clock.now() - started >= this.pollMs.fastForMs) pause = Math.min(pause * 2, this.pollMs.max);
    }
  }

  async deleteMessages(address: string): Promise<void> {
    await this.request('DELETE', searchPath(address));
  }

  private async search(address: string): Promise<MailpitSummary[]> {
    const result = await this.request<MailpitSearchResult>('GET', searchPath(address));
    return result.messages ?? [];
  }

  /** One API call; every way the mailbox can fail to answer becomes a MailboxUnavailableError. */
  private async request<T>(method: 'GET' | 'DELETE', pathAndQuery: string): Promise<T> {
    const url = new URL(pathAndQuery.replace(/^\//, ''), this.origin.href.endsWith('/') ? this.origin : `${this.origin.href}/`);
    const where = `${this.origin.host}${url.pathname}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) },
        signal: AbortSignal.timeout(this.requestTimeoutMs),
      });
    } catch (error) {
      const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw new MailboxUnavailableError('network', `the mail API at ${where} could not be reached (${reason})`, undefined, error);
    }
    if (response.status === 401 || response.status === 403) {
      throw new MailboxUnavailableError('auth', `the mail API at ${where} refused the credentials (HTTP ${response.status}); check the user and password in MAIL_API_URL`, response.status);
    }
    if (!response.ok) {
      throw new MailboxUnavailableError('server', `the mail API at ${where} answered HTTP ${response.status}${await excerpt(response)}`, response.status);
    }
    if (method === 'DELETE') return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new MailboxUnavailableError('server', `the mail API at ${where} answered something that is not Mailpit's JSON`, response.status, error);
    }
  }
}

/** The search (GET) or removal (DELETE) of the letters to one address. */
function searchPath(address: string): string {
  return `${MAILPIT_PATHS.search}?${new URLSearchParams({ query: toQuery(address) })}`;
}

async function excerpt(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim();
  return text ? `: ${text.slice(0, 120)}` : '';
}

function addresses(list: MailpitAddress[] | null | undefined): string[] {
  return (list ?? []).map((entry) => entry.Address.toLowerCase()).filter(Boolean);
}

function recipients(message: Pick<MailpitSummary, 'To' | 'Cc' | 'Bcc'>): string[] {
  return [...addresses(message.To), ...addresses(message.Cc), ...addresses(message.Bcc)];
}

/**
 * Mailpit's message in the shared shape; links and codes read as the local server always did.
 * `received` is when the catcher got it (the Date header is the sender's clock).
 */
export function toMailMessage(message: MailpitMessage, received: string = message.Date): MailMessage {
  const html = message.HTML || undefined;
  const text = message.Text || undefined;
  return {
    id: message.ID,
    subject: message.Subject,
    from: message.From?.Address ?? '',
    to: [...new Set(recipients(message))],
    received: new Date(received),
    html,
    text,
    links: html ? htmlLinks(html) : [],
    codes: codes(text ?? ''),
  };
}
