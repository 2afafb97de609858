import MailosaurClient from 'mailosaur';
import { expect, test } from '@playwright/test';
import { MailosaurMailbox } from '../../src/mailbox/mailosaur.js';
import { MailTimeoutError } from '../../src/mailbox/types.js';

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

/** The SDK's request transport, replaced: every call is recorded and answered from `routes`. */
function fakeTransport(routes: (method: string, url: string, options: Record<string, unknown>) => { status: number; body?: unknown }) {
  const calls: Array<{ method: string; url: string; options: Record<string, unknown> }> = [];
  const handle = (method: string) => (url: string, options: Record<string, unknown>, callback: Callback) => {
    calls.push({ method, url, options });
    const { status, body } = routes(method, url, options);
    setImmediate(() => callback(null, { statusCode: status, headers: { 'x-ms-delay': '10' } }, body));
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
