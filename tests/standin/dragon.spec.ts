import type { APIRequestContext, Frame, Page } from '@playwright/test';
import type { Doc, DocError } from '../../standin/pages/doc-envelope.js';
import { test as base, CAPTCHA_RESPONSE, expect, startStandin, type Standin } from '../support/standin.js';

/** The dragon skin's stand-in, one per worker. */
const test = base.extend<object, { dragon: Standin }>({
  dragon: [
    async ({}, use) => {
      const standin = await startStandin(undefined, 'dragon');
      await use(standin);
      await standin.close();
    },
    { scope: 'worker' },
  ],
});

let n = 0;
const address = () => `dragon-${Date.now()}-${n++}@inbox.test`;
const PASSWORD = 'Str0ng-Passw0rd!';

/** A page's envelope, as the dragon client asks for it. */
async function envelope(request: APIRequestContext, url: string, query: string): Promise<Doc> {
  const response = await request.get(`${url}/billmgr?${query}&sfrom=ajax&out=xjson`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  return (await response.json()).doc;
}

/** A post as the dragon client sends it: `sok=ok`, documented names, the CSRF token in its header. */
async function post(request: APIRequestContext, url: string, func: string, csrf: string, form: Record<string, string>) {
  return request.post(`${url}/billmgr?func=${func}&sfrom=ajax&out=xjson`, { form: { sok: 'ok', ...form }, headers: { accept: 'application/json', 'x-csrf-token': csrf } });
}

/** A registration the stand-in accepts, under the documented names. */
const documented = (email: string): Record<string, string> => ({
  firstname: 'Senko',
  lastname: 'Wiki',
  email,
  passwd: PASSWORD,
  confirm: PASSWORD,
  country: 'GB',
  conditions_agree: 'on',
  offer_1: 'on',
  offer_2: 'on',
  'g-recaptcha-response': CAPTCHA_RESPONSE,
});

test.describe('the doc envelope (HTTP)', () => {
  test('the dragon skin serves a shell of web components under the same strict policy', async ({ playwright, dragon }) => {
    const request = await playwright.request.newContext();
    const response = await request.get(`${dragon.url}/billmgr?func=register&lang=en`);
    const html = await response.text();
    expect(html).toContain('<script src="/assets/dragon.js" defer></script>');
    expect(html).toContain('<app-root></app-root>');
    expect(html).not.toContain('<form');
    expect(html).not.toMatch(/\s(role|aria-[a-z]+)=/);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self';");
    for (const asset of ['dragon.js', 'dragon-order.js', 'dragon.css', 'dragon-shadow.css']) expect((await request.get(`${dragon.url}/assets/${asset}`)).status(), asset).toBe(200);
  });

  test('?func=register&out=xjson: labels in messages.msg, countries in slist, values as {$}, the form under documented names', async ({ playwright, dragon }) => {
    const request = await playwright.request.newContext();
    const doc = await envelope(request, dragon.url, 'func=register&lang=ru');
    expect(doc).toMatchObject({ $func: 'register', $lang: 'ru', $binary: '/billmgr', $title: 'Регистрация' });
    expect(doc.$csrf).toMatch(/^\S{20,}$/);
    expect(doc.messages.msg).toMatchObject({
      title: 'Регистрация',
      firstname: 'Имя',
      lastname: 'Фамилия',
      email: 'Email адрес',
      passwd: 'Пароль',
      confirm: 'Введите пароль еще раз',
      country: 'Страна',
      hint_email: 'Подсказка',
      placeholder_country: 'Выберите страну',
      conditions_agree: 'Я даю согласие с условиями использования услуг хостинг-провайдера Senko Digital',
      link_conditions_agree: 'Подробнее...',
      button_ok: 'Зарегистрироваться',
    });
    const countries = doc.slist.find((list) => list.$name === 'country');
    expect(countries?.val).toContainEqual({ $key: 'GB', $: 'Великобритания' });
    expect(countries?.val.length).toBeGreaterThan(200);
    expect(doc.email).toEqual({});
    expect(doc.conditions_agree).toEqual({ $: 'off' });
    const fields = doc.metadata.form!.field;
    expect(fields.map((field) => field.$name)).toEqual(['firstname', 'lastname', 'email', 'passwd', 'confirm', 'country', 'g-recaptcha-response', 'conditions_agree', 'offer_1', 'offer_2']);
    expect(fields.find((field) => field.$name === 'country')).toMatchObject({ $required: 'yes', select: { $name: 'country', $type: 'autocomplete' } });
    expect(fields.find((field) => field.$name === 'offer_1')).toMatchObject({ $link: '/legal/privacy?lang=ru', input: { $type: 'checkbox', $name: 'offer_1' } });
    expect(fields.find((field) => field.$name === 'offer_2')).toMatchObject({ $required: 'yes', $link: '/legal/tax-residency?lang=ru', input: { $type: 'checkbox', $name: 'offer_2' } });
    expect(doc.messages.msg.offer_2).toBe('Я подтверждаю, что выбранная в аккаунте страна соответствует стране моего налогового резидентства');
    // The captcha provider's box: drawn by its own script; the field posts its response under reCAPTCHA's name.
    expect(fields.find((field) => field.$name === 'g-recaptcha-response')).toEqual({
      $name: 'g-recaptcha-response',
      captcha: { $type: 'recaptcha', $sitekey: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', $hl: 'ru' },
    });
    // The log-on page's language is a list and a value too.
    const logon = await envelope(request, dragon.url, 'func=logon&lang=en');
    expect(logon.slist).toContainEqual({ $name: 'lang', val: [{ $key: 'ru', $: 'Русский' }, { $key: 'en', $: 'English' }] });
    expect(logon.lang).toEqual({ $: 'en' });
    expect(logon.messages.msg).toMatchObject({ username: 'Login', password: 'Password', lang: 'Language', button_ok: 'Sign in' });
  });

  test('a refused registration is answered as doc.error, one entry per field; store names and a post without sok=ok are not taken', async ({ playwright, dragon }) => {
    const request = await playwright.request.newContext();
    const { $csrf } = await envelope(request, dragon.url, 'func=register');
    const refused = await post(request, dragon.url, 'register', $csrf!, { ...documented(address()), email: 'wiki@@senko', offer_1: 'off', offer_2: 'off', 'g-recaptcha-response': '' });
    expect(refused.status()).toBe(200);
    const { doc } = (await refused.json()) as { doc: Doc };
    expect(doc.$func).toBe('register');
    expect(doc.ok).toBeUndefined();
    expect(doc.error).toEqual([
      { $type: 'value', $object: 'email', $lang: 'ru', msg: { $: 'Введите действительный Email адрес' } },
      { $type: 'missed', $object: 'offer_1', $lang: 'ru', msg: { $: 'Необходимо дать согласие' } },
      { $type: 'missed', $object: 'offer_2', $lang: 'ru', msg: { $: 'Необходимо дать согласие' } },
      { $type: 'missed', $object: 'g-recaptcha-response', $lang: 'ru', msg: { $: 'Подтвердите, что вы не робот' } },
    ]);
    // The store's own name of a field is not the documented one: the field counts as missing.
    const { firstname, ...rest } = documented(address());
    const renamed = (await (await post(request, dragon.url, 'register', $csrf!, { ...rest, first_name: firstname })).json()).doc as Doc;
    expect(renamed.error as DocError[]).toEqual([{ $type: 'missed', $object: 'firstname', $lang: 'ru', msg: { $: 'Поле обязательно для заполнения' } }]);
    const withoutSok = await request.post(`${dragon.url}/billmgr?func=register&sfrom=ajax&out=xjson`, { form: documented(address()), headers: { 'x-csrf-token': $csrf! } });
    expect(withoutSok.status()).toBe(400);
    expect(((await withoutSok.json()).doc as Doc).error).toEqual([expect.objectContaining({ $type: 'missed', $object: 'sok' })]);
    expect((await post(request, dragon.url, 'register', 'forged', documented(address()))).status()).toBe(403);
  });

  test('a registration with the documented names makes an account that logs on; the frame and the lists come in the envelope', async ({ playwright, dragon }) => {
    const email = address();
    const request = await playwright.request.newContext();
    const { $csrf } = await envelope(request, dragon.url, 'func=register');
    const done = (await (await post(request, dragon.url, 'register', $csrf!, documented(email))).json()).doc;
    expect(done).toEqual({ $func: 'register', $lang: 'ru', ok: {}, redirect: { $: '/billmgr' } });

    // Another browser: log on with the new account, as the dragon log-on form posts it.
    const other = await playwright.request.newContext();
    const logon = await envelope(other, dragon.url, 'func=');
    expect(logon.$func).toBe('logon');
    const wrong = (await (await post(other, dragon.url, 'logon', logon.$csrf!, { username: email, password: 'wrong-password' })).json()).doc;
    expect(wrong.error).toEqual([{ $type: 'auth', $object: 'username', $lang: 'ru', msg: { $: 'Неверный логин или пароль' } }]);
    const signedIn = (await (await post(other, dragon.url, 'logon', logon.$csrf!, { username: email, password: PASSWORD })).json()).doc;
    expect(signedIn).toMatchObject({ ok: {}, redirect: { $: '/billmgr' } });
    const main = await envelope(other, dragon.url, 'func=');
    expect(main.$func).toBe('dashboard');
    expect(main.chrome).toMatchObject({ account: email, notification: { text: 'Для получения уведомлений необходимо подтверждение Email адреса' } });

    // A ticket posted under BILLmanager's names shows in the list's `elem`.
    const form = await envelope(other, dragon.url, 'func=ticket.edit');
    expect(form.slist.find((list) => list.$name === 'client_department')?.val).toEqual([{ $key: 'sales', $: 'Отдел продаж' }, { $key: 'technical', $: 'Технический отдел' }]);
    expect(form.client_department).toEqual({ $: 'technical' });
    const ticket = await other.post(`${dragon.url}/billmgr?func=ticket.edit&sfrom=ajax&out=xjson`, {
      data: { sok: 'ok', subject: 'Dragon ticket', message: 'Hello', ticket_item: '', client_department: 'sales', priority: 'high', attachments: [] },
      headers: { accept: 'application/json', 'x-csrf-token': form.$csrf! },
    });
    expect((await ticket.json()).doc).toMatchObject({ ok: {}, redirect: { $: '/billmgr?func=ticket' } });
    const list = await envelope(other, dragon.url, 'func=ticket');
    expect(list.metadata.coldata?.col.map((col) => col.$name)).toEqual(['id', 'subject', 'priority', 'status', 'date']);
    expect(list.elem?.[0]).toMatchObject({ subject: { $: 'Dragon ticket', $href: expect.stringContaining('func=ticket.view') }, priority: { $: 'Высокий' } });
  });
});

test.describe('in a browser', () => {
  test.use({ locale: 'ru-RU' });

  /** A field of the form found as a person finds it: by the words of the label above it. */
  const fieldOf = (page: Page, label: string) => page.locator('isp-form-field').filter({ has: page.locator('ngispui-label', { hasText: label }) });
  /** Every element with a role or an aria-* attribute, in the document and in every open shadow root. */
  const ariaElements = (page: Page | Frame) =>
    page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.hasAttribute('role') || [...element.attributes].some((attribute) => attribute.name.startsWith('aria-'))) found.push(element.outerHTML.slice(0, 120));
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
  const hydrated = async (page: Page) => {
    await expect(page.locator('ispui-button.hydrated button').first()).toBeVisible();
    await expect(page.locator('ispui-input:not(.hydrated), ispui-select:not(.hydrated), ispui-checkbox:not(.hydrated), ispui-button:not(.hydrated)')).toHaveCount(0);
  };

  test('the registration page, once hydrated: no role, no aria-*, the e-mail in an open shadow root, the list a popup at the end of <body>', async ({ page, dragon }) => {
    await page.goto(`${dragon.url}/billmgr?func=register`);
    await hydrated(page);
    expect(await ariaElements(page)).toEqual([]);
    // The one title is HTML's own name of a frame: the captcha provider's box and its (hidden) challenge.
    await expect(page.locator('[role], label, [for], select, [title]:not(iframe)')).toHaveCount(0);
    await expect(page.locator('iframe[title]')).toHaveCount(2);
    // Its box says nothing either: no role, no aria-*, as everything on dragon.
    const anchor = page.frames().find((frame) => frame.url().includes('/recaptcha/api2/anchor'));
    await expect(page.frameLocator('iframe[title="reCAPTCHA"]').getByText('Я не робот')).toBeVisible();
    expect(await ariaElements(anchor!)).toEqual([]);
    // Labels are elements above their controls; the star is part of their text.
    await expect(fieldOf(page, 'Имя *').locator('ngispui-label')).toHaveText('Имя *?');
    await expect(page.getByRole('textbox', { name: 'Имя' })).toHaveCount(0);
    // The «(?)» says its text on hover, by script: no title anywhere.
    const hint = fieldOf(page, 'Имя *').locator('.isp-hint');
    await expect(hint).toHaveAttribute('data-ispui-tooltip-text', 'Подсказка');
    await hint.hover();
    await expect(page.locator('body > .ispui-tooltip')).toHaveText('Подсказка');
    await page.mouse.move(0, 0);
    await expect(page.locator('body > .ispui-tooltip')).toHaveCount(0);

    // The e-mail address: the only input of its host's open shadow root, none in the light DOM.
    const email = page.locator('ispui-input').filter({ has: page.locator('input[type="email"]') });
    expect(await email.evaluate((host) => ({ mode: host.shadowRoot?.mode, inside: host.shadowRoot?.querySelectorAll('input[type="email"]').length, light: host.querySelectorAll('input').length }))).toEqual({ mode: 'open', inside: 1, light: 0 });
    expect(await page.evaluate(() => document.querySelectorAll('input[type="email"]').length)).toBe(0);

    // The country: a focusable host, its label a legend, no native select or input inside.
    const country = page.locator('ispui-select', { has: page.locator('legend', { hasText: 'Страна *' }) });
    await expect(country).toHaveAttribute('tabindex', '0');
    await expect(country.locator('fieldset > legend')).toHaveText('Страна *');
    await expect(country.locator('input, select')).toHaveCount(0);
    await country.focus();
    await page.keyboard.press('ArrowDown');
    const popup = page.locator('body > .ispui-dropdown-popup');
    await expect(popup).toBeVisible();
    expect(await popup.evaluate((element) => element.parentElement === document.body && element === document.body.lastElementChild)).toBe(true);
    await expect(popup.locator('input')).toBeFocused();
    await expect(popup.locator('input')).not.toHaveAttribute('placeholder');
    expect(await ariaElements(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(country).toBeFocused();
    // Up, Down and Enter in the searched list.
    await page.keyboard.press('Enter');
    await page.keyboard.type('велико');
    await expect(popup.locator('.ispui-select-option:visible')).toHaveCount(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(popup).toHaveCount(0);
    await expect(country.locator('.ispui-select__value')).toHaveText('Великобритания');
    await expect(country).toBeFocused();
  });

  test('a value set without an input event never reaches the form, as in an Angular form', async ({ page, dragon }) => {
    await page.goto(`${dragon.url}/billmgr?func=register`);
    await hydrated(page);
    await fieldOf(page, 'Имя *').locator('input').evaluate((input: HTMLInputElement) => (input.value = 'Senko'));
    await fieldOf(page, 'Фамилия *').locator('input').fill('Wiki');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await expect(fieldOf(page, 'Имя *').locator('.isp-field__error')).toHaveText('Поле обязательно для заполнения');
    await expect(fieldOf(page, 'Фамилия *').locator('.isp-field__error')).toHaveCount(0);
    await expect(fieldOf(page, 'Имя *').locator('input')).toHaveValue('Senko');
  });

  test('a person registers: types with the keyboard, picks the country from the searched list, ticks the three boxes and «Я не робот», presses the button', async ({ page, dragon }) => {
    const email = address();
    await page.goto(`${dragon.url}/billmgr?func=register`);
    await hydrated(page);
    const type = async (label: string, text: string) => {
      await fieldOf(page, label).locator('input').click();
      await page.keyboard.type(text);
    };
    await type('Имя *', 'Senko');
    await type('Фамилия *', 'Wiki');
    await type('Email адрес *', email);
    await type('Пароль *', PASSWORD);
    await expect(fieldOf(page, 'Пароль *').locator('.strength-word')).toHaveText('Сложный');
    await type('Введите пароль еще раз', PASSWORD);

    const country = page.locator('ispui-select', { has: page.locator('legend', { hasText: 'Страна *' }) });
    await expect(country.locator('.ispui-select__value')).toHaveText('Выберите страну');
    await country.click();
    const popup = page.locator('body > .ispui-dropdown-popup');
    await popup.locator('input').pressSequentially('велико');
    const shown = popup.locator('.ispui-select-option:visible');
    await expect(shown).toHaveCount(2);
    await expect(popup.locator('.ispui-select-option__highlight:visible')).toHaveText(['Велико', 'Велико']);
    await popup.getByText('Великобритания', { exact: true }).click();
    // It closes after its fade-out and is gone from the document.
    await expect(popup).toHaveCount(0);
    await expect(country.locator('.ispui-select__value')).toHaveText('Великобритания');
    expect(await country.evaluate((host) => (host as HTMLElement & { value: string }).value)).toBe('GB');

    const terms = page.locator('ispui-checkbox[name="conditions_agree"]');
    const privacy = page.locator('ispui-checkbox[name="offer_1"]');
    const tax = page.locator('ispui-checkbox[name="offer_2"]');
    await terms.locator('.ispui-checkbox__box').click();
    await privacy.getByText('Я даю согласие с политикой конфиденциальности').click();
    await tax.locator('.ispui-checkbox__box').click();
    await expect(terms).toHaveClass(/ispui-checkbox_checked/);
    await expect(privacy).toHaveClass(/ispui-checkbox_checked/);
    await expect(tax).toHaveClass(/ispui-checkbox_checked/);
    // Without «Я не робот» the form is refused at the captcha, its message under the box.
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    const captcha = page.locator('isp-form-field[data-field="g-recaptcha-response"]');
    await expect(captcha.locator('.isp-field__error')).toHaveText('Подтвердите, что вы не робот');
    const box = page.frameLocator('iframe[title="reCAPTCHA"]').locator('#recaptcha-anchor');
    await box.click();
    await expect(box).toHaveClass(/recaptcha-checkbox-checked/);
    await expect(captcha.locator('.isp-field__error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

    await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/billmgr$/);
    await expect(page.locator('.user-email')).toHaveText(email);
    await expect(page.locator('isp-banner .isp-banner__text')).toHaveText('Для получения уведомлений необходимо подтверждение Email адреса');
    expect(await ariaElements(page)).toEqual([]);
    // The account is the store's: it logs on from elsewhere.
    const other = await page.context().browser()!.newContext();
    const request = other.request;
    const logon = await envelope(request, dragon.url, 'func=logon');
    expect((await (await post(request, dragon.url, 'logon', logon.$csrf!, { username: email, password: PASSWORD })).json()).doc).toMatchObject({ ok: {} });
    await other.close();

    // The banner's text opens the confirmation window, a custom element with its button group.
    await page.locator('isp-banner .isp-banner__text').click();
    const dialog = page.locator('isp-dialog');
    await expect(dialog.locator('.isp-dialog__button-group')).toBeVisible();
    await dialog.getByRole('button', { name: 'Ok' }).click();
    await expect(dialog.locator('.isp-dialog__window')).toBeHidden();
    const letter = await (await page.request.get(`${dragon.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
    expect(letter.subject).toBe('Подтверждение Email адреса');
  });
});

test.describe('in a browser, behind log-on', () => {
  test.use({ locale: 'ru-RU' });

  test('log on in English by the language list, file a ticket with a file from the Markdown editor, find it in the isp-table and open it', async ({ page, playwright, dragon }) => {
    const email = address();
    const request = await playwright.request.newContext();
    const { $csrf } = await envelope(request, dragon.url, 'func=register');
    await post(request, dragon.url, 'register', $csrf!, documented(email));

    await page.goto(`${dragon.url}/billmgr`);
    const language = page.locator('ispui-select', { has: page.locator('legend', { hasText: 'Язык' }) });
    await language.click();
    await page.locator('body > .ispui-dropdown-popup').getByText('English', { exact: true }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
    const field = (label: string) => page.locator('isp-form-field').filter({ has: page.locator('ngispui-label', { hasText: label }) }).locator('input');
    await field('Login').fill(email);
    await field('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('isp-balance .isp-balance__amount')).toHaveText('0.00 €');

    const support = page.locator('isp-menu-group', { hasText: 'Support' });
    await expect(support).not.toHaveClass(/isp-menu-group_open/);
    await expect(support.getByRole('link', { name: 'Support tickets' })).toBeHidden();
    await support.getByText('Support', { exact: true }).click();
    await expect(support).toHaveClass(/isp-menu-group_open/);
    await support.getByRole('link', { name: 'Support tickets' }).click();
    await expect(page.getByRole('heading', { name: 'Support tickets', level: 1 })).toBeVisible();
    // «⊕ Add», not the header's «add funds».
    await page.getByRole('link', { name: /^\W*Add$/ }).click();
    await field('Subject').fill('Dragon in a browser');
    await page.locator('ispui-radio', { hasText: 'Sales department' }).click();
    await expect(page.locator('ispui-radio', { hasText: 'Sales department' })).toHaveClass(/ispui-radio_checked/);
    const message = page.locator('textarea');
    await message.fill('hello');
    await message.selectText();
    await page.locator('.editor-toolbar button[data-ispui-tooltip-text="Bold"]').click();
    await expect(message).toHaveValue('**hello**');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Choose a file or drag it here').click();
    await (await chooser).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('dragon') });
    await expect(page.locator('.file-names li')).toHaveText('notes.txt');
    await page.getByRole('button', { name: 'Send' }).click();

    const subject = page.locator('isp-table td[data-table-column-name="subject"]');
    await expect(subject).toHaveText('Dragon in a browser');
    await subject.getByRole('link').click();
    await expect(page.locator('.md strong')).toHaveText('hello');
    await expect(page.getByText('notes.txt')).toBeVisible();
    expect(await page.evaluate(() => document.querySelectorAll('[role], [aria-label], [aria-hidden], [aria-expanded]').length)).toBe(0);
  });
});
