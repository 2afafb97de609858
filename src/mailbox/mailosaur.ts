import MailosaurClient from 'mailosaur';
import { MailTimeoutError, type MailMessage, type Mailbox, type WaitOptions } from './types.js';

type Client = InstanceType<typeof MailosaurClient>;
type SdkMessage = Awaited<ReturnType<Client['messages']['getById']>>;

/** A real inbox at Mailosaur, through its official SDK. */
export class MailosaurMailbox implements Mailbox {
  readonly kind = 'mailosaur' as const;

  constructor(
    private readonly client: Client,
    private readonly serverId: string,
  ) {}

  static fromKeys(apiKey: string, serverId: string): MailosaurMailbox {
    return new MailosaurMailbox(new MailosaurClient(apiKey), serverId);
  }

  newAddress(tag: string): string {
    return `guide-${tag}@${this.serverId}.mailosaur.net`;
  }

  async waitForMessage({ to, timeoutMs, receivedAfter }: WaitOptions): Promise<MailMessage> {
    let message: SdkMessage;
    try {
      message = await this.client.messages.get(this.serverId, { sentTo: to }, { timeout: timeoutMs, receivedAfter });
    } catch (error) {
      const type = (error as { errorType?: string }).errorType;
      if (type === 'search_timeout' || type === 'no_messages_found') throw new MailTimeoutError(to, timeoutMs);
      throw error;
    }
    return toMailMessage(message);
  }

  async deleteMessages(address: string): Promise<void> {
    const found = await this.client.messages.search(this.serverId, { sentTo: address }, { timeout: 0, errorOnTimeout: false });
    for (const item of found.items ?? []) if (item.id) await this.client.messages.del(item.id);
  }
}

function toMailMessage(message: SdkMessage): MailMessage {
  const people = (list?: Array<{ email?: string; name?: string }>) => (list ?? []).map((p) => p.email ?? '').filter(Boolean);
  const links = [...(message.html?.links ?? []), ...(message.text?.links ?? [])].map((link) => ({ href: link.href ?? '', text: link.text ?? '' }));
  const codes = [...(message.html?.codes ?? []), ...(message.text?.codes ?? [])].map((code) => code.value ?? '').filter(Boolean);
  return {
    id: message.id ?? '',
    subject: message.subject ?? '',
    from: people(message.from).join(', '),
    to: people(message.to).map((address) => address.toLowerCase()),
    received: message.received ? new Date(message.received) : new Date(),
    html: message.html?.body,
    text: message.text?.body,
    links,
    codes: [...new Set(codes)],
  };
}
