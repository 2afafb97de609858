import type { APIRequestContext } from '@playwright/test';
import { expect, test, validRegistration as valid } from '../support/standin.js';

/** Opens the form (for its CSRF cookie and token) and posts a registration as a browser without JS would. */
async function register(request: APIRequestContext, url: string, fields: Record<string, string>, lang = 'ru') {
  const page = await request.get(`${url}/billmgr?func=register&lang=${lang}`);
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return request.post(`${url}/billmgr?func=register`, { form: { _csrf: token, ...fields }, headers: { accept: 'application/json' }, maxRedirects: 0 });
}

let n = 0;
const address = () => `http-${Date.now()}-${n++}@inbox.test`;

test('each required field is refused with its own message', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const response = await register(request, standin.url, {});
  expect(response.status()).toBe(422);
  const { errors } = await response.json();
  expect(errors).toEqual({
    first_name: 'Поле обязательно для заполнения',
    last_name: 'Поле обязательно для заполнения',
    email: 'Поле обязательно для заполнения',
    password: 'Поле обязательно для заполнения',
    country: 'Поле обязательно для заполнения',
    agree_terms: 'Необходимо дать согласие',
    agree_privacy: 'Необходимо дать согласие',
  });
});

for (const [field, value, message] of [
  ['email', 'wiki@@senko', 'Введите действительный Email адрес'],
  ['email', 'no-at-sign.digital', 'Введите действительный Email адрес'],
  ['password_repeat', 'Other-Passw0rd!', 'Пароли не совпадают'],
  ['password', 'short', 'Пароль должен содержать не менее 8 символов'],
  ['country', 'XX', 'Выберите страну из списка'],
  ['agree_privacy', '', 'Необходимо дать согласие'],
] as const) {
  test(`${field}=${JSON.stringify(value)} is refused: ${message}`, async ({ playwright, standin }) => {
    const request = await playwright.request.newContext();
    const fields: Record<string, string> = { ...valid(address()), [field]: value };
    if (field === 'password') fields.password_repeat = value;
    const response = await register(request, standin.url, fields);
    expect(response.status()).toBe(422);
    expect((await response.json()).errors).toEqual({ [field]: message });
  });
}

test('English messages when lang=en', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const response = await register(request, standin.url, { ...valid(address()), country: '' }, 'en');
  expect((await response.json()).errors).toEqual({ country: 'This field is required' });
});

test('success logs in with an HttpOnly SameSite session; a second registration of the address is refused', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const email = address();
  const response = await register(request, standin.url, valid(email));
  expect(await response.json()).toEqual({ ok: true, redirect: '/billmgr' });
  const cookie = response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('billmgrses='))?.value ?? '';
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  const main = await request.get(`${standin.url}/billmgr`);
  expect(await main.text()).toContain(email);
  const again = await register(await playwright.request.newContext(), standin.url, valid(email.toUpperCase()));
  expect((await again.json()).errors).toEqual({ email: 'Пользователь с таким Email адресом уже зарегистрирован' });
});

test('a post without a valid CSRF token is rejected', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await request.get(`${standin.url}/billmgr?func=register`);
  const forged = await request.post(`${standin.url}/billmgr?func=register`, { form: { ...valid(address()), _csrf: 'forged' } });
  expect(forged.status()).toBe(403);
  const none = await (await playwright.request.newContext()).post(`${standin.url}/billmgr?func=register`, { form: valid(address()) });
  expect(none.status()).toBe(403);
});

test('the confirmation letter arrives over SMTP; its key works once; a wrong key is refused', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const email = address();
  await register(request, standin.url, valid(email));
  const main = await (await request.get(`${standin.url}/billmgr`)).text();
  expect(main).toContain('Для получения уведомлений необходимо подтверждение Email адреса');
  const csrf = /data-csrf="([^"]+)"/.exec(main)?.[1] ?? '';
  const sent = await request.post(`${standin.url}/billmgr?func=notice.send`, { headers: { 'x-csrf-token': csrf, accept: 'application/json' } });
  expect((await sent.json()).ok).toBe(true);
  const wait = await request.get(`${standin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`);
  const letter = await wait.json();
  expect(letter).toMatchObject({ subject: 'Подтверждение Email адреса', from: '"Senko Digital" <noreply@senko.digital>', to: [email] });
  expect(letter.html).toContain('Подтвердить Email');
  expect(letter.text).toContain('Подтвердить Email: http');
  const button = letter.links.find((l: { text: string }) => l.text === 'Подтвердить Email');
  expect(button.href).toMatch(/\/billmgr\?func=notice\.confirm&key=[A-Za-z0-9_-]{43}$/);
  const confirmed = await request.get(button.href);
  expect(confirmed.status()).toBe(200);
  expect(await confirmed.text()).toContain('Email адрес подтвержден');
  expect(await (await request.get(`${standin.url}/billmgr`)).text()).not.toContain('необходимо подтверждение');
  const reused = await request.get(button.href);
  expect(reused.status()).toBe(400);
  expect(await reused.text()).toContain('Ссылка недействительна');
  expect((await request.get(`${standin.url}/billmgr?func=notice.confirm&key=guess`)).status()).toBe(400);
});

test('logout, then login with the new account', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const email = address();
  await register(request, standin.url, valid(email));
  const main = await (await request.get(`${standin.url}/billmgr`)).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(main)?.[1] ?? '';
  await request.post(`${standin.url}/billmgr?func=logout`, { form: { _csrf: csrf } });
  const logon = await (await request.get(`${standin.url}/billmgr`)).text();
  expect(logon).toContain('Вход');
  const token = /name="_csrf" value="([^"]+)"/.exec(logon)?.[1] ?? '';
  const wrong = await request.post(`${standin.url}/billmgr?func=logon`, { form: { _csrf: token, username: email, password: 'nope-nope' }, headers: { accept: 'application/json' } });
  expect((await wrong.json()).errors).toEqual({ username: 'Неверный логин или пароль' });
  const right = await request.post(`${standin.url}/billmgr?func=logon`, { form: { _csrf: token, username: email, password: 'Str0ng-Passw0rd!' }, headers: { accept: 'application/json' } });
  expect(await right.json()).toEqual({ ok: true, redirect: '/billmgr' });
  expect(await (await request.get(`${standin.url}/billmgr`)).text()).toContain(email);
});

test('hostile input is answered cleanly: long fields, oversized bodies', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const long = 'я'.repeat(5000);
  const response = await register(request, standin.url, { ...valid(address()), first_name: long });
  expect(response.status()).toBe(422);
  expect((await response.json()).errors).toEqual({ first_name: 'Слишком длинное значение' });
  const huge = await request.post(`${standin.url}/billmgr?func=register`, { form: { first_name: 'x'.repeat(200_000) } });
  expect(huge.status()).toBe(413);
});

test('both «Подробнее...» links open their documents', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  for (const [doc, heading] of [['terms', 'Условия использования услуг'], ['privacy', 'Политика конфиденциальности']]) {
    const response = await request.get(`${standin.url}/legal/${doc}?lang=ru`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(heading);
  }
});
