import jsQRModule from 'jsqr';
import { Secret, TOTP, URI } from 'otpauth';
import { PNG } from 'pngjs';
import type { APIRequestContext } from '@playwright/test';
import type { SettingsPage, TotpSetupPage } from '../../standin/pages/index.js';
import { expect, startStandin, test, validRegistration } from '../support/standin.js';
import { csrfOf, registerClient } from './tickets-support.js';

const sjson = async <T>(request: APIRequestContext, url: string): Promise<T> => (await (await request.get(`${url}&out=sjson`)).json()).page as T;
const codeOf = (secret: string, offset = 0) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + offset * 1000 });
/** A code that is not the secret's now, nor a step before or after. */
const wrongCodeOf = (secret: string) => {
  const near = new Set([-30, 0, 30].map((offset) => codeOf(secret, offset)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!near.has(code)) return code;
  }
};

/** What the QR code of a data URL says. */
function readQR(dataURL: string): string {
  const png = PNG.sync.read(Buffer.from(dataURL.replace(/^data:image\/png;base64,/u, ''), 'base64'));
  const found = jsQRModule.default(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('no QR code');
  return found.data;
}

async function post(request: APIRequestContext, base: string, func: string, form: Record<string, string>, csrfPage = `${base}/billmgr?func=${func}`) {
  const token = await csrfOf(request, csrfPage);
  return request.post(`${base}/billmgr?func=${func}`, { form: { _csrf: token, ...form }, headers: { accept: 'application/json' } });
}

test('two-step authentication: Settings → the section → the form whose QR code, key and key file carry one TOTP secret; a wrong code refused, the right one enables it', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const email = await registerClient(request, standin.url);
  const settings = await sjson<SettingsPage>(request, `${standin.url}/billmgr?func=usrparam`);
  expect(settings.settings).toEqual({ label: 'Настройки', href: '/billmgr?func=usrparam' });
  expect(settings.heading).toBe(`Настройки пользователя - ${email}`);
  expect(settings.twofa).toMatchObject({ heading: 'Двухэтапная аутентификация', enable: { label: 'Включить двухэтапную аутентификацию', href: '/billmgr?func=totp.new' } });

  const form = await sjson<TotpSetupPage>(request, `${standin.url}/billmgr?func=totp.new`);
  expect([form.heading, form.saveQr.label, form.saveQr.link.label, form.saveKey.label, form.saveKey.link.label, form.accountName.label, form.key.label, form.code.label, form.ok, form.cancel.label]).toEqual([
    'Двухэтапная аутентификация', 'Сохранить QR-код', 'сохранить', 'Сохранить ключ', 'сохранить', 'Наименование аккаунта', 'Ключ', 'Временный пароль', 'Ok', 'Отмена',
  ]);
  const secret = form.key.value;
  expect(secret).toMatch(/^[A-Z2-7]{64}$/u);
  expect(form.accountName.value).toBe(`my.senko.digital:(${email})`);
  const uri = URI.parse(readQR(form.qr));
  expect(uri).toBeInstanceOf(TOTP);
  expect([(uri as TOTP).secret.base32, (uri as TOTP).algorithm, (uri as TOTP).digits, (uri as TOTP).period]).toEqual([secret, 'SHA1', 6, 30]);

  const keyFile = await request.get(`${standin.url}/billmgr?func=totp.key`);
  expect(keyFile.headers()['content-disposition']).toMatch(/^attachment/u);
  expect(await keyFile.text()).toContain(secret);
  const qrFile = await request.get(`${standin.url}/billmgr?func=totp.qr`);
  expect(qrFile.headers()['content-type']).toBe('image/png');
  expect(readQR(`data:image/png;base64,${(await qrFile.body()).toString('base64')}`)).toBe(readQR(form.qr));

  const wrong = await post(request, standin.url, 'totp.new', { qrcode: wrongCodeOf(secret) }, `${standin.url}/billmgr?func=usrparam`);
  expect(wrong.status()).toBe(422);
  expect(await wrong.json()).toEqual({ ok: false, errors: { qrcode: 'Неверный временный пароль' } });
  const right = await post(request, standin.url, 'totp.new', { qrcode: codeOf(secret) }, `${standin.url}/billmgr?func=usrparam`);
  expect(await right.json()).toEqual({ ok: true, redirect: '/billmgr?func=usrparam' });
  expect((await sjson<SettingsPage>(request, `${standin.url}/billmgr?func=usrparam`)).twofa).toMatchObject({ enabled: 'Двухэтапная аутентификация включена' });

  // A fresh browser: the password, then the temporary password; a wrong one is refused.
  const fresh = await playwright.request.newContext();
  const password = validRegistration(email).password;
  const first = await post(fresh, standin.url, 'logon', { username: email, password });
  expect(await first.json()).toEqual({ ok: true, redirect: '/billmgr?func=logon.totp' });
  const asked = await sjson<{ page: string; fields: Array<{ name: string; label: string }> }>(fresh, `${standin.url}/billmgr?func=logon.totp`);
  expect(asked.fields.map((f) => [f.name, f.label])).toEqual([['totp', 'Временный пароль']]);
  expect((await (await fresh.get(`${standin.url}/billmgr?func=ticket&out=sjson`)).json()).page.page).toBe('logon');
  const refused = await post(fresh, standin.url, 'logon.totp', { totp: wrongCodeOf(secret) }, `${standin.url}/billmgr?func=logon.totp`);
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toEqual({ ok: false, errors: { totp: 'Неверный временный пароль' } });
  expect((await (await fresh.get(`${standin.url}/billmgr?func=ticket&out=sjson`)).json()).page.page).toBe('logon');
  const letIn = await post(fresh, standin.url, 'logon.totp', { totp: codeOf(secret) }, `${standin.url}/billmgr?func=logon.totp`);
  expect(await letIn.json()).toEqual({ ok: true, redirect: '/billmgr' });
  expect((await (await fresh.get(`${standin.url}/billmgr?func=ticket&out=sjson`)).json()).page.page).toBe('tickets');
});

test('the two-step form shows a new secret every time it opens; its files need a session; the English texts follow the screenshot', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url, undefined, 'en');
  const one = await sjson<TotpSetupPage>(request, `${standin.url}/billmgr?func=totp.new&lang=en`);
  const two = await sjson<TotpSetupPage>(request, `${standin.url}/billmgr?func=totp.new&lang=en`);
  expect(one.key.value).not.toBe(two.key.value);
  expect(await (await request.get(`${standin.url}/billmgr?func=totp.key`)).text()).toContain(two.key.value);
  expect([two.heading, two.saveQr.label, two.saveQr.link.label, two.saveKey.label, two.saveKey.link.label, two.accountName.label, two.key.label, two.code.label, two.ok, two.cancel.label]).toEqual([
    'Two-factor authentication', 'Save QR-code', 'save', 'Save key', 'save', 'Account name', 'Key', 'Temporary password', 'Ok', 'Cancel',
  ]);
  const html = await (await request.get(`${standin.url}/billmgr?func=usrparam&lang=en`)).text();
  expect(html).toContain('<a class="user-menu-item icon-settings" href="/billmgr?func=usrparam">Settings</a>');
  expect(html).toContain('Enable two-factor authentication</a>');
  const stranger = await playwright.request.newContext();
  expect((await stranger.get(`${standin.url}/billmgr?func=totp.key`)).status()).toBe(404);
});

test('drift twofa-key-differs: the key shown is not the QR code\'s; twofa-ok-renamed: «Подтвердить»', async ({ playwright }) => {
  for (const drift of ['twofa-key-differs', 'twofa-ok-renamed'] as const) {
    const standin = await startStandin(drift);
    try {
      const request = await playwright.request.newContext();
      await registerClient(request, standin.url);
      const form = await sjson<TotpSetupPage>(request, `${standin.url}/billmgr?func=totp.new`);
      const inQR = (URI.parse(readQR(form.qr)) as TOTP).secret.base32;
      if (drift === 'twofa-key-differs') expect(inQR).not.toBe(form.key.value);
      else expect([inQR === form.key.value, form.ok]).toEqual([true, 'Подтвердить']);
    } finally {
      await standin.close();
    }
  }
});
