import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MailosaurClient from 'mailosaur';
import nodemailer from 'nodemailer';
import { expect, test } from '@playwright/test';
import { ConfigurationError } from '../../src/config/preflight.js';
import { readSettings } from '../../src/config/settings.js';
import { resolveTarget } from '../../src/config/target.js';
import { createMailbox } from '../../src/mailbox/index.js';
import { MailosaurMailbox } from '../../src/mailbox/mailosaur.js';
import { MailpitMailbox } from '../../src/mailbox/mailpit.js';
import { MailTimeoutError, MailboxUnavailableError } from '../../src/mailbox/types.js';
import { startMailServer } from '../../standin/mailserver/server.js';

/** Response shapes as Mailosaur's API returns them (recorded from its documentation). */
const SUMMARY = { id: 'f3a8c2e1-0000-4c1b-9f00-1a2b3c4d5e6f', received: '2026-11-25T10:00:01.000Z', subject: 'Подтверждение Email адреса' };
const MESSAGE = {
  ...SUMMARY,
  type: 'Email',
  from: [{ name: 'Senko Digital', email: 'noreply@senko.digital' }],
  to: [{ name: '', email: 'guide-abc@ab12cd34.mailosaur.net' }],
  server: 'ab12cd34',
  html: {
    body: '<a href="https://my.senko.digital/billmgr?func=notice.confirm&key=k1" style="background:#7c3aed">Подтвердить Email</a>',
    links: [{ href: 'https://my.senko.digital/billmgr?func=notice.confirm&key=k1', text: 'Подтвердить Email' }],
    codes: [],
  },
  text: { body: 'Код 482913', links: [], codes: [{ value: '482913' }] },
};

type Callback = (err: Error | null, response?: { statusCode: number; headers?: Record<string, string> }, body?: unknown) => void;
type Answer = { status: number; body?: unknown } | { error: Error };

/** The SDK's request transport, replaced: every call is recorded and answered from `routes`. */
function fakeTransport(routes: (method: string, url: string, options: Record<string, unknown>) => Answer) {
  const calls: Array<{ method: string; url: string; options: Record<string, unknown> }> = [];
  const handle = (method: string) => (url: string, options: Record<string, unknown>, callback: Callback) => {
    calls.push({ method, url, options });
    const answer = routes(method, url, options);
    if ('error' in answer) return void setImmediate(() => callback(answer.error));
    setImmediate(() => callback(null, { statusCode: answer.status, headers: { 'x-ms-delay': '10' } }, answer.body));
  };
  return { calls, transport: { get: handle('GET'), post: handle('POST'), del: handle('DELETE'), put: handle('PUT') } };
}

function mailbox(routes: Parameters<typeof fakeTransport>[0]) {
  const client = new MailosaurClient('test-api-key-never-sent');
  const fake = fakeTransport(routes);
  (client as unknown as { request: unknown }).request = fake.transport;
  return { box: new MailosaurMailbox(client, 'ab12cd34'), calls: fake.calls };
}

test('addresses are unique per test on the configured server', () => {
  const { box } = mailbox(() => ({ status: 200 }));
  expect(box.newAddress('t1')).toBe('guide-t1@ab12cd34.mailosaur.net');
});

test('waiting for a letter searches by recipient and returns it in the shared shape', async () => {
  const { box, calls } = mailbox((method, url) => {
    if (method === 'POST' && url === 'api/messages/search') return { status: 200, body: { items: [SUMMARY] } };
    if (method === 'GET' && url === `api/messages/${SUMMARY.id}`) return { status: 200, body: MESSAGE };
    return { status: 404 };
  });
  const message = await box.waitForMessage({ to: 'guide-abc@ab12cd34.mailosaur.net', timeoutMs: 5_000 });
  expect(calls[0]).toMatchObject({ method: 'POST', url: 'api/messages/search', options: { body: { sentTo: 'guide-abc@ab12cd34.mailosaur.net' }, qs: { server: 'ab12cd34' } } });
  expect(message).toMatchObject({
    id: SUMMARY.id,
    subject: 'Подтверждение Email адреса',
    from: 'noreply@senko.digital',
    to: ['guide-abc@ab12cd34.mailosaur.net'],
    links: [{ href: 'https://my.senko.digital/billmgr?func=notice.confirm&key=k1', text: 'Подтвердить Email' }],
    codes: ['482913'],
  });
  expect(message.received.toISOString()).toBe('2026-11-25T10:00:01.000Z');
});

test('no letter in time is a MailTimeoutError', async () => {
  const { box } = mailbox(() => ({ status: 200, body: { items: [] } }));
  await expect(box.waitForMessage({ to: 'x@ab12cd34.mailosaur.net', timeoutMs: 50 })).rejects.toBeInstanceOf(MailTimeoutError);
});

test("deleting a test's messages removes exactly those", async () => {
  const { box, calls } = mailbox((method, url) => {
    if (method === 'POST') return { status: 200, body: { items: [{ id: 'm1' }, { id: 'm2' }] } };
    if (method === 'DELETE') return { status: 204 };
    return { status: 404, body: url };
  });
  await box.deleteMessages('guide-abc@ab12cd34.mailosaur.net');
  expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['api/messages/m1', 'api/messages/m2']);
});

test('Mailosaur refusing the key, answering 5xx or unreachable is MailboxUnavailableError, not a missing letter', async () => {
  const refused = mailbox(() => ({ status: 401, body: { message: 'Unauthorized' } })).box;
  const auth = await refused.waitForMessage({ to: 'x@ab12cd34.mailosaur.net', timeoutMs: 1_000 }).catch((e: unknown) => e);
  expect(auth).toBeInstanceOf(MailboxUnavailableError);
  expect(auth).toMatchObject({ name: 'MailboxUnavailableError', cause: 'auth', status: 401 });
  expect(String((auth as Error).message)).not.toContain('test-api-key-never-sent');

  const failing = mailbox(() => ({ status: 503 })).box;
  await expect(failing.waitForMessage({ to: 'x@ab12cd34.mailosaur.net', timeoutMs: 1_000 })).rejects.toMatchObject({ cause: 'server', status: 503 });

  const unreachable = mailbox(() => ({ error: Object.assign(new Error('connect ECONNREFUSED 1.2.3.4:443'), { code: 'ECONNREFUSED' }) })).box;
  await expect(unreachable.waitForMessage({ to: 'x@ab12cd34.mailosaur.net', timeoutMs: 1_000 })).rejects.toMatchObject({ cause: 'network' });
  await expect(unreachable.deleteMessages('x@ab12cd34.mailosaur.net')).rejects.toMatchObject({ cause: 'network' });
});

// ---- Mailpit: the adapter against recorded Mailpit answers, offline -------------------------------

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/mailpit');

interface Exchange {
  request: { method: string; path: string; query?: Record<string, string> };
  response: { status: number; headers: Record<string, string>; body: unknown };
}

const recorded = (name: string): Exchange => JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Exchange;

interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
}

/**
 * A tiny Mailpit: answers each request from the first recorded exchange whose method, path and
 * query match (`answer` may pick another per call); a request no recording knows gets a 404.
 */
async function fakeMailpit(exchanges: Exchange[], answer?: (seen: SeenRequest, count: number) => Exchange | undefined) {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://mailpit.test');
    const request: SeenRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization };
    seen.push(request);
    const matches = (e: Exchange) =>
      e.request.method === request.method && e.request.path === request.path && Object.entries(e.request.query ?? {}).every(([k, v]) => request.query[k] === v);
    const exchange = answer?.(request, seen.length) ?? exchanges.find(matches);
    if (!exchange) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
      return;
    }
    const { status, headers, body } = exchange.response;
    res.writeHead(status, headers).end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test.describe('Mailpit adapter', () => {
  test('waits for the letter by searching to:, reads the oldest exact recipient, links and codes from its bodies', async () => {
    const mailpit = await fakeMailpit([recorded('search-to'), recorded('message')]);
    try {
      const box = new MailpitMailbox(mailpit.url);
      const message = await box.waitForMessage({ to: 'guide-abc@inbox.test', timeoutMs: 2_000 });
      expect(mailpit.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/search', 'GET /api/v1/message/9sXh2LmQeTr4Vn8BcKz1Ud']);
      expect(mailpit.seen[0].query).toEqual({ query: 'to:"guide-abc@inbox.test"' });
      expect(message).toMatchObject({
        id: '9sXh2LmQeTr4Vn8BcKz1Ud',
        subject: 'Подтверждение Email адреса',
        from: 'noreply@senko.digital',
        to: ['guide-abc@inbox.test'],
        links: [{ href: 'https://my.senko.digital/billmgr?func=notice.confirm&key=k1', text: 'Подтвердить Email' }],
        codes: ['482913'],
      });
      // When the catcher received it, not the sender's Date header.
      expect(message.received.toISOString()).toBe('2026-11-25T10:00:01.093Z');
      expect(message.html).toContain('<a href=');
      expect(message.text).toContain('Код 482913');
    } finally {
      await mailpit.close();
    }
  });

  test('letters received before the request are skipped', async () => {
    const mailpit = await fakeMailpit([recorded('search-to'), recorded('message')]);
    try {
      const box = new MailpitMailbox(mailpit.url);
      const late = box.waitForMessage({ to: 'guide-abc@inbox.test', timeoutMs: 300, receivedAfter: new Date('2026-11-25T10:00:02Z') });
      await expect(late).rejects.toBeInstanceOf(MailTimeoutError);
    } finally {
      await mailpit.close();
    }
  });

  /** A clock the test drives: each pause is recorded and passes at once, whatever the machine's load. */
  const drivenClock = () => {
    let now = 0;
    const pauses: number[] = [];
    const sleep = async (ms: number) => {
      pauses.push(ms);
      now += ms;
    };
    return { pauses, clock: { now: () => now, sleep } };
  };

  test('polls while the letter is on its way, with short pauses first, longer ones later', async () => {
    const empty = recorded('search-empty');
    const mailpit = await fakeMailpit([recorded('search-to'), recorded('message')], (seen, count) => (seen.path === '/api/v1/search' && count <= 3 ? empty : undefined));
    try {
      const { pauses, clock } = drivenClock();
      const message = await new MailpitMailbox(mailpit.url, { clock }).waitForMessage({ to: 'guide-abc@inbox.test', timeoutMs: 5_000 });
      expect(message.id).toBe('9sXh2LmQeTr4Vn8BcKz1Ud');
      expect(mailpit.seen.filter((r) => r.path === '/api/v1/search')).toHaveLength(4);
      // Three short pauses: a letter that is already on its way is read within a fraction of a second.
      expect(pauses).toEqual([25, 25, 25]);
    } finally {
      await mailpit.close();
    }
  });

  test('a slow letter is searched for less and less often', async () => {
    const mailpit = await fakeMailpit([recorded('search-empty')]);
    try {
      const { pauses, clock } = drivenClock();
      const box = new MailpitMailbox(mailpit.url, { pollMs: { first: 20, max: 160, fastForMs: 100 }, clock });
      await expect(box.waitForMessage({ to: 'guide-none@inbox.test', timeoutMs: 1_000 })).rejects.toBeInstanceOf(MailTimeoutError);
      // 100 ms at 20 ms, then 40, 80, 160, 160… ms up to the deadline: 5 + 3 + 5 searches, not 50.
      expect(pauses).toEqual([20, 20, 20, 20, 20, 40, 80, 160, 160, 160, 160, 140]);
      expect(mailpit.seen).toHaveLength(13);
    } finally {
      await mailpit.close();
    }
  });

  test('no letter in time is a MailTimeoutError (drift), after searching until the deadline', async () => {
    const mailpit = await fakeMailpit([recorded('search-empty')]);
    try {
      const { pauses, clock } = drivenClock();
      const error = await new MailpitMailbox(mailpit.url, { clock }).waitForMessage({ to: 'guide-none@inbox.test', timeoutMs: 400 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailTimeoutError);
      // Searched until the deadline, not a pause beyond it.
      expect(pauses.reduce((sum, ms) => sum + ms, 0)).toBe(400);
      expect(mailpit.seen).toHaveLength(pauses.length + 1);
    } finally {
      await mailpit.close();
    }
  });

  test('credentials in MAIL_API_URL go as Basic authorization, under a path prefix; a refusal is "auth", the password never shown', async () => {
    const mailpit = await fakeMailpit([], (seen) => {
      if (seen.authorization !== `Basic ${Buffer.from('qa:s3cret pass').toString('base64')}`) return recorded('unauthorised');
      return seen.path === '/mailpit/api/v1/search' ? { ...recorded('search-empty'), request: { method: 'GET', path: seen.path } } : undefined;
    });
    try {
      const box = new MailpitMailbox(`${mailpit.url.replace('http://', 'http://qa:s3cret%20pass@')}/mailpit/`);
      await expect(box.waitForMessage({ to: 'guide-none@inbox.test', timeoutMs: 100 })).rejects.toBeInstanceOf(MailTimeoutError);
      expect(mailpit.seen[0].path).toBe('/mailpit/api/v1/search');

      const wrong = new MailpitMailbox(mailpit.url.replace('http://', 'http://qa:wrong-password@'));
      const error = await wrong.waitForMessage({ to: 'guide-none@inbox.test', timeoutMs: 1_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailboxUnavailableError);
      expect(error).toMatchObject({ name: 'MailboxUnavailableError', cause: 'auth', status: 401 });
      expect((error as Error).message).not.toContain('wrong-password');
    } finally {
      await mailpit.close();
    }
  });

  test('a 5xx answer is "server", with the status and what the API said', async () => {
    const mailpit = await fakeMailpit([recorded('server-error')]);
    try {
      const error = await new MailpitMailbox(mailpit.url).waitForMessage({ to: 'guide-abc@inbox.test', timeoutMs: 1_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailboxUnavailableError);
      expect(error).toMatchObject({ cause: 'server', status: 500 });
      expect((error as Error).message).toContain('database is locked');
    } finally {
      await mailpit.close();
    }
  });

  test('a refused connection is "network", at once rather than at the timeout', async () => {
    const mailpit = await fakeMailpit([]);
    await mailpit.close();
    const { pauses, clock } = drivenClock();
    const error = await new MailpitMailbox(mailpit.url, { clock }).waitForMessage({ to: 'guide-abc@inbox.test', timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailboxUnavailableError);
    expect(error).toMatchObject({ cause: 'network' });
    expect((error as Error).message).toContain('ECONNREFUSED');
    // Not one pause: the first refusal is the answer.
    expect(pauses).toEqual([]);
  });

  test("deleting a test's letters is one DELETE of its search", async () => {
    const mailpit = await fakeMailpit([recorded('delete-search')]);
    try {
      await new MailpitMailbox(mailpit.url).deleteMessages('guide-abc@inbox.test');
      expect(mailpit.seen).toEqual([expect.objectContaining({ method: 'DELETE', path: '/api/v1/search', query: { query: 'to:"guide-abc@inbox.test"' } })]);
    } finally {
      await mailpit.close();
    }
  });
});

test('the local mail server answers the same Mailpit subset, with the recorded shapes, so one adapter reads both', async () => {
  const mail = await startMailServer({ smtpPort: 0, apiPort: 0 });
  try {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: mail.smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: '"Senko Digital" <noreply@senko.digital>',
      to: 'Guide-Local@inbox.test',
      subject: 'Подтверждение Email адреса',
      text: 'Код 482913',
      html: '<p><a href="http://127.0.0.1/billmgr?func=notice.confirm&amp;key=k1">Подтвердить Email</a></p>',
    });
    const box = new MailpitMailbox(mail.apiURL);
    const message = await box.waitForMessage({ to: 'guide-local@inbox.test', timeoutMs: 2_000 });
    expect(message).toMatchObject({ from: 'noreply@senko.digital', to: ['guide-local@inbox.test'], codes: ['482913'], links: [{ href: 'http://127.0.0.1/billmgr?func=notice.confirm&key=k1', text: 'Подтвердить Email' }] });

    // Every field Mailpit answers is there, so a tool written for Mailpit reads the local server too.
    const search = await (await fetch(`${mail.apiURL}/api/v1/search?query=${encodeURIComponent('to:"guide-local@inbox.test"')}`)).json();
    const recordedSearch = recorded('search-to').response.body as { messages: object[] };
    expect(Object.keys(search).sort()).toEqual(Object.keys(recordedSearch).sort());
    expect(Object.keys(search.messages[0]).sort()).toEqual(Object.keys(recordedSearch.messages[0]).sort());
    const full = await (await fetch(`${mail.apiURL}/api/v1/message/${search.messages[0].ID}`)).json();
    expect(Object.keys(full).sort()).toEqual(Object.keys(recorded('message').response.body as object).sort());

    const unsupported = await fetch(`${mail.apiURL}/api/v1/search?query=is:unread`);
    expect(unsupported.status).toBe(400);

    await box.deleteMessages('guide-local@inbox.test');
    await expect(box.waitForMessage({ to: 'guide-local@inbox.test', timeoutMs: 100 })).rejects.toBeInstanceOf(MailTimeoutError);
    // The older endpoints stay for people and tools already using them.
    expect((await fetch(`${mail.apiURL}/api/messages`)).status).toBe(200);
    expect((await fetch(`${mail.apiURL}/`)).status).toBe(200);
  } finally {
    await mail.close();
  }
});

test('a mail server port in use is refused with what to do, without ending the process', async () => {
  const blocker = createTcpServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as AddressInfo).port;
  try {
    await expect(startMailServer({ smtpPort: port, apiPort: 0 })).rejects.toThrow(`the SMTP port ${port} is already in use`);
  } finally {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
  }
});

test('one Mailpit adapter for the local server and MAIL_API_URL, Mailosaur when its keys are set, a configuration error with neither', () => {
  const kindFor = (env: Record<string, string>) => {
    const settings = readSettings(env);
    return createMailbox(settings, resolveTarget(settings)).kind;
  };
  expect(kindFor({})).toBe('mailpit');
  expect(kindFor({ BASE_URL: 'https://staging.example', MAIL_API_URL: 'http://mailpit.test:8025' })).toBe('mailpit');
  expect(kindFor({ BASE_URL: 'https://staging.example', MAILOSAUR_API_KEY: 'k', MAILOSAUR_SERVER_ID: 'ab12cd34' })).toBe('mailosaur');
  expect(() => kindFor({ BASE_URL: 'https://staging.example' })).toThrow(ConfigurationError);
});
