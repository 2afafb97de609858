import { expect, test } from '@playwright/test';
import { address, registerClient, startOrderStandin } from './order-support.js';

test.use({ locale: 'ru-RU' });

type OrderStandin = Awaited<ReturnType<typeof startOrderStandin>>;

for (const skin of ['classic', 'spa'] as const) {
  test.describe(`${skin} skin`, () => {
    let standin: OrderStandin;
    test.beforeAll(async () => {
      standin = await startOrderStandin({ skin, installSeconds: 2 });
    });
    test.afterAll(async () => standin.close());

    test('public site → order form → payment → servers list: «Установка» turns «Активен», the letter arrives', async ({ page }) => {
      const email = await registerClient(page.request, standin.url, address(`browser-${skin}`));

      await page.goto(`${standin.publicURL}/virtual-servers`);
      await expect(page.getByRole('heading', { name: 'Фильтры' })).toBeVisible();
      await page.getByRole('group', { name: 'Период' }).getByRole('button', { name: 'год', exact: true }).click();
      const card = page.getByRole('article', { name: 'RZ9-2' });
      await expect(card.getByText('€76.14,-')).toBeVisible();
      await page.getByRole('button', { name: '₽' }).click();
      await expect(page.getByRole('button', { name: '₽' })).toHaveAttribute('aria-pressed', 'true');
      await expect(card.getByText('₽8375.40,-')).toBeVisible();
      await card.getByRole('link', { name: 'заказать' }).click();

      // Logged on already: straight to the form, on the client area's origin, the year kept.
      await expect(page.getByRole('heading', { name: 'RZ9-2', level: 1 })).toBeVisible();
      expect(new URL(page.url()).hostname).toBe('127.0.0.1');
      const period = page.getByRole('combobox', { name: 'Период оплаты' });
      await expect(period).toHaveValue('year');
      await expect(page.getByText('76.14 €').last()).toBeVisible();
      await period.selectOption({ label: 'Месяц' });
      await expect(page.getByText('Итого').locator('..')).toContainText('7.05 €');
      for (const name of ['CPU, МГц', 'Количество CPU, шт.', 'ОЗУ, МиБ', 'Дисковое пространство, ГиБ']) await expect(page.getByRole('textbox', { name })).toHaveAttribute('readonly', '');
      await expect(page.getByRole('textbox', { name: 'ОЗУ, МиБ' })).toHaveValue('4096');
      await expect(page.getByRole('radio')).toHaveCount(9);

      await page.getByRole('button', { name: 'Оплатить' }).click();
      const tiles = page.getByRole('radiogroup', { name: 'Операционная система' });
      if (skin === 'classic') {
        await expect(tiles).toHaveAttribute('aria-invalid', 'true');
        await expect(tiles).toHaveAccessibleDescription('Поле обязательно для заполнения');
      } else {
        await expect(tiles.locator('xpath=..').getByRole('alert')).toHaveText('Поле обязательно для заполнения');
      }
      await page.getByRole('textbox', { name: 'PTR запись (домен)' }).fill('not a host');
      await page.getByRole('radio', { name: 'Debian' }).click();
      await expect(page.getByRole('radio', { name: 'Debian' })).toBeChecked();
      await page.getByRole('combobox', { name: 'Версия Debian' }).selectOption('Debian 11');
      await page.getByRole('button', { name: 'Оплатить' }).click();
      const ptr = page.getByRole('textbox', { name: 'PTR запись (домен)' });
      if (skin === 'classic') await expect(ptr).toHaveAccessibleDescription('Введите корректное доменное имя');
      else await expect(ptr.locator('xpath=..').getByRole('alert')).toHaveText('Введите корректное доменное имя');
      await ptr.fill('test.senko.digital');
      if (skin === 'classic') {
        // A plain form post: the page came back with what was chosen.
        await expect(page.getByRole('radio', { name: 'Debian' })).toBeChecked();
        await expect(page.getByRole('combobox', { name: 'Версия Debian' })).toHaveValue('Debian 11');
      }
      await expect(page.getByRole('checkbox', { name: 'Автопродление' })).toBeChecked();
      await page.getByRole('button', { name: 'Оплатить' }).click();

      await expect(page.getByRole('heading', { name: 'Платеж', exact: true })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Шаги оплаты' }).getByRole('listitem')).toHaveText(['1. Выбор способа оплаты', '2. Выбор плательщика', '3. Данные плательщика', '4. Подтверждение оплаты']);
      await expect(page.getByRole('textbox', { name: 'Сумма' })).toHaveValue('7.05');
      const methodRole = skin === 'classic' ? 'form' : 'group';
      await page.getByRole(methodRole, { name: 'Российские банковские карты (МИР)' }).getByRole('button', { name: 'Оплатить' }).click();
      await expect(page.getByRole('alert')).toContainText('недоступен в тестовом стенде');
      await page.getByRole(methodRole, { name: 'Тестовая оплата' }).getByRole('button', { name: 'Оплатить' }).click();

      await expect(page.getByRole('heading', { name: 'Виртуальные серверы' })).toBeVisible();
      const row = page.getByRole('row', { name: /RZ9-2 — test\.senko\.digital/ });
      await expect(row).toContainText('Установка');
      await expect(row).toContainText('Debian 11');
      // No reload: the list asks again while the server installs.
      await expect(row).toContainText('Активен', { timeout: 8000 });
      const letter = await (await page.request.get(`${standin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
      expect(letter.subject).toBe('Ваш сервер готов');
    });
  });
}

test('English: the site\'s «Order» button, the form, payment and list in English', async ({ page }) => {
  const standin = await startOrderStandin({ installSeconds: 0.5 });
  try {
    await registerClient(page.request, standin.url);
    await page.goto(`${standin.publicURL}/virtual-servers?lang=en`);
    await page.getByRole('article', { name: 'RZ9-0' }).getByRole('link', { name: 'Order' }).click();
    await expect(page.getByRole('heading', { name: 'RZ9-0', level: 1 })).toBeVisible();
    await page.getByRole('radio', { name: 'Rocky Linux' }).check();
    await expect(page.getByRole('textbox', { name: 'PTR record (domain)' })).toBeEmpty();
    await expect(page.getByRole('checkbox', { name: 'Auto-renewal' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'To cart' })).toBeVisible();
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('heading', { name: 'Payment', exact: true })).toBeVisible();
    await page.getByRole('form', { name: 'Test payment' }).getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('heading', { name: 'Virtual servers' })).toBeVisible();
    await expect(page.getByRole('row', { name: /RZ9-0/ })).toContainText('Active', { timeout: 8000 });
  } finally {
    await standin.close();
  }
});

test('not logged on: «заказать» → log-on page → «Зарегистрируйтесь» → the order form of the plan chosen', async ({ page }) => {
  const standin = await startOrderStandin({ installSeconds: 0.5 });
  try {
    await page.goto(`${standin.publicURL}/virtual-servers`);
    await page.getByRole('article', { name: 'RZ9-3' }).getByRole('link', { name: 'заказать' }).click();
    await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
    await page.getByRole('link', { name: 'Зарегистрируйтесь', exact: true }).click();
    await page.getByLabel('Имя').fill('Senko');
    await page.getByLabel('Фамилия').fill('Wiki');
    await page.getByLabel('Email адрес').fill(address('walk'));
    await page.getByLabel(/^Пароль/).fill('Str0ng-Passw0rd!');
    await page.getByLabel('Введите пароль еще раз').fill('Str0ng-Passw0rd!');
    await page.getByRole('combobox', { name: 'Страна*' }).selectOption('GB');
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    const robot = page.frameLocator('iframe[title="reCAPTCHA"]').getByRole('checkbox', { name: 'Я не робот' });
    await robot.click();
    await expect(robot).toBeChecked();
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await expect(page.getByRole('heading', { name: 'RZ9-3', level: 1 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'ОЗУ, МиБ' })).toHaveValue('6144');
  } finally {
    await standin.close();
  }
});
