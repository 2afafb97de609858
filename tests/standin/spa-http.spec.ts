import type { APIRequestContext } from '@playwright/test';
import type { DriftName } from '../../standin/drift.js';
import type { FormPage, MainPage } from '../../standin/pages/index.js';
import { expect, startStandin, test, validRegistration as valid, type Standin } from '../support/standin.js';

/** Asks for a page as the spa client does: its JSON description and a CSRF token. */
async function describe<T>(request: APIRequestContext, url: string, query: string): Promise<{ page: T; csrf: string }> {
  const response = await request.get(`${url}/billmgr?${query}&out=sjson`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  return response.json();
}

async function post(request: APIRequestContext, url: string, func: string, csrf: string, form: Record<string, string> = {}) {
  return request.post(`${url}/billmgr?func=${func}`, { form, headers: { accept: 'application/json', 'x-csrf-token': csrf } });
}

let n = 0;
const address = () => `spa-http-${Date.now()}-${n++}@inbox.test`;

/** Registers through the JSON API and returns the main page's description. */
async function registered(request: APIRequestContext, standin: Standin, email = address()) {
  const { csrf } = await describe<FormPage>(request, standin.url, 'func=register');
  expect(await (await post(request, standin.url, 'register', csrf, valid(email))).json()).toEqual({ ok: true, redirect: '/billmgr' });
  return describe<MainPage>(request, standin.url, 'func=');
}

test('the spa skin serves a shell: no form in the HTML, its script under the same strict policy', async ({ playwright, spaStandin }) => {
  const request = await playwright.request.newContext();
  const response = await request.get(`${spaStandin.url}/billmgr?func=register&lang=en`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<script src="/assets/spa.js" defer></script>');
  expect(html).not.toContain('<form');
  expect(html).toContain('<html lang="en">');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self';");
  expect((await request.get(`${spaStandin.url}/assets/spa.js`)).status()).toBe(200);
});

test('?func=register&out=sjson describes the form: fields, consents with their documents, a CSRF token', async ({ playwright, spaStandin }) => {
  const request = await playwright.request.newContext();
  const { page, csrf } = await describe<FormPage>(request, spaStandin.url, 'func=register&lang=ru');
  expect(csrf).toMatch(/^\S{20,}$/);
  expect(page.heading).toBe('Регистрация');
  expect(page.fields.map((f) => [f.name, f.label, f.kind, f.autocomplete, f.required])).toEqual([
    ['first_name', 'Имя', 'text', 'given-name', true],
    ['last_name', 'Фамилия', 'text', 'family-name', true],
    ['email', 'Email адрес', 'email', 'email', true],
    ['password', 'Пароль', 'password', 'new-password', true],
    ['password_repeat', 'Введите пароль еще раз', 'password', 'new-password', false],
    ['country', 'Страна', 'country', 'country', true],
  ]);
  expect(page.consents.map((c) => [c.name, c.checkbox, c.required, c.document?.href])).toEqual([
    ['agree_terms', true, true, '/legal/terms?lang=ru'],
    ['agree_privacy', true, true, '/legal/privacy?lang=ru'],
    ['agree_tax', true, true, '/legal/tax-residency?lang=ru'],
  ]);
  expect(page.consents[2].text).toBe('Я подтверждаю, что выбранная в аккаунте страна соответствует стране моего налогового резидентства');
  // Between the fields and the consents, the captcha provider's box, on its test keys.
  expect(page.captcha).toEqual({ name: 'g-recaptcha-response', sitekey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', hl: 'ru' });
  expect(page.submit).toBe('Зарегистрироваться');
  expect(page.countries).toContainEqual({ code: 'GB', name: 'Великобритания' });
  const english = await describe<FormPage>(request, spaStandin.url, 'func=register&lang=en');
  expect(english.page.fields.map((f) => f.label)).toEqual(['First name', 'Last name', 'Email address', 'Password', 'Re-enter the password', 'Country']);
});

test('the same description is what the classic skin renders on the server', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const { page } = await describe<FormPage>(request, standin.url, 'func=register&lang=ru');
  const html = await (await request.get(`${standin.url}/billmgr?func=register&lang=ru`)).text();
  for (const field of page.fields) expect(html).toContain(`<label for="f-${field.name}">${field.label}`);
  for (const consent of page.consents) expect(html).toContain(`href="${consent.document?.href}"`);
});

test('a refused registration answers JSON errors per field; without the token it is forbidden', async ({ playwright, spaStandin }) => {
  const request = await playwright.request.newContext();
  const { csrf } = await describe<FormPage>(request, spaStandin.url, 'func=register');
  const refused = await post(request, spaStandin.url, 'register', csrf, { ...valid(address()), email: 'wiki@@senko', agree_privacy: '' });
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toEqual({ ok: false, errors: { email: 'Введите действительный Email адрес', agree_privacy: 'Необходимо дать согласие' } });
  expect((await post(request, spaStandin.url, 'register', 'forged', valid(address()))).status()).toBe(403);
});

test('without a session the main page describes the log-on form; after registering, the main page', async ({ playwright, spaStandin }) => {
  const request = await playwright.request.newContext();
  const logon = await describe<FormPage>(request, spaStandin.url, 'func=');
  expect(logon.page.page).toBe('logon');
  expect(logon.page.secondary).toMatchObject({ label: 'Зарегистрируйтесь', href: '/billmgr?func=register' });
  const email = address();
  const { page, csrf } = await registered(request, spaStandin, email);
  expect(page).toMatchObject({
    page: 'main',
    heading: 'Главная',
    account: email,
    notification: { text: 'Для получения уведомлений необходимо подтверждение Email адреса', position: 'top', opensDialog: true },
    dialog: { title: 'Подтверждение Email адреса', ok: 'Ok', action: '/billmgr?func=notice.send' },
  });
  expect(page.tabs).toEqual(['Главная']);
  const sent = await post(request, spaStandin.url, 'notice.send', csrf);
  expect((await sent.json()).ok).toBe(true);
  const letter = await (await request.get(`${spaStandin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
  expect(letter.links.map((l: { text: string }) => l.text)).toContain('Подтвердить Email');
  expect((await request.get(`${spaStandin.url}/billmgr?func=nothing&out=sjson`)).status()).toBe(404);
});

/** The new drifts, each seen where the guide would meet it. */
const DRIFT_CHECKS: Record<string, (request: APIRequestContext, standin: Standin) => Promise<void>> = {
  'terms-document-gone': async (request, standin) => {
    const { page } = await describe<FormPage>(request, standin.url, 'func=register&lang=ru');
    expect(page.consents[0].document?.href).toBe('/legal/terms?lang=ru');
    expect((await request.get(`${standin.url}/legal/terms?lang=ru`)).status()).toBe(404);
    expect((await request.get(`${standin.url}/legal/privacy?lang=ru`)).status()).toBe(200);
  },
  'privacy-link-gone': async (request, standin) => {
    const { page } = await describe<FormPage>(request, standin.url, 'func=register&lang=ru');
    expect(page.consents.map((c) => [c.name, c.checkbox, c.document?.href])).toEqual([
      ['agree_terms', true, '/legal/terms?lang=ru'],
      ['agree_privacy', true, undefined],
      ['agree_tax', true, '/legal/tax-residency?lang=ru'],
    ]);
    const html = await (await request.get(`${standin.url}/billmgr?func=register&lang=ru`)).text();
    // The terms' link and the tax residency's: none for the privacy policy.
    expect(html.match(/Подробнее\.\.\./g)).toHaveLength(2);
    expect(html).not.toContain('/legal/privacy');
    expect(html).toContain('Я даю согласие с политикой конфиденциальности');
  },
  'terms-page-not-found': async (request, standin) => {
    for (const [lang, words] of [['ru', 'Страница не найдена'], ['en', 'Page not found']]) {
      const terms = await request.get(`${standin.url}/legal/terms?lang=${lang}`);
      expect(terms.status()).toBe(200);
      const html = await terms.text();
      expect(html).toContain(`<title>${words} — Senko Digital</title>`);
      expect(html).toContain(`<h1 id="panel-title">${words}</h1>`);
      expect(html).not.toContain('class="message"');
    }
    expect(await (await request.get(`${standin.url}/legal/privacy?lang=en`)).text()).toContain('<h1 id="panel-title">Privacy Policy</h1>');
  },
  'privacy-link-to-terms': async (request, standin) => {
    const { page } = await describe<FormPage>(request, standin.url, 'func=register&lang=en');
    expect(page.consents.map((c) => c.document?.href)).toEqual(['/legal/terms?lang=en', '/legal/terms?lang=en', '/legal/tax-residency?lang=en']);
    const html = await (await request.get(`${standin.url}/billmgr?func=register&lang=en`)).text();
    expect(html.match(/href="\/legal\/terms\?lang=en"/g)).toHaveLength(2);
    expect(html).not.toContain('/legal/privacy');
  },
  'privacy-box-merged': async (request, standin) => {
    const { page, csrf } = await describe<FormPage>(request, standin.url, 'func=register&lang=ru');
    expect(page.consents.map((c) => [c.name, c.checkbox, c.underPrevious ?? false])).toEqual([
      ['agree_terms', true, false],
      ['agree_privacy', false, true],
      ['agree_tax', true, false],
    ]);
    const html = await (await request.get(`${standin.url}/billmgr?func=register&lang=ru`)).text();
    // One box for the two documents, its label the terms' text alone; the privacy policy's text and
    // link stand under it. The tax residency's box is a row of its own, after them.
    expect(html.match(/type="checkbox"/g)).toHaveLength(2);
    expect(html).toMatch(/<label for="c-agree_terms"><span>Я даю согласие с условиями/);
    expect(html).toMatch(/<input type="checkbox" name="agree_tax"/);
    expect(html.match(/Подробнее\.\.\./g)).toHaveLength(3);
    // The privacy policy can no longer be accepted, so the form no longer asks for it.
    const { agree_privacy: _privacy, ...form } = valid(address());
    expect(await (await post(request, standin.url, 'register', csrf, form)).json()).toEqual({ ok: true, redirect: '/billmgr' });
  },
  'email-unchecked': async (request, standin) => {
    const { csrf } = await describe<FormPage>(request, standin.url, 'func=register');
    expect(await (await post(request, standin.url, 'register', csrf, valid('wiki@@senko'))).json()).toEqual({ ok: true, redirect: '/billmgr' });
  },
  'address-not-shown': async (request, standin) => {
    const email = address();
    const { page } = await registered(request, standin, email);
    expect(page.account).toBe('Senko Wiki');
    expect(await (await request.get(`${standin.url}/billmgr`)).text()).toContain('<span class="user-email">Senko Wiki</span>');
  },
  'notice-at-bottom': async (request, standin) => {
    expect((await registered(request, standin)).page.notification?.position).toBe('bottom');
    expect(await (await request.get(`${standin.url}/billmgr`)).text()).toContain('<div class="notice-strip at-bottom">');
  },
  'dialog-not-opening': async (request, standin) => {
    expect((await registered(request, standin)).page.notification?.opensDialog).toBe(false);
    expect(await (await request.get(`${standin.url}/billmgr`)).text()).not.toContain('data-open-dialog');
  },
  'letter-without-button': async (request, standin) => {
    const email = address();
    const { csrf } = await registered(request, standin, email);
    await post(request, standin.url, 'notice.send', csrf);
    const letter = await (await request.get(`${standin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
    const confirm = letter.links.find((l: { href: string }) => l.href.includes('func=notice.confirm'));
    expect(confirm.text).toBe(confirm.href);
    expect(letter.html).not.toContain('background:#7c3aed');
  },
};

for (const [drift, check] of Object.entries(DRIFT_CHECKS)) {
  test(`drift "${drift}" changes what the guide relies on`, async ({ playwright }) => {
    // Classic, so both the description (what spa draws) and the server's HTML can be checked.
    const standin = await startStandin(drift as DriftName);
    try {
      await check(await playwright.request.newContext(), standin);
    } finally {
      await standin.app.close();
      await standin.mail.close();
    }
  });
}
