import type { FastifyInstance, FastifyReply } from 'fastify';
import { MAILPIT_PATHS, searchTerms, type MailpitAddress, type MailpitMessage, type MailpitSearchResult, type MailpitSummary } from '../../src/mailbox/mailpit-api.js';
import type { MailStore, StoredMessage } from './server.js';

type Query = { query?: string; start?: string; limit?: string };

/**
 * The subset of Mailpit's API the suite reads, served over the local store with Mailpit's paths,
 * shapes and error answers, so the one Mailpit adapter reads the embedded target's letters too.
 */
export function mailpitRoutes(api: FastifyInstance, store: MailStore): void {
  api.get<{ Querystring: Query }>(MAILPIT_PATHS.messages, async (request) => {
    const all = store.find();
    return page(all, request.query, all.length);
  });

  api.get<{ Querystring: Query }>(MAILPIT_PATHS.search, async (request, reply) => {
    const matches = matcher(request.query.query, reply);
    if (!matches) return reply;
    const all = store.find();
    return page(all.filter(matches), request.query, all.length);
  });

  api.delete<{ Querystring: Query }>(MAILPIT_PATHS.search, async (request, reply) => {
    const matches = matcher(request.query.query, reply);
    if (!matches) return reply;
    store.delete(matches);
    return reply.type('text/plain').send('ok');
  });

  api.get<{ Params: { id: string } }>('/api/v1/message/:id', async (request, reply) => {
    const message = store.get(request.params.id);
    if (!message) return reply.code(404).type('text/plain').send('Message not found');
    return full(message);
  });

  api.delete<{ Body?: { IDs?: string[] } }>(MAILPIT_PATHS.messages, async (request, reply) => {
    const ids = new Set(request.body?.IDs ?? []);
    store.delete((m) => !ids.size || ids.has(m.id));
    return reply.type('text/plain').send('ok');
  });
}

/**
 * A filter for the search terms the suite uses (`to:`, as Mailpit: a case-insensitive substring
 * of a recipient); any other term is answered 400, as Mailpit answers a query it cannot run.
 */
function matcher(query: string | undefined, reply: FastifyReply): ((m: StoredMessage) => boolean) | undefined {
  const terms = searchTerms(query?.trim() ?? '');
  if (!terms.length) {
    reply.code(400).type('text/plain').send('Error: no search query');
    return undefined;
  }
  const unsupported = terms.filter((term) => !/^to:./i.test(term));
  if (unsupported.length) {
    reply.code(400).type('text/plain').send(`Error: the local mail server searches by to: only, not ${unsupported.join(' ')}`);
    return undefined;
  }
  const wanted = terms.map((term) => term.slice(3).toLowerCase());
  return (m) => wanted.every((part) => m.to.some((address) => address.includes(part)));
}

function page(messages: StoredMessage[], query: Query, total: number): MailpitSearchResult {
  const start = Math.max(0, Number(query.start) || 0);
  const limit = Math.max(1, Number(query.limit) || 50);
  const newestFirst = messages.slice().reverse();
  const listed = newestFirst.slice(start, start + limit).map(summary);
  return { total, unread: total, count: listed.length, messages_count: messages.length, messages_unread: messages.length, start, tags: [], messages: listed };
}

const address = (value: string): MailpitAddress => ({ Name: '', Address: value });

function summary(m: StoredMessage): MailpitSummary {
  return {
    ID: m.id,
    MessageID: `${m.id}@mail.local`,
    Read: false,
    From: { Name: m.sender.name, Address: m.sender.address },
    To: m.to.map(address),
    Cc: [],
    Bcc: [],
    ReplyTo: [],
    Subject: m.subject,
    Created: m.received.toISOString(),
    Username: '',
    Tags: [],
    Size: m.size,
    Attachments: 0,
    Snippet: (m.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 250),
  };
}

function full(m: StoredMessage): MailpitMessage {
  const { Read: _read, Created, Attachments: _count, Snippet: _snippet, ...rest } = summary(m);
  const ListUnsubscribe = { Header: '', Links: [], Errors: '', HeaderPost: '' };
  return { ...rest, ReturnPath: m.sender.address, ListUnsubscribe, Date: Created, Text: m.text ?? '', HTML: m.html ?? '', Inline: [], Attachments: [] };
}
