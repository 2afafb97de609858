import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailMessage } from '../../src/mailbox/types.js';
import { codes, htmlLinks } from '../../src/mailbox/letter-parts.js';
import { mailpitRoutes } from './mailpit-routes.js';

const KEEP = 2000;

/** A received letter, with what Mailpit's API shows of its sender and size. */
export interface StoredMessage extends MailMessage {
  sender: { name: string; address: string };
  size: number;
}

/** Letters received over SMTP, kept in memory; an event is emitted for each one. */
export class MailStore extends EventEmitter {
  private readonly messages: StoredMessage[] = [];

  add(message: StoredMessage): void {
    this.messages.push(message);
    if (this.messages.length > KEEP) this.messages.splice(0, this.messages.length - KEEP);
    this.emit('message', message);
  }

  find(to?: string, after?: Date): StoredMessage[] {
    const address = to?.toLowerCase();
    return this.messages.filter((m) => (!address || m.to.includes(address)) && (!after || m.received >= after));
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  delete(predicate: (m: StoredMessage) => boolean): number {
    let removed = 0;
    for (let i = this.messages.length - 1; i >= 0; i--) {
      if (predicate(this.messages[i])) {
        this.messages.splice(i, 1);
        removed++;
      }
    }
    return removed;
  }

  /** Resolves with the first letter to `to` after `after`, already here or arriving within `timeoutMs`. */
  wait(to: string, timeoutMs: number, after?: Date): Promise<StoredMessage | undefined> {
    const existing = this.find(to, after)[0];
    if (existing) return Promise.resolve(existing);
    const address = to.toLowerCase();
    return new Promise((resolve) => {
      const onMessage = (message: StoredMessage) => {
        if (!message.to.includes(address) || (after && message.received < after)) return;
        clearTimeout(timer);
        this.off('message', onMessage);
        resolve(message);
      };
      const timer = setTimeout(() => {
        this.off('message', onMessage);
        resolve(undefined);
      }, timeoutMs);
      this.on('message', onMessage);
    });
  }
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((a) => (a.address ?? '').toLowerCase())).filter(Boolean);
}

export interface MailServer {
  store: MailStore;
  /** The ports actually bound (useful when 0 asked for any free one). */
  smtpPort: number;
  apiURL: string;
  smtp: SMTPServer;
  api: FastifyInstance;
  close(): Promise<void>;
}

/** A real SMTP server on loopback, with an HTTP API and an inbox page over what it received. */
export async function startMailServer(options: { smtpPort: number; apiPort: number; host?: string }): Promise<MailServer> {
  const host = options.host ?? '127.0.0.1';
  const store = new MailStore();
  store.setMaxListeners(0);
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const sender = parsed.from?.value[0];
          const html = typeof parsed.html === 'string' ? parsed.html : undefined;
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          store.add({
            id: randomUUID(),
            subject: parsed.subject ?? '',
            from: parsed.from?.text ?? '',
            to: [...new Set([...envelopeTo, ...addresses(parsed.to)])],
            received: new Date(),
            html,
            text: parsed.text,
            links: html ? htmlLinks(html) : [],
            codes: codes(parsed.text ?? ''),
            sender: { name: sender?.name ?? '', address: (sender?.address ?? '').toLowerCase() },
            // smtp-server counts the bytes of DATA on its stream.
            size: (stream as { byteLength?: number }).byteLength ?? 0,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // smtp-server re-emits its listening socket's and its clients' errors on itself: unheard, one
  // would end the process. A port in use is still caught below; a client's broken connection
  // only concerns that client's letter, which then never arrives (and is reported as such).
  smtp.on('error', () => undefined);
  await listen(() => smtp.listen(options.smtpPort, host), smtp.server, 'SMTP', options.smtpPort);

  const api = Fastify({ logger: false });
  api.get<{ Querystring: { to?: string } }>('/api/messages', async (request) => store.find(request.query.to).map(summary));
  api.get<{ Params: { id: string } }>('/api/messages/:id', async (request, reply) => store.get(request.params.id) ?? reply.code(404).send({ error: 'no such message' }));
  api.get<{ Querystring: { to?: string; timeout?: string; after?: string } }>('/api/wait', async (request, reply) => {
    const { to, timeout, after } = request.query;
    if (!to) return reply.code(400).send({ error: 'to= is required' });
    const message = await store.wait(to, Math.min(Number(timeout) || 10_000, 600_000), after ? new Date(after) : undefined);
    return message ?? reply.code(408).send({ error: `no letter to ${to}` });
  });
  api.delete<{ Querystring: { to?: string } }>('/api/messages', async (request) => {
    const to = request.query.to?.toLowerCase();
    return { deleted: store.delete((m) => !to || m.to.includes(to)) };
  });
  api.delete<{ Params: { id: string } }>('/api/messages/:id', async (request) => ({ deleted: store.delete((m) => m.id === request.params.id) }));
  // The same letters through the subset of Mailpit's API the Mailpit adapter reads.
  mailpitRoutes(api, store);
  api.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(inboxPage(store.find())));
  api.get<{ Params: { id: string } }>('/messages/:id', async (request, reply) => {
    const message = store.get(request.params.id);
    if (!message) return reply.code(404).type('text/plain').send('no such message');
    return reply.type('text/html; charset=utf-8').send(messagePage(message));
  });
  try {
    await api.listen({ port: options.apiPort, host });
  } catch (error) {
    smtp.close();
    throw portError(error, 'mail API', options.apiPort);
  }

  const smtpAddress = smtp.server.address();
  const apiAddress = api.server.address();
  return {
    store,
    smtpPort: typeof smtpAddress === 'object' && smtpAddress ? smtpAddress.port : options.smtpPort,
    apiURL: `http://${host}:${typeof apiAddress === 'object' && apiAddress ? apiAddress.port : options.apiPort}`,
    smtp,
    api,
    async close() {
      await api.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}

function summary(message: MailMessage) {
  return { id: message.id, subject: message.subject, from: message.from, to: message.to, received: message.received };
}

function listen(start: () => void, server: { once(event: string, fn: (arg?: unknown) => void): void }, what: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', (error) => reject(portError(error, what, port)));
    start();
  });
}

/** "Port in use" said in words a person acts on. */
export function portError(error: unknown, what: string, port: number): Error {
  if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    return new Error(`the ${what} port ${port} is already in use: stop what runs there, or choose another port in .env`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function inboxPage(messages: MailMessage[]): string {
  const rows = messages
    .slice()
    .reverse()
    .map((m) => `<tr><td>${escape(m.received.toISOString())}</td><td>${escape(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escape(m.subject || '(no subject)')}</a></td></tr>`)
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>Local inbox</title><style>body{font:14px sans-serif;margin:24px}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}</style>
<h1>Local inbox</h1><p>${messages.length} letter(s). API: <code>/api/messages?to=…</code>, <code>/api/wait?to=…&amp;timeout=…</code>; Mailpit's <code>/api/v1/search?query=to:…</code>, <code>/api/v1/message/…</code></p>
<table><tr><th>Received</th><th>To</th><th>Subject</th></tr>${rows}</table>`;
}

function messagePage(m: MailMessage): string {
  return `<!doctype html><meta charset="utf-8"><title>${escape(m.subject)}</title><style>body{font:14px sans-serif;margin:24px}iframe{width:100%;height:70vh;border:1px solid #ccc}</style>
<p><a href="/">← Inbox</a></p><h1>${escape(m.subject)}</h1><p>From ${escape(m.from)} to ${escape(m.to.join(', '))}, ${escape(m.received.toISOString())}</p>
<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escape(m.html ?? `<pre>${escape(m.text ?? '')}</pre>`)}"></iframe>`;
}
