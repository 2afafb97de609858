import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readSettings } from '../../src/config/settings.js';
import { preflight } from '../../src/config/preflight.js';
import { resolveTarget } from '../../src/config/target.js';
import { classifyStepError } from '../../src/execute/verdict.js';
import { createMessenger, NoMessengerAccountError, telegramNameOf, type Messenger } from '../../src/messenger/index.js';
import { startBot } from '../../src/vocabulary/steps/messenger.js';
import { SECTION_FOUND, unfoldSection } from '../../src/vocabulary/steps/sections.js';
import { ABSENCE_MS, stepContext } from '../support/step-context.js';

/** A section whose body holds a field, folded as `how` draws it: by ARIA, by <details>, or by a plain bar's look alone. */
const section = (how: 'aria' | 'details' | 'plain', open: boolean) => {
  const body = '<label>Telegram <input name="telegram"></label><a href="#bot">senkonotifybot</a>';
  if (how === 'details') return `<details${open ? ' open' : ''}><summary>Настройка работы с Telegram</summary>${body}</details>`;
  const bar = how === 'aria' ? `<button type="button" aria-expanded="${open}">Настройка работы с Telegram</button>` : '<div class="bar">Настройка работы с Telegram</div>';
  return `${bar}<div class="body" ${open ? '' : 'hidden'}>${body}</div>
    <script>
      const bar = document.querySelector('${how === 'aria' ? 'button' : '.bar'}');
      window.presses = 0;
      bar.addEventListener('click', () => {
        window.presses++;
        const body = document.querySelector('.body');
        body.hidden = !body.hidden;
        ${how === 'aria' ? "bar.setAttribute('aria-expanded', String(!body.hidden));" : ''}
      });
    </script>`;
};

for (const how of ['aria', 'details', 'plain'] as const) {
  for (const open of [false, true]) {
    test(`unfold the section found before: ${how} markup, ${open ? 'already open' : 'folded'} → its field is shown`, async ({ page }) => {
      await page.setContent(section(how, open));
      const context = stepContext(page);
      context.memory.set(SECTION_FOUND, 'Настройка работы с Telegram');
      await unfoldSection(context);
      await expect(page.getByRole('textbox')).toBeVisible();
      // A folded section is opened by one press; an open one is left open (a plain bar: folded by the press, and opened again).
      if (how !== 'details') expect(await page.evaluate(() => (window as unknown as { presses: number }).presses)).toBe(open ? (how === 'plain' ? 2 : 0) : 1);
    });
  }
}

/** A chat of the persona's messenger: a «Start» button until the first message, then a message box. */
const chat = (withStart: boolean) => `
  <main><h1>Notifications :// Senko Digital</h1><section id="messages"></section>
  ${withStart ? '<button id="start">Start</button>' : ''}<input aria-label="Write a message..."></main>
  <script>
    const send = (text) => { const p = document.createElement('p'); p.textContent = text; document.getElementById('messages').append(p); };
    document.getElementById('start')?.addEventListener('click', () => send('/start'));
    document.querySelector('input').addEventListener('keydown', (e) => e.key === 'Enter' && send(e.target.value));
  </script>`;

/** A messenger whose chats are pages a test draws. */
function drawnMessenger(html: string): Messenger {
  return {
    username: 'senko_test',
    chatURL: async (page, link) => {
      if (!telegramNameOf(link)) return undefined;
      await page.route('http://chat.test/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
      return 'http://chat.test/k/';
    },
  };
}

const BOT_LINK = { text: 'bot', url: 'https://t.me/senkonotifybot' };

test('start the bot: «Start» pressed where the chat offers it, else /start typed and sent; the chat shows it', async ({ page }) => {
  for (const withStart of [true, false]) {
    const context = { ...stepContext(page, { lang: 'en', uiTimeout: withStart ? 10_000 : ABSENCE_MS }), messenger: drawnMessenger(chat(withStart)) };
    await startBot(context, BOT_LINK, 'Start', '@senkonotifybot', '8133928684', '/start');
    await expect(page.getByText('/start', { exact: true })).toBeVisible();
    expect(context.notes.at(-1)).toContain(withStart ? 'pressed «Start»' : 'found no «Start»; sent /start');
    await page.unroute('http://chat.test/**');
  }
});

test('start the bot with no Telegram account: could not verify (needs a Telegram account), never drift', async ({ page }) => {
  const context = { ...stepContext(page, { lang: 'en' }), target: resolveTarget(readSettings({ BASE_URL: 'https://my.senko.digital' })) };
  const error = await startBot(context, BOT_LINK, 'Start', '@senkonotifybot', '/start').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NoMessengerAccountError);
  expect(classifyStepError(error)).toMatchObject({ verdict: 'could not verify', unverified: { cause: 'messenger-account', detail: expect.stringContaining('no Telegram account is configured for https://my.senko.digital') } });
});

test('a guide whose link and quoted bot disagree is drift at that sentence, whatever the account', async ({ page }) => {
  const context = stepContext(page, { lang: 'en' });
  const error = await startBot(context, { text: 'bot', url: 'https://t.me/otherbot' }, 'Start', '@senkonotifybot').catch((e: unknown) => e);
  expect(classifyStepError(error)).toMatchObject({ verdict: 'failed', drift: { kind: 'claim-broken', actual: 'it opens @otherbot' } });
});

test('telegramNameOf reads t.me links only', () => {
  expect(telegramNameOf('https://t.me/senkonotifybot')).toBe('senkonotifybot');
  expect(telegramNameOf('https://t.me/@senkonotifybot/')).toBe('senkonotifybot');
  expect(telegramNameOf('https://telegram.me/Senko_Bot')).toBe('Senko_Bot');
  expect(telegramNameOf('https://t.me.evil.test/senkonotifybot')).toBeUndefined();
  expect(telegramNameOf('https://t.me/joinchat/abc/def')).toBeUndefined();
  expect(telegramNameOf('not a url')).toBeUndefined();
});

test('the messenger: the imitation on the embedded target, the configured account on an external one, else none', () => {
  const embedded = readSettings({});
  expect(createMessenger(embedded, resolveTarget(embedded), () => undefined)?.username).toMatch(/^senko_[0-9a-f]{10}$/u);
  const external = readSettings({ BASE_URL: 'https://my.senko.digital', MAIL_API_URL: 'http://mail.test' });
  expect(createMessenger(external, resolveTarget(external), () => undefined)).toBeUndefined();
  const configured = readSettings({
    BASE_URL: 'https://my.senko.digital',
    MAIL_API_URL: 'http://mail.test',
    TELEGRAM_USERNAME: '@senko_qa',
    TELEGRAM_WEB_URL: 'https://web.telegram.org/k/',
    TELEGRAM_STORAGE_STATE: 'telegram-state.json',
  });
  expect(preflight(configured)).toEqual([]);
  expect(createMessenger(configured, resolveTarget(configured), () => undefined)?.username).toBe('senko_qa');
});

test('the pre-flight names a half-configured Telegram account, and one set for the embedded target', () => {
  const half = readSettings({ BASE_URL: 'https://my.senko.digital', MAIL_API_URL: 'http://mail.test', TELEGRAM_USERNAME: 'senko_qa' });
  expect(preflight(half)).toEqual([expect.stringContaining('TELEGRAM_WEB_URL, TELEGRAM_STORAGE_STATE are empty')]);
  const embedded = readSettings({ TELEGRAM_USERNAME: 'senko_qa', TELEGRAM_WEB_URL: 'https://web.telegram.org/k/', TELEGRAM_STORAGE_STATE: 's.json' });
  expect(preflight(embedded)).toEqual([expect.stringContaining('the embedded target uses its own Telegram imitation')]);
  expect(readSettings({ TELEGRAM_USERNAME: 'a b' }).problems).toEqual([expect.stringContaining('TELEGRAM_USERNAME')]);
});

test('a configured Telegram Web session: its cookies and stored keys reach the browser, each kept as a secret; a t.me link opens the chat in the web client', async ({ page }, testInfo) => {
  const state = testInfo.outputPath('telegram-state.json');
  const origin = 'http://web.telegram.test';
  writeFileSync(state, JSON.stringify({
    cookies: [{ name: 'stel_token', value: 'cookie-secret-value-1234', domain: 'web.telegram.test', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }],
    origins: [{ origin, localStorage: [{ name: 'user_auth', value: 'stored-secret-value-5678' }] }],
  }));
  const settings = readSettings({ BASE_URL: 'https://my.senko.digital', MAIL_API_URL: 'http://mail.test', TELEGRAM_USERNAME: 'senko_qa', TELEGRAM_WEB_URL: `${origin}/k/`, TELEGRAM_STORAGE_STATE: state });
  const kept: string[] = [];
  const messenger = createMessenger(settings, resolveTarget(settings), (value) => kept.push(value));
  await page.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>web client</title>' }));
  const url = await messenger?.chatURL(page, 'https://t.me/senkonotifybot');
  expect(url).toBe(`${origin}/k/#@senkonotifybot`);
  expect(kept).toEqual(['cookie-secret-value-1234', 'stored-secret-value-5678']);
  await page.goto(url ?? '');
  expect(await page.evaluate(() => localStorage.getItem('user_auth'))).toBe('stored-secret-value-5678');
  expect((await page.context().cookies(origin)).map((cookie) => cookie.value)).toEqual(['cookie-secret-value-1234']);
  expect(await messenger?.chatURL(page, 'https://example.com/senkonotifybot')).toBeUndefined();
});
