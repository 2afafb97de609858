import MailosaurClient from 'mailosaur';
import { MailTimeoutError, MailboxUnavailableError, type MailMessage, type Mailbox, type WaitOptions } from './types.js';

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
      throw unavailable(error);
    }
    return toMailMessage(message);
  }

  async deleteMessages(address: string): Promise<void> {
    try {
      const found = await this.client.messages.search(this.serverId, { sentTo: address }, { timeout: 0, errorOnTimeout: false });
      for (const item of found.items ?? []) if (item.id) await this.client.messages.del(item.id);
    } catch (error) {
      throw unavailable(error);
    }
  }
}

/** Socket-level failures of the SDK's https transport. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'CERT_HAS_EXPIRED']);

/**
 * The SDK's refusal of the key, its 5xx and its socket errors as MailboxUnavailableError (could not
 * verify); anything else (a malformed request) is a fault of the suite and keeps its own error.
 */
function unavailable(error: unknown): unknown {
  const { errorType, httpStatusCode, code, message } = (error ?? {}) as { errorType?: string; httpStatusCode?: number | null; code?: string; message?: string };
  const status = httpStatusCode ?? undefined;
  if (errorType === 'authentication_error' || errorType === 'permission_error') {
    return new MailboxUnavailableError('auth', `Mailosaur refused the API key (HTTP ${status}); check MAILOSAUR_API_KEY and that it may read server MAILOSAUR_SERVER_ID`, status, error);
  }
  if (errorType === 'api_error') return new MailboxUnavailableError('server', `Mailosaur answered HTTP ${status}`, status, error);
  if ((code && NETWORK_CODES.has(code)) || message === 'No response received') {
    return new MailboxUnavailableError('network', `Mailosaur could not be reached (${code ?? message})`, undefined, error);
  }
  return error;
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
