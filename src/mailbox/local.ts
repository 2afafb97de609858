import { MailTimeoutError, type MailMessage, type Mailbox, type WaitOptions } from './types.js';

interface WireMessage extends Omit<MailMessage, 'received'> {
  received: string;
}

/** The embedded mail server's inbox, reached over its HTTP API. Its wait is event-driven on the server. */
export class LocalMailbox implements Mailbox {
  readonly kind = 'local' as const;

  constructor(
    private readonly apiURL: string,
    private readonly domain = 'inbox.test',
  ) {}

  newAddress(tag: string): string {
    return `guide-${tag}@${this.domain}`;
  }

  async waitForMessage({ to, timeoutMs, receivedAfter }: WaitOptions): Promise<MailMessage> {
    const url = new URL('/api/wait', this.apiURL);
    url.searchParams.set('to', to);
    url.searchParams.set('timeout', String(timeoutMs));
    if (receivedAfter) url.searchParams.set('after', receivedAfter.toISOString());
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs + 5_000) });
    if (response.status === 408) throw new MailTimeoutError(to, timeoutMs);
    if (!response.ok) throw new Error(`the local mail server answered HTTP ${response.status} for ${url.pathname}`);
    const wire = (await response.json()) as WireMessage;
    return { ...wire, received: new Date(wire.received) };
  }

  async deleteMessages(address: string): Promise<void> {
    const url = new URL('/api/messages', this.apiURL);
    url.searchParams.set('to', address);
    await fetch(url, { method: 'DELETE' });
  }
}
