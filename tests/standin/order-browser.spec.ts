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
      // The page opens on the EPYC line; the RZ9 plans are behind «Ryzen 9 9950X».
      await expect(page.getByRole('tab', { name: 'EPYC' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('article', { name: 'EP-1' })).toContainText('€3.53');
      await expect(page.getByRole('article', { name: 'RZ9-2' })).toBeHidden();
      await page.getByRole('tab', { name: 'Ryzen 9 9950X' }).click();
      await expect(page.getByText('Память: 1 ГиБ')).toBeVisible();
      await page.getByRole('group', { name: 'Период' }).getByRole('button', { name: 'год -10%', exact: true }).click();
      // The period's reload keeps the line chosen.
      await expect(page.getByRole('tab', { name: 'Ryzen 9 9950X' })).toHaveAttribute('aria-selected', 'true');
      const card = page.getByRole('article', { name: 'RZ9-2' });
      await expect(card.getByText('€76.14')).toBeVisible();
      await expect(card).toContainText('в год');
      await card.getByRole('link', { name: 'Заказать' }).click();

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

      await expect(page.getByRole('heading', { name: 'Выберите способ оплаты', exact: true })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Шаги оплаты' }).getByRole('listitem')).toHaveText(['1. Выбор способа оплаты', '2. Выбор плательщика', '3. Завершение оплаты']);
      await expect(page.getByRole('complementary', { name: 'Ваша корзина' })).toContainText(/1 шт\.\s*RZ9-2 #\d+\s*7\.05 €/);
      const method = (name: string) => page.getByRole(skin === 'classic' ? 'form' : 'group', { name });
      // 7.05 € is below SEPA's 15.00 €: its card is there, its button disabled.
      await expect(method('Ручной банковский перевод (SEPA)').getByRole('button', { name: 'Выбрать' })).toBeDisabled();
      await expect(method('Revolut Pay')).toContainText('7.13 €');
      await method('Revolut Pay').getByRole('button', { name: 'Выбрать' }).click();
      await expect(page.getByRole('alert')).toContainText('недоступен в тестовом стенде');
      await method('Лицевой счет').getByRole('button', { name: 'Выбрать' }).click();

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
    await page.getByRole('tab', { name: 'Ryzen 9 9950X' }).click();
    await page.getByRole('article', { name: 'RZ9-0' }).getByRole('link', { name: 'Order' }).click();
    await expect(page.getByRole('heading', { name: 'RZ9-0', level: 1 })).toBeVisible();
    await page.getByRole('radio', { name: 'Rocky Linux' }).check();
    await expect(page.getByRole('textbox', { name: 'PTR record (domain)' })).toBeEmpty();
    await expect(page.getByRole('checkbox', { name: 'Auto-renewal' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'To cart' })).toBeVisible();
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('heading', { name: 'Select a payment method', exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Payment steps' }).getByRole('listitem')).toHaveText(['1. Select a payment method', '2. Select a payer', '3. Completing the payment']);
    await expect(page.getByRole('complementary', { name: 'Your cart' })).toContainText('Registering 1 position for');
    await page.getByRole('form', { name: 'Personal account' }).getByRole('button', { name: 'Select' }).click();
    await expect(page.getByRole('heading', { name: 'Virtual servers' })).toBeVisible();
    await expect(page.getByRole('row', { name: /RZ9-0/ })).toContainText('Active', { timeout: 8000 });
  } finally {
    await standin.close();
  }
});

test('not logged on: «Заказать» → log-on page → «Зарегистрируйтесь» → the order form of the plan chosen', async ({ page }) => {
  const standin = await startOrderStandin({ installSeconds: 0.5 });
  try {
    await page.goto(`${standin.publicURL}/virtual-servers`);
    await page.getByRole('tab', { name: 'Ryzen 9 9950X' }).click();
    await page.getByRole('article', { name: 'RZ9-3' }).getByRole('link', { name: 'Заказать' }).click();
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
