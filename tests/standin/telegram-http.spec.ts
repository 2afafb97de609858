import { request } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import type { SettingsPage } from '../../standin/pages/index.js';
import { expect, startStandin, test } from '../support/standin.js';
import { csrfOf, registerClient } from './tickets-support.js';

const sjson = async (request: APIRequestContext, base: string): Promise<SettingsPage> => (await (await request.get(`${base}/billmgr?func=usrparam&out=sjson`)).json()).page as SettingsPage;

async function saveUsername(request: APIRequestContext, base: string, telegram: string) {
  const token = await csrfOf(request, `${base}/billmgr?func=usrparam`);
  return request.post(`${base}/billmgr?func=usrparam`, { form: { _csrf: token, telegram }, headers: { accept: 'application/json' } });
}

interface Answer {
  status: number;
  session: string;
  json(): unknown;
}

/** One request to the imitation as Chromium reaches it: the loopback address under the host name telegram.localhost. */
function ask(port: string, method: string, path: string, { cookie, body }: { cookie?: string; body?: unknown } = {}): Promise<Answer> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { host: `telegram.localhost:${port}` };
  if (cookie) headers.cookie = cookie;
  if (data) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, method, path, headers }, (answer) => {
      let text = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => (text += chunk));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, session: (answer.headers['set-cookie']?.[0] ?? '').split(';')[0], json: () => JSON.parse(text) }));
    });
    sent.on('error', reject);
    sent.end(data);
  });
}

function telegram(base: string) {
  const port = new URL(base).port;
  return {
    signIn: (username: string) => ask(port, 'POST', '/api/sign-in', { body: { username } }),
    chat: (session: string, bot: string) => ask(port, 'GET', `/api/chats/${bot}`, { cookie: session }),
    send: (session: string, bot: string, text: string) => ask(port, 'POST', `/api/chats/${bot}/messages`, { cookie: session, body: { text } }),
  };
}

const sessionOf = (answer: Answer) => answer.session;

test('Telegram: the username saved in user settings, «Подтверждено» once the bot has /start from that very username, never for «@name»', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  const before = await sjson(request, standin.url);
  expect(before.telegram).toMatchObject({
    heading: 'Настройка работы с Telegram',
    field: { name: 'telegram', label: 'Telegram', value: '' },
    receiving: 'Получение уведомлений',
    bot: { label: 'senkonotifybot', href: 'https://t.me/senkonotifybot' },
    status: 'Требуется настройка',
    folded: false,
  });
  expect([before.ok, before.cancel.label]).toEqual(['Ok', 'Отмена']);
  expect(before.menu.find((group) => group.id === 'client')?.items.map((item) => item.label)).toContain('Настройки пользователя');

  // Typed with «@»: kept as typed, and the bot never finds that account.
  expect((await saveUsername(request, standin.url, '@senko_reader')).status()).toBe(200);
  const tg = telegram(standin.url);
  const session = sessionOf(await tg.signIn('senko_reader'));
  expect(session).toMatch(/^tg_session=/u);
  expect((await tg.send(session, 'senkonotifybot', '/start')).status).toBe(200);
  expect((await sjson(request, standin.url)).telegram).toMatchObject({ field: { value: '@senko_reader' }, status: 'Требуется настройка' });

  await saveUsername(request, standin.url, 'Senko_Reader');
  expect((await sjson(request, standin.url)).telegram).toMatchObject({ field: { value: 'Senko_Reader' }, status: 'Подтверждено' });
  await request.dispose();
});

test('Telegram: another account\'s /start confirms nothing, and the bot answers nobody', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  await saveUsername(request, standin.url, 'senko_quiet');
  const tg = telegram(standin.url);
  const other = sessionOf(await tg.signIn('senko_other'));
  await tg.send(other, 'senkonotifybot', '/start');
  expect((await sjson(request, standin.url)).telegram.status).toBe('Требуется настройка');
  const chat = (await tg.chat(other, 'senkonotifybot')).json() as { messages: Array<{ out: boolean; text: string }> };
  expect(chat.messages.map((m) => [m.out, m.text])).toEqual([[true, '/start']]);
  await request.dispose();
});

test('the Telegram imitation refuses what Telegram would: a name that is no username, an unknown bot, a chat with no account signed in', async ({ standin }) => {
  const tg = telegram(standin.url);
  expect((await tg.signIn('@bad name')).status).toBe(422);
  expect((await tg.signIn('abc')).status).toBe(422);
  const session = sessionOf(await tg.signIn('senko_valid'));
  expect((await tg.chat(session, 'no_such_bot_here')).status).toBe(404);
  expect((await tg.chat('', 'senkonotifybot')).status).toBe(401);
  expect((await tg.send(session, 'senkonotifybot', '   ')).status).toBe(422);
  // The client area's own host names do not answer the imitation's paths.
  expect((await fetch(`${standin.url}/api/chats/senkonotifybot`)).status).toBe(404);
});

test('drift telegram-status-renamed: the confirmed status reads «Привязано»', async ({ playwright }) => {
  const standin = await startStandin('telegram-status-renamed');
  const request = await playwright.request.newContext();
  try {
    await registerClient(request, standin.url);
    await saveUsername(request, standin.url, 'senko_drift');
    const tg = telegram(standin.url);
    await tg.send(sessionOf(await tg.signIn('senko_drift')), 'senkonotifybot', '/start');
    expect((await sjson(request, standin.url)).telegram.status).toBe('Привязано');
  } finally {
    await request.dispose();
    await standin.close();
  }
});
