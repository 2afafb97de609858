import type { ReferralPage } from '../../standin/pages/index.js';
import { expect, startStandin, test } from '../support/standin.js';
import { registerClient } from './tickets-support.js';

const sjson = async <T>(request: import('@playwright/test').APIRequestContext, url: string): Promise<T> => (await (await request.get(`${url}&out=sjson`)).json()).page as T;

test('the referral program: Доход and Статистика, the 5% program, the link to the public site and the promo code', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  await registerClient(request, standin.url);
  const page = await sjson<ReferralPage>(request, `${standin.url}/billmgr?func=affiliate.client`);
  const clientId = /\?ref=(\d+)$/.exec(page.link.value)?.[1];
  const port = new URL(standin.url).port;
  expect(page).toMatchObject({
    heading: 'Реферальная программа',
    program: { label: 'Программа', options: [{ label: 'Рефералы - 5%' }] },
    link: { label: 'Реферальная ссылка', value: `http://localhost:${port}/?ref=${clientId}` },
    promo: { label: 'Промокод', value: `ref_${clientId}` },
    cancel: { label: 'Отмена', href: '/billmgr' },
  });
  expect(page.sections.map((s) => [s.label, s.selected, s.rows.length, s.note])).toEqual([
    ['Доход', true, 0, 'Минимальная сумма для вывода: 50 €'],
    ['Статистика', false, 0, undefined],
  ]);
  expect(page.menu.find((g) => g.id === 'client')).toMatchObject({ label: 'Клиент', open: true, items: [{ label: 'Реферальная программа', current: true }, { label: 'Настройки пользователя' }] });
  expect(page.tabs).toEqual(['Главная', 'Реферальная программа']);
  const main = await (await request.get(`${standin.url}/billmgr?func=&out=sjson`)).json();
  expect(main.page.panels.accountInfo.rows[0].value).toBe(clientId);
  const html = await (await request.get(`${standin.url}/billmgr?func=affiliate.client`)).text();
  expect(html).toMatch(/role="tab" id="tab-income"[^>]*aria-selected="true"/);
  expect(html).toMatch(/role="tabpanel" id="panel-statistics"[^>]*hidden/);
  expect(html).toContain(`<input id="f-ref_link" name="ref_link" type="text" readonly value="http://localhost:${port}/?ref=${clientId}">`);
  expect(html).toContain('<p class="list-note">Минимальная сумма для вывода: 50 €</p>');
  const en = await sjson<ReferralPage>(request, `${standin.url}/billmgr?func=affiliate.client&lang=en`);
  expect([en.heading, en.sections[0].label, en.sections[1].label, en.sections[0].note, en.program.label, en.program.options[0].label, en.link.label, en.promo.label, en.cancel.label]).toEqual([
    'Referral program',
    'Reward',
    'Statistics',
    'Minimum withdrawal amount: 50 €',
    'Program',
    'Referrals - 5%',
    'Referral link',
    'Promo code',
    'Cancel',
  ]);
});

test('not logged on, the referral program is the log-on page with startform=affiliate.client', async ({ playwright, standin }) => {
  const request = await playwright.request.newContext();
  const page = await (await request.get(`${standin.url}/billmgr?func=affiliate.client&out=sjson`)).json();
  expect(page.page).toMatchObject({ page: 'logon', hidden: { startform: 'affiliate.client' } });
});

test('drift referral-rate-changed: «Рефералы - 3%»', async ({ playwright }) => {
  const standin = await startStandin('referral-rate-changed');
  try {
    const request = await playwright.request.newContext();
    await registerClient(request, standin.url);
    expect((await sjson<ReferralPage>(request, `${standin.url}/billmgr?func=affiliate.client`)).program.options[0].label).toBe('Рефералы - 3%');
    expect((await sjson<ReferralPage>(request, `${standin.url}/billmgr?func=affiliate.client&lang=en`)).program.options[0].label).toBe('Referrals - 3%');
  } finally {
    await standin.close();
  }
});
