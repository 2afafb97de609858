import type { TicketFormPage, TicketListPage, TicketViewPage } from '../../standin/pages/index.js';
import { expect, test } from '../support/standin.js';
import { address, csrfOf, postTicket, registerClient, standinWithStore, userOf } from './tickets-support.js';

const sjson = async <T>(request: import('@playwright/test').APIRequestContext, url: string): Promise<T> => (await (await request.get(`${url}&out=sjson`)).json()).page as T;

test('the ticket list starts empty, with «Создать» above the table; «Поддержка» is open on it', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  const page = await sjson<TicketListPage>(request, `${standin.url}/billmgr?func=ticket`);
  expect(page).toMatchObject({ page: 'tickets', heading: 'Запросы', create: { label: 'Создать', href: '/billmgr?func=ticket.edit' }, rows: [], empty: { title: 'Данных пока нет' } });
  expect(page.columns.map((c) => c.label)).toEqual(['Id', 'Тема', 'Приоритет', 'Статус', 'Дата']);
  expect(page.tabs).toEqual(['Главная', 'Запросы']);
  expect(page.menu.find((g) => g.label === 'Поддержка')).toMatchObject({ open: true, items: [{ label: 'Запросы', href: '/billmgr?func=ticket', current: true }] });
  expect(page.menu.filter((g) => g.open).map((g) => g.label)).toEqual(['Поддержка']);
  const html = await (await request.get(`${standin.url}/billmgr?func=ticket`)).text();
  expect(html).toContain('<h1>Запросы</h1>');
  expect(html).toContain('<b>Данных пока нет</b>');
  expect(html).toMatch(/aria-expanded="true" aria-controls="menu-support"/);
  expect(html).toMatch(/aria-expanded="false" aria-controls="menu-client"/);
});

test('the form offers subject, the client\'s services, department, priority, a Markdown editor and attachments', async ({ playwright }) => {
  const standin = await standinWithStore();
  try {
    const request = await playwright.request.newContext();
    const email = await registerClient(request, standin.url);
    standin.store.addService(userOf(standin.store, email), { id: 8921, name: 'RZ9-1 (vm8921.de.snk.wtf, 193.135.137.55)', status: 'active' });
    const page = await sjson<TicketFormPage>(request, `${standin.url}/billmgr?func=ticket.edit`);
    expect(page.subject).toMatchObject({ label: 'Тема запроса', required: true });
    expect(page.service.options).toEqual([
      { value: '', label: '—' },
      { value: '8921', label: '#8921 RZ9-1 (vm8921.de.snk.wtf, 193.135.137.55)' },
    ]);
    expect(page.department.options.map((o) => o.label)).toEqual(['Отдел продаж', 'Технический отдел']);
    expect(page.priority?.options.map((o) => o.label)).toEqual(['Низкий', 'Средний', 'Высокий']);
    expect(page.message).toMatchObject({ label: 'Сообщение', required: true, hint: 'Поддерживается разметка Markdown' });
    expect(page.message.toolbar.tools.map((tool) => tool.label)).toEqual(['Полужирный', 'Курсив', 'Зачёркнутый', 'Заголовок', 'Ссылка', 'Код', 'Цитата', 'Список']);
    expect(page.attachments.label).toBe('Выберите файл или перетащите сюда');
    expect([page.submit, page.cancel]).toEqual(['Отправить', 'Отмена']);
    const html = await (await request.get(`${standin.url}/billmgr?func=ticket.edit`)).text();
    expect(html).toContain('<label for="f-attachments" class="attach-label">Выберите файл или перетащите сюда</label>');
    expect(html).toContain('<option value="8921">#8921 RZ9-1 (vm8921.de.snk.wtf, 193.135.137.55)</option>');
    const english = await sjson<TicketFormPage>(request, `${standin.url}/billmgr?func=ticket.edit&lang=en`);
    expect([english.subject.label, english.service.label, english.department.label, english.priority?.label, english.message.label, english.message.hint, english.attachments.label]).toEqual([
      'Request subject',
      'Service',
      'Department',
      'Priority',
      'Message',
      'Markdown is supported',
      'Choose a file or drag it here',
    ]);
  } finally {
    await standin.close();
  }
});

test('subject and message are required, each refused at its field; nothing is stored', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  const response = await postTicket(request, standin.url, { subject: '  ', message: '', department: 'technical', priority: 'high' });
  expect(response.status()).toBe(422);
  expect((await response.json()).errors).toEqual({ subject: 'Поле обязательно для заполнения', message: 'Поле обязательно для заполнения' });
  // A browser without script: the page again, the refusals beside their fields.
  const token = await csrfOf(request, `${standin.url}/billmgr?func=ticket.edit`);
  const plain = await request.post(`${standin.url}/billmgr?func=ticket.edit`, { form: { _csrf: token, subject: 'Тема', message: '', department: 'sales', priority: 'low' } });
  expect(plain.status()).toBe(422);
  const html = await plain.text();
  expect(html).toContain('value="Тема"');
  expect(html).toMatch(/id="f-message"[^>]*aria-invalid="true"/);
  expect(html).toContain('<div class="error" id="e-message">Поле обязательно для заполнения</div>');
  expect(html).toMatch(/value="sales" checked/);
  expect((await sjson<TicketListPage>(request, `${standin.url}/billmgr?func=ticket`)).rows).toEqual([]);
  const bad = await postTicket(request, standin.url, { subject: 'a', message: 'b', department: 'marketing', priority: 'urgent', service: '42' });
  expect((await bad.json()).errors).toEqual({ department: 'Выберите значение из списка', priority: 'Выберите значение из списка', service: 'Выберите значение из списка' });
});

test('a sent ticket is listed with its priority, opens with its facts, and its author gets «Запрос #N создан»', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const email = await registerClient(request, standin.url);
  const file = Buffer.from('ssh: connect to host 193.135.137.55 port 22: Connection refused\n');
  const response = await postTicket(request, standin.url, {
    subject: 'Не могу зайти на сервер',
    message: 'Добрый день!\n\nНе удаётся подключиться по **SSH**.',
    department: 'technical',
    priority: 'high',
    service: '',
    attachments: [{ name: 'C:\\logs\\ssh.log', data: file.toString('base64') }],
  });
  const answer = await response.json();
  expect(answer).toMatchObject({ ok: true, redirect: '/billmgr?func=ticket' });
  const list = await sjson<TicketListPage>(request, `${standin.url}/billmgr?func=ticket`);
  expect(list.rows).toHaveLength(1);
  expect(list.rows[0]).toMatchObject({ href: `/billmgr?func=ticket.view&id=${answer.id}`, cells: { id: String(answer.id), subject: 'Не могу зайти на сервер', priority: 'Высокий', status: 'Новый' } });
  const html = await (await request.get(`${standin.url}/billmgr?func=ticket`)).text();
  expect(html).toContain('>Не могу зайти на сервер</a>');
  expect(html).toContain('<td>Высокий</td>');
  const view = await sjson<TicketViewPage>(request, `${standin.url}/billmgr?func=ticket.view&id=${answer.id}`);
  expect(view.rows).toEqual(expect.arrayContaining([{ label: 'Приоритет', value: 'Высокий' }, { label: 'Отдел', value: 'Технический отдел' }]));
  expect(view.attachments).toEqual({ label: 'Вложения', names: ['ssh.log'] });
  expect(view.tabs).toEqual(['Главная', `Запрос #${answer.id}`]);
  const letter = await (await request.get(`${standin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
  expect(letter.subject).toBe(`Запрос #${answer.id} создан`);
  expect(letter.text).toContain('Не могу зайти на сервер');
  // Another client sees neither the ticket nor its page.
  const other = await playwright.request.newContext();
  await registerClient(other, standin.url, address('other'));
  expect((await sjson<TicketListPage>(other, `${standin.url}/billmgr?func=ticket`)).rows).toEqual([]);
  expect((await other.get(`${standin.url}/billmgr?func=ticket.view&id=${answer.id}&out=sjson`)).status()).toBe(404);
});

test('the message\'s Markdown is rendered as bold, italic, lists and links; HTML and script links stay text', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  const message = '**жирный** и *курсив* <img src=x onerror=alert(1)> <script>alert(2)</script>\n\n- один\n- [сайт](https://senko.digital)\n- [плохо](javascript:alert(3))\n\n1. раз';
  const { id } = await (await postTicket(request, standin.url, { subject: '<b>Тема</b>', message, department: 'sales', priority: 'low' })).json();
  const view = await sjson<TicketViewPage>(request, `${standin.url}/billmgr?func=ticket.view&id=${id}`);
  expect(view.message.blocks.map((b) => b.kind)).toEqual(['p', 'ul', 'ol']);
  expect(view.message.blocks[0].lines[0].slice(0, 3)).toEqual([{ text: 'жирный', strong: true }, { text: ' и ' }, { text: 'курсив', em: true }]);
  const html = await (await request.get(`${standin.url}/billmgr?func=ticket.view&id=${id}`)).text();
  expect(html).toContain('<strong>жирный</strong>');
  expect(html).toContain('<em>курсив</em>');
  expect(html).toContain('<li>один</li>');
  expect(html).toContain('<a href="https://senko.digital" rel="nofollow noopener noreferrer" target="_blank">сайт</a>');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  expect(html).not.toContain('<img');
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('javascript:');
  expect(html).toContain('&lt;b&gt;Тема&lt;/b&gt;');
});

test('attachments over 5 MB, or not base64, are refused at the attachments', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1).toString('base64');
  const tooBig = await postTicket(request, standin.url, { subject: 's', message: 'm', department: 'sales', priority: 'low', attachments: [{ name: 'big.bin', data: big }] });
  expect((await tooBig.json()).errors).toEqual({ attachments: 'Вложения не больше 5 МБ вместе и не больше 5 файлов' });
  const bad = await postTicket(request, standin.url, { subject: 's', message: 'm', department: 'sales', priority: 'low', attachments: [{ name: 'x', data: '<%%>' }] });
  expect((await bad.json()).errors).toEqual({ attachments: 'Вложения не больше 5 МБ вместе и не больше 5 файлов' });
  // Other forms keep their small limit.
  const token = await csrfOf(request, `${standin.url}/billmgr?func=register`);
  const huge = await request.post(`${standin.url}/billmgr?func=logon`, { form: { _csrf: token, username: 'x'.repeat(100_000) } });
  expect(huge.status()).toBe(413);
});

test('without a session the ticket pages are the log-on page, landing on them afterwards; a post is refused', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const html = await (await request.get(`${standin.url}/billmgr?func=ticket`)).text();
  expect(html).toContain('<input type="hidden" name="startform" value="ticket">');
  const token = await csrfOf(request, `${standin.url}/billmgr?func=ticket.edit`);
  const post = await request.post(`${standin.url}/billmgr?func=ticket.edit`, { data: { _csrf: token, subject: 's', message: 'm' }, headers: { accept: 'application/json' } });
  expect(post.status()).toBe(401);
});

test('drift: «Тикеты» / "Tickets" in the menu instead of «Запросы» / "Support tickets"', async ({ playwright }) => {
  const standin = await standinWithStore('tickets-menu-renamed');
  try {
    const request = await playwright.request.newContext();
    await registerClient(request, standin.url);
    const list = await sjson<TicketListPage>(request, `${standin.url}/billmgr?func=ticket&lang=en`);
    expect(list.menu.find((g) => g.id === 'support')!.items[0].label).toBe('Tickets');
    const ru = await sjson<TicketListPage>(request, `${standin.url}/billmgr?func=ticket&lang=ru`);
    expect(ru.menu.find((g) => g.id === 'support')!.items[0].label).toBe('Тикеты');
    expect(await (await request.get(`${standin.url}/billmgr?func=ticket`)).text()).not.toContain('>Запросы</a>');
  } finally {
    await standin.close();
  }
});
