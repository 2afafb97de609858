import type { APIRequestContext } from '@playwright/test';
import { expect, startStandin, test, validRegistration as valid } from '../support/standin.js';

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
    agree_tax: 'Необходимо дать согласие',
    'g-recaptcha-response': 'Подтвердите, что вы не робот',
  });
});

for (const [field, value, message] of [
  ['email', 'wiki@@senko', 'Введите действительный Email адрес'],
  ['email', 'no-at-sign.digital', 'Введите действительный Email адрес'],
  ['password_repeat', 'Other-Passw0rd!', 'Пароли не совпадают'],
  ['password', 'short', 'Пароль должен содержать не менее 8 символов'],
  ['country', 'XX', 'Выберите страну из списка'],
  ['agree_privacy', '', 'Необходимо дать согласие'],
  ['agree_tax', '', 'Необходимо дать согласие'],
  // The box «Я не робот» left unticked: its frame never put a response in the form.
  ['g-recaptcha-response', '', 'Подтвердите, что вы не робот'],
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

test('every «Подробнее...» link opens its document, the tax residency one included, in both languages', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const documents = [
    ['terms', 'Условия использования услуг', 'Terms of Service'],
    ['privacy', 'Политика конфиденциальности', 'Privacy Policy'],
    ['tax-residency', 'Налоговое резидентство', 'Tax residency'],
  ];
  const form = await (await request.get(`${standin.url}/billmgr?func=register&lang=ru`)).text();
  for (const [doc, ru, en] of documents) {
    expect(form).toContain(`href="/legal/${doc}?lang=ru"`);
    for (const [lang, heading] of [['ru', ru], ['en', en]]) {
      const response = await request.get(`${standin.url}/legal/${doc}?lang=${lang}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<title>${heading} — Senko Digital</title>`);
      expect(html).toContain(`<h1 id="panel-title">${heading}</h1>`);
    }
  }
  expect((await request.get(`${standin.url}/legal/nothing?lang=ru`)).status()).toBe(404);
});

test("the captcha provider: Google's box in a frame of its own, which the site's page may frame and nothing else may", async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const form = await (await request.get(`${standin.url}/billmgr?func=register&lang=ru`)).text();
  expect(form).toContain('<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI" data-hl="ru"></div>');
  expect(form).toContain('<script src="/recaptcha/api.js" async defer></script>');
  const anchor = await request.get(`${standin.url}/recaptcha/api2/anchor?ar=1&k=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI&hl=ru&size=normal`);
  expect(anchor.status()).toBe(200);
  expect(anchor.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  const html = await anchor.text();
  expect(html).toMatch(/<span class="recaptcha-checkbox[^"]*" id="recaptcha-anchor" tabindex="0" dir="ltr" role="checkbox" aria-checked="false" aria-labelledby="recaptcha-anchor-label">/);
  expect(html).toContain('id="recaptcha-anchor-label" aria-hidden="true" role="presentation">Я не робот</label>');
  expect(html).toContain('<div class="rc-anchor-logo-text">reCAPTCHA</div>');
  expect(html).toMatch(/>Конфиденциальность<\/a><span[^>]*> - <\/span><a [^>]*>Условия использования<\/a>/);
  expect(await (await request.get(`${standin.url}/recaptcha/api2/anchor?k=x&hl=en`)).text()).toContain('>I&#39;m not a robot</label>');
  // The site's own pages still may not be framed.
  expect((await request.get(`${standin.url}/billmgr?func=register`)).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // On the test keys a tick gets a token at once; another key gets a challenge, and an answer to it only «try again».
  const tick = await request.post(`${standin.url}/recaptcha/api2/userverify?k=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI`, { data: {} });
  expect((await tick.json()).token).toMatch(/^03AFcWeA[\w-]{40,}$/);
  expect(await (await request.post(`${standin.url}/recaptcha/api2/userverify?k=another-key`, { data: {} })).json()).toEqual({ challenge: 'imageselect' });
  expect(await (await request.post(`${standin.url}/recaptcha/api2/userverify?k=another-key&c=imageselect`, { data: { response: [2, 6] } })).json()).toEqual({ again: true });
});

test('"captcha-challenge": the form has a real site\'s key, a tick only ever gets a challenge, and no made-up response passes', async ({ playwright }) => {
  const standin = await startStandin('captcha-challenge');
  try {
    const request = await playwright.request.newContext();
    const form = await (await request.get(`${standin.url}/billmgr?func=register&lang=en`)).text();
    const key = /data-sitekey="([^"]+)"/.exec(form)?.[1] ?? '';
    expect(key).not.toBe('6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI');
    expect(await (await request.post(`${standin.url}/recaptcha/api2/userverify?k=${key}`, { data: {} })).json()).toEqual({ challenge: 'imageselect' });
    expect(await (await request.post(`${standin.url}/recaptcha/api2/userverify?k=${key}&c=imageselect`, { data: { response: [2] } })).json()).toEqual({ again: true });
    const challenge = await (await request.get(`${standin.url}/recaptcha/api2/bframe?k=${key}&hl=en`)).text();
    expect(challenge).toContain('Select all images with<strong>traffic lights</strong>');
    expect(challenge.match(/class="rc-imageselect-tile"/g)).toHaveLength(9);
    // Everything else right, a response the provider never issued for this key: refused at the captcha.
    const response = await register(request, standin.url, valid(address()), 'en');
    expect(response.status()).toBe(422);
    expect((await response.json()).errors).toEqual({ 'g-recaptcha-response': 'Confirm that you are not a robot' });
  } finally {
    await standin.close();
  }
});
