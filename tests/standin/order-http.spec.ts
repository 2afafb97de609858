import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { address, csrfOf, registerClient, startOrderStandin } from './order-support.js';

type OrderStandin = Awaited<ReturnType<typeof startOrderStandin>>;

let standin: OrderStandin;
test.beforeAll(async () => {
  standin = await startOrderStandin({ installSeconds: 1 });
});
test.afterAll(async () => standin.close());

/** Opens the order form (for its CSRF token) and posts it; JSON answers unless `plain`. */
async function postOrder(request: APIRequestContext, url: string, fields: Record<string, string>, options: { plan?: string; plain?: boolean; lang?: string } = {}) {
  const plan = options.plan ?? 'RZ9-2';
  const form = await request.get(`${url}/billmgr?func=vds.order&plan=${plan}&lang=${options.lang ?? 'ru'}`);
  return request.post(`${url}/billmgr?func=vds.order&plan=${plan}`, {
    form: { _csrf: csrfOf(await form.text()), period: 'month', ...fields },
    headers: options.plain ? {} : { accept: 'application/json' },
    maxRedirects: 0,
  });
}

async function payWith(request: APIRequestContext, url: string, orderPath: string, method: string) {
  const page = await request.get(`${url}${orderPath}`);
  return request.post(`${url}${orderPath}`, { form: { _csrf: csrfOf(await page.text()), method }, headers: { accept: 'application/json' }, maxRedirects: 0 });
}

test('the public site answers on its own host: plan lines, period buttons, «Заказать» into the client area', async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const page = await request.get(`${standin.publicURL}/virtual-servers`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  for (const plan of ['EP-1', 'EP-2', 'EP-4', 'EP-6', 'RZ9-0', 'RZ9-1', 'RZ9-2', 'RZ9-3', 'RZ9-4']) expect(html).toContain(`<h2 id="plan-${plan}">${plan}</h2>`);
  // EPYC is the line shown when the page opens; the other lines' plans wait in hidden panels.
  expect(html).toMatch(/id="tab-epyc" aria-controls="line-epyc" aria-selected="true"/);
  expect(html).toMatch(/id="line-ryzen"[^>]* hidden/);
  for (const text of ['€3.53', '€6.74', '€13.41', '€19.47', '€7.05', 'в месяц']) expect(html).toContain(text);
  for (const label of ['Фильтры', 'vCPU: 1', 'Память: 2 ГиБ', 'Диск: 30 ГиБ', 'месяц', 'полгода', 'год', '-5%', '-10%']) expect(html).toContain(label);
  // 2026: no currency switcher and no day.
  expect(html).not.toContain('сутки');
  expect(html).not.toContain('name="currency"');
  const port = new URL(standin.url).port;
  expect(html).toContain(`href="http://127.0.0.1:${port}/billmgr?startform=vds.order&amp;plan=RZ9-2&amp;period=month&amp;lang=ru">Заказать</a>`);
  const year = await (await request.get(`${standin.publicURL}/virtual-servers?period=year&line=ryzen`)).text();
  // 7.05 € × 12 × 0.9 = 76.14 €; the line chosen before the period's reload is kept.
  expect(year).toContain('€76.14');
  expect(year).toContain('в год');
  expect(year).toContain('period=year');
  expect(year).toMatch(/id="tab-ryzen" aria-controls="line-ryzen" aria-selected="true"/);
  const english = await (await request.get(`${standin.publicURL}/virtual-servers?lang=en`)).text();
  expect(english).toContain('>Order</a>');
  for (const text of ['per month', 'Backup Storage', '250 Mbps', '(Fair Usage)', 'Frankfurt am Main', 'No Windows', 'half year']) expect(english).toContain(text);
  // The choice is remembered by the site's own cookie; the browser's language comes next.
  expect(await (await request.get(`${standin.publicURL}/virtual-servers`)).text()).toContain('>Order</a>');
  const fresh = await playwright.request.newContext({ extraHTTPHeaders: { 'accept-language': 'en-GB,en;q=0.9' } });
  expect(await (await fresh.get(`${standin.publicURL}/virtual-servers`)).text()).toContain('Filters');
  const landing = await request.get(`${standin.publicURL}/?ref=757`);
  expect(landing.status()).toBe(200);
  // The client area's origin keeps its own `/`.
  const client = await request.get(`${standin.url}/`, { maxRedirects: 0 });
  expect(client.status()).toBe(302);
});

test('the order form needs a log-on first: startform carries the visitor to it', async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const anonymous = await request.get(`${standin.url}/billmgr?func=vds.order&plan=RZ9-2&period=year`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers().location).toBe('/billmgr?startform=vds.order&plan=RZ9-2&period=year&lang=ru');
  await registerClient(request, standin.url);
  // Logged on: the client area's startform handling goes straight to the form, its parameters kept.
  const started = await request.get(`${standin.url}/billmgr?startform=vds.order&plan=RZ9-2&period=year&lang=ru`, { maxRedirects: 0 });
  expect(started.headers().location).toBe('/billmgr?func=vds.order&plan=RZ9-2&period=year');
  const form = await (await request.get(`${standin.url}${started.headers().location}`)).text();
  expect(form).toContain('<h1>RZ9-2</h1>');
  expect(form).toContain('Заказ: RZ9-2');
  for (const label of ['PTR запись (домен)', 'Операционная система', 'Период оплаты', 'Итого', 'Оплатить', 'В корзину', 'Автопродление', 'Rocky Linux', 'Другая']) expect(form).toContain(label);
  // The period chosen on the site is the form's; the total follows it (year: −10 %).
  expect(form).toMatch(/<option value="year"[^>]*selected>Год \(-10%\)<\/option>/);
  expect(form).toContain('76.14 €');
});

test('an order without an operating system is refused at the tiles; the PTR record must be a host name', async ({ playwright }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  const noOs = await postOrder(request, standin.url, { ptr: '' });
  expect(noOs.status()).toBe(422);
  expect((await noOs.json()).errors).toEqual({ os: 'Поле обязательно для заполнения' });
  const plain = await postOrder(request, standin.url, { ptr: 'test.senko.digital' }, { plain: true });
  expect(plain.status()).toBe(422);
  const html = await plain.text();
  expect(html).toMatch(/role="radiogroup" aria-labelledby="l-os" aria-required="true" aria-describedby="e-os" aria-invalid="true"/);
  expect(html).toContain('<div class="error" id="e-os">Поле обязательно для заполнения</div>');
  expect(html).toContain('value="test.senko.digital"');
  const badPtr = await postOrder(request, standin.url, { os: 'debian', ptr: 'not a host' });
  expect((await badPtr.json()).errors).toEqual({ ptr: 'Введите корректное доменное имя' });
  const english = await postOrder(request, standin.url, { ptr: '-bad-.example' }, { lang: 'en' });
  expect((await english.json()).errors).toEqual({ os: 'This field is required', ptr: 'Enter a valid domain name' });
  for (const ptr of ['', 'test.senko.digital']) {
    const accepted = await postOrder(request, standin.url, { os: 'ubuntu', version_ubuntu: 'Ubuntu 22.04', ptr }, { lang: 'ru' });
    expect(accepted.status()).toBe(200);
    expect((await accepted.json()).redirect).toMatch(/^\/billmgr\?func=payment\.new&order=\d+$/);
  }
});

test('paying from «Лицевой счет» makes the server: «Установка», then «Активен» and the access letter', async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const email = await registerClient(request, standin.url);
  const ordered = await postOrder(request, standin.url, { os: 'debian', version_debian: 'Debian 11', ptr: 'test.senko.digital', autorenew: 'on' });
  const paymentPath = (await ordered.json()).redirect as string;
  const payment = await (await request.get(`${standin.url}${paymentPath}`)).text();
  for (const text of ['Выберите способ оплаты', '1. Выбор способа оплаты', '2. Выбор плательщика', '3. Завершение оплаты', 'Способы оплаты', 'Лицевой счет', 'Revolut Pay', 'К оплате', '7.05 €', 'Комиссия', '7.13 €', 'от 15.00 €', 'Ваша корзина', 'Изменить заказ', 'Оформление 1 позиции на сумму', 'RZ9-2 #']) {
    expect(payment).toContain(text);
  }
  const refused = await payWith(request, standin.url, paymentPath, 'revolut');
  expect(refused.status()).toBe(422);
  expect((await refused.json()).errors).toEqual({ revolut: 'Этот способ оплаты недоступен в тестовом стенде. Оплатите с лицевого счета.' });
  // SEPA takes 15.00 € at least: its disabled button is refused if posted anyway.
  expect((await (await payWith(request, standin.url, paymentPath, 'sepa')).json()).errors).toEqual({ sepa: 'Сумма платежа меньше минимальной для этого способа оплаты' });
  const started = Date.now();
  const paid = await payWith(request, standin.url, paymentPath, 'account');
  expect(await paid.json()).toEqual({ ok: true, redirect: '/billmgr?func=vds' });
  // Paid once: the order is gone.
  expect((await request.get(`${standin.url}${paymentPath}`)).status()).toBe(404);
  const list = await (await request.get(`${standin.url}/billmgr?func=vds`)).text();
  expect(list).toContain('<h1 id="servers-title">Виртуальные серверы</h1>');
  expect(list).toContain('RZ9-2 — test.senko.digital');
  expect(list).toContain('Debian 11');
  expect(list).toContain('>Установка</span>');
  const letter = await (await request.get(`${standin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
  expect(Date.now() - started).toBeGreaterThan(900);
  expect(letter.subject).toBe('Ваш сервер готов');
  const ip = /\d+\.\d+\.\d+\.\d+/.exec(list)?.[0] ?? '';
  for (const text of ['Активация виртуального сервера', 'Тариф', 'RZ9-2', 'IP адрес', ip, 'Логин', 'root', 'Пароль', 'Debian 11', 'https://vm.senko.digital']) expect(letter.html).toContain(text);
  expect(letter.text).toMatch(/Пароль: [A-Za-z0-9]{12}/);
  const json = await (await request.get(`${standin.url}/billmgr?func=vds&out=sjson`)).json();
  expect(json.page.rows).toEqual([expect.objectContaining({ status: 'active', statusLabel: 'Активен', ip, os: 'Debian 11' })]);
  expect(json.page.installing).toBe(false);
});

test('the English access letter is the 2026 one: «Virtual Server Activated Successfully», the notice under the password', async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const email = await registerClient(request, standin.url, address('letter-en'));
  const ordered = await postOrder(request, standin.url, { os: 'debian', ptr: '' }, { lang: 'en' });
  const paid = await payWith(request, standin.url, (await ordered.json()).redirect, 'account');
  expect((await paid.json()).ok).toBe(true);
  const letter = await (await request.get(`${standin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
  const headings = ['Virtual Server Activated Successfully', 'Virtual Server Activation', 'Server Information', 'Tariff Plan', 'Activation Date', 'IP Address', 'Access Credentials', 'Notice', 'Virtual Server Control Panel'];
  for (const text of [...headings, 'RZ9-2', 'You will be prompted to change your password on your first login.', 'https://vm.senko.digital']) expect(letter.html).toContain(text);
  // What the guide's check reads: the server's address and each password after its label.
  expect(letter.text).toMatch(/IP Address: \d+\.\d+\.\d+\.\d+/);
  expect(letter.text.match(/^Password: [A-Za-z0-9]{12}$/gm)).toHaveLength(2);
});

test('drift "install-fails": «Ошибка установки» and no letter; drift "ptr-required": an empty PTR record is refused', async ({ playwright }) => {
  for (const drift of ['install-fails', 'ptr-required'] as const) {
    const other = await startOrderStandin({ drift, installSeconds: 0.3 });
    try {
      const request = await playwright.request.newContext();
      const email = await registerClient(request, other.url, address(drift));
      const empty = await postOrder(request, other.url, { os: 'debian', ptr: '' });
      if (drift === 'ptr-required') {
        expect((await empty.json()).errors).toEqual({ ptr: 'Поле обязательно для заполнения' });
        continue;
      }
      await payWith(request, other.url, (await empty.json()).redirect, 'account');
      await expect
        .poll(async () => (await (await request.get(`${other.url}/billmgr?func=vds&out=sjson`)).json()).page.rows[0].statusLabel)
        .toBe('Ошибка установки');
      const letter = await (await request.get(`${other.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=1000`)).json().catch(() => undefined);
      expect(letter?.subject).toBeUndefined();
    } finally {
      await other.close();
    }
  }
});
