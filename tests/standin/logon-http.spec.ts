import type { FormPage, MainPage } from '../../standin/pages/index.js';
import { expect, test, validRegistration } from '../support/standin.js';
import { address, csrfOf, registerClient } from './tickets-support.js';

const sjson = async <T>(request: import('@playwright/test').APIRequestContext, url: string): Promise<T> => (await (await request.get(`${url}&out=sjson`)).json()).page as T;

test('the log-on page as the real one: Логин, Пароль with its eye, Язык, Войти, Восстановление пароля, «Зарегистрируйтесь»', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const ru = await sjson<FormPage>(request, `${standin.url}/billmgr?func=logon&lang=ru`);
  expect(ru.fields.map((f) => [f.name, f.label, f.tools])).toEqual([
    ['username', 'Логин', []],
    ['password', 'Пароль', ['show-password']],
  ]);
  expect(ru.language).toMatchObject({ label: 'Язык', value: 'ru', options: [{ value: 'ru', label: 'Русский' }, { value: 'en', label: 'English' }] });
  expect([ru.submit, ru.recovery?.label]).toEqual(['Войти', 'Восстановление пароля']);
  expect(ru.secondary).toEqual({ label: 'Зарегистрируйтесь', href: '/billmgr?func=register', style: 'line', before: 'Если у вас нет аккаунта' });
  const html = await (await request.get(`${standin.url}/billmgr?func=logon&lang=ru`)).text();
  expect(html).toContain('<p class="signup-line">Если у вас нет аккаунта <a class="link" href="/billmgr?func=register">Зарегистрируйтесь</a></p>');
  expect(html).toContain('<label for="f-lang">Язык</label>');
  expect(html).toContain('aria-label="Показать пароль"');
  const recovery = await request.get(`${standin.url}${ru.recovery?.href}`);
  expect(recovery.status()).toBe(200);
  expect(await recovery.text()).toContain('<h1 id="panel-title">Восстановление пароля</h1>');
  const en = await sjson<FormPage>(request, `${standin.url}/billmgr?func=logon&lang=en`);
  expect([en.fields[0].label, en.fields[1].label, en.language?.label, en.submit, en.recovery?.label, en.secondary.before, en.secondary.label]).toEqual([
    'Login',
    'Password',
    'Language',
    'Sign in',
    'Password recovery',
    "If you don't have an account",
    'Register',
  ]);
});

test('startform: log-on lands on the page asked for; the registration link carries it, with its parameters', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const email = await registerClient(request, standin.url);
  await request.post(`${standin.url}/billmgr?func=logout`, { form: { _csrf: await csrfOf(request, `${standin.url}/billmgr`) } });
  const logon = await sjson<FormPage>(request, `${standin.url}/billmgr?clickstat=yes&startform=affiliate.client`);
  expect(logon.page).toBe('logon');
  expect(logon.hidden).toEqual({ startform: 'affiliate.client' });
  expect(logon.secondary.href).toBe('/billmgr?func=register&startform=affiliate.client');
  const token = await csrfOf(request, `${standin.url}/billmgr?startform=affiliate.client`);
  const json = await request.post(`${standin.url}/billmgr?func=logon`, {
    form: { _csrf: token, username: email, password: validRegistration(email).password, startform: 'affiliate.client' },
    headers: { accept: 'application/json' },
  });
  expect(await json.json()).toEqual({ ok: true, redirect: '/billmgr?func=affiliate.client' });
  // Logged on, `?startform=` goes straight there.
  const straight = await request.get(`${standin.url}/billmgr?startform=ticket`, { maxRedirects: 0 });
  expect(straight.status()).toBe(302);
  expect(straight.headers().location).toBe('/billmgr?func=ticket');
  // A page's parameters ride along; anything but a func's name is ignored.
  const anonymous = await playwright.request.newContext();
  const withId = await sjson<FormPage>(anonymous, `${standin.url}/billmgr?func=ticket.view&id=7`);
  expect(withId.hidden).toEqual({ startform: 'ticket.view', startparams: 'id=7' });
  expect(withId.secondary.href).toBe('/billmgr?func=register&startform=ticket.view&id=7');
  for (const bad of ['https://evil.example', '//evil.example', 'logout', 'a b']) {
    const page = await sjson<FormPage>(anonymous, `${standin.url}/billmgr?startform=${encodeURIComponent(bad)}`);
    expect(page.hidden).toEqual({});
  }
  const plain = await anonymous.post(`${standin.url}/billmgr?func=logon`, {
    form: { _csrf: await csrfOf(anonymous, `${standin.url}/billmgr`), username: email, password: validRegistration(email).password, startform: '//evil.example' },
    maxRedirects: 0,
  });
  expect(plain.headers().location).toBe('/billmgr');
});

test('registration started from a log-on page with startform lands on that page', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const form = await sjson<FormPage>(request, `${standin.url}/billmgr?func=register&startform=ticket`);
  expect(form.hidden).toEqual({ startform: 'ticket' });
  expect(form.linksAbove[0].href).toBe('/billmgr?func=logon&startform=ticket');
  const html = await (await request.get(`${standin.url}/billmgr?func=register&startform=ticket`)).text();
  expect(html).toContain('<input type="hidden" name="startform" value="ticket">');
  const token = await csrfOf(request, `${standin.url}/billmgr?func=register&startform=ticket`);
  const response = await request.post(`${standin.url}/billmgr?func=register`, { form: { _csrf: token, ...validRegistration(address('logon')), startform: 'ticket' }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe('/billmgr?func=ticket');
});

test('the main page keeps its frame: one «Главная» tab, every menu group closed, each a button with aria-expanded', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  const main = await sjson<MainPage>(request, `${standin.url}/billmgr?func=`);
  expect(main.tabs).toEqual(['Главная']);
  expect(main.menu.map((g) => [g.label, g.open])).toEqual([
    ['Клиент', false],
    ['Товары/Услуги', false],
    ['Финансы', false],
    ['Поддержка', false],
    ['Инструменты', false],
    ['Статистика', false],
    ['Справка', false],
  ]);
  expect(main.menu.flatMap((g) => g.items.map((i) => [i.label, i.href]))).toEqual([
    ['Реферальная программа', '/billmgr?func=affiliate.client'],
    ['Настройки пользователя', '/billmgr?func=usrparam'],
    ['Виртуальные серверы', '/billmgr?func=vds'],
    ['Запросы', '/billmgr?func=ticket'],
  ]);
  const en = await sjson<MainPage>(request, `${standin.url}/billmgr?func=&lang=en`);
  expect(en.menu.map((g) => g.label)).toEqual(['Client', 'Products/Services', 'Finance', 'Support', 'Tools', 'Statistics', 'Help']);
  expect(en.menu.flatMap((g) => g.items.map((i) => i.label))).toEqual(['Referral program', 'User settings', 'Virtual servers', 'Support tickets']);
  const html = await (await request.get(`${standin.url}/billmgr?lang=ru`)).text();
  expect(html.match(/<button type="button" class="menu-item" aria-expanded="false"/g)).toHaveLength(7);
  expect(html).toContain('<ul class="submenu" id="menu-support" hidden>');
  // The main page's ways to the tickets.
  expect(main.panels.tickets.links).toEqual([
    { label: 'Все запросы', href: '/billmgr?func=ticket' },
    { label: 'Задать вопрос', href: '/billmgr?func=ticket.edit' },
  ]);
  expect(html).toContain('<a class="tile" href="/billmgr?func=ticket.edit"><span>Задать вопрос</span>');
});

test('drift register-button-renamed renames the sign-up link and keeps its place', async ({ playwright }) => {
  const { startStandin } = await import('../support/standin.js');
  const standin = await startStandin('register-button-renamed');
  try {
    const request = await playwright.request.newContext();
    expect((await sjson<FormPage>(request, `${standin.url}/billmgr?func=logon&lang=ru`)).secondary.label).toBe('Создать аккаунт');
    expect((await sjson<FormPage>(request, `${standin.url}/billmgr?func=logon&lang=en`)).secondary.label).toBe('Sign up');
  } finally {
    await standin.close();
  }
});
