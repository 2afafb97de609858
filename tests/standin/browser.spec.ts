import { expect, test } from '../support/standin.js';

test.use({ locale: 'ru-RU' });

let n = 0;
const address = () => `browser-${Date.now()}-${n++}@inbox.test`;

test('the registration form uses the labels of the real client area', async ({ page, standin }) => {
  await page.goto(`${standin.url}/billmgr`);
  await page.getByRole('link', { name: 'Зарегистрируйтесь', exact: true }).click();
  for (const label of ['Имя*', 'Фамилия*', 'Email адрес*', 'Пароль*', 'Введите пароль еще раз']) {
    await expect(page.getByRole('textbox', { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: 'Страна*' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Я даю согласие с условиями использования услуг хостинг-провайдера Senko Digital*' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Я даю согласие с политикой конфиденциальности хостинг-провайдера Senko Digital*' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Подробнее...' })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Зарегистрироваться' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Отмена' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'У меня уже есть учетная запись' })).toBeVisible();
});

test('a refused form keeps what was typed and marks each field', async ({ page, standin }) => {
  await page.goto(`${standin.url}/billmgr?func=register`);
  await page.getByRole('textbox', { name: 'Имя*' }).fill('Сенко');
  await page.getByRole('textbox', { name: 'Email адрес*' }).fill('not-an-address');
  await page.getByRole('textbox', { name: 'Пароль*' }).fill('Str0ng-Passw0rd!');
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  const email = page.getByRole('textbox', { name: 'Email адрес*' });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Введите действительный Email адрес');
  await expect(email).toHaveValue('not-an-address');
  await expect(page.getByRole('textbox', { name: 'Имя*' })).toHaveValue('Сенко');
  await expect(page.getByRole('textbox', { name: 'Пароль*' })).toHaveValue('Str0ng-Passw0rd!');
  await expect(page.getByRole('combobox', { name: 'Страна*' })).toHaveAccessibleDescription('Поле обязательно для заполнения');
});

test('HTML and script in names are shown escaped and never run; non-Latin names are kept', async ({ page, standin }) => {
  const email = address();
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  await page.goto(`${standin.url}/billmgr?func=register`);
  await page.getByRole('textbox', { name: 'Имя*' }).fill('<script>alert(1)</script><img src=x onerror=alert(2)>');
  await page.getByRole('textbox', { name: 'Фамилия*' }).fill('Ёлкин-Δοκιμή 王');
  await page.getByRole('textbox', { name: 'Email адрес*' }).fill(email);
  await page.getByRole('textbox', { name: 'Пароль*' }).fill('Str0ng-Passw0rd!');
  await page.getByRole('textbox', { name: 'Введите пароль еще раз' }).fill('Str0ng-Passw0rd!');
  await page.getByRole('combobox', { name: 'Страна*' }).selectOption({ label: 'Япония' });
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByRole('heading', { name: 'Главная' })).toBeVisible();
  await page.getByText('Для получения уведомлений необходимо подтверждение Email адреса').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ok' }).click();
  await expect(dialog).toBeHidden();
  const letter = await (await page.request.get(`${standin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
  expect(letter.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(letter.html).not.toContain('<script>');
  expect(letter.text).toContain('Ёлкин-Δοκιμή 王');
  expect(alerted).toBe(false);
});

test('the notification opens a modal dialog with «Ok» and «Отмена»', async ({ page, standin }) => {
  await page.goto(`${standin.url}/billmgr?func=register`);
  await page.getByRole('textbox', { name: 'Имя*' }).fill('Senko');
  await page.getByRole('textbox', { name: 'Фамилия*' }).fill('Wiki');
  await page.getByRole('textbox', { name: 'Email адрес*' }).fill(address());
  await page.getByRole('textbox', { name: 'Пароль*' }).fill('Str0ng-Passw0rd!');
  await page.getByRole('textbox', { name: 'Введите пароль еще раз' }).fill('Str0ng-Passw0rd!');
  await page.getByRole('combobox', { name: 'Страна*' }).selectOption({ label: 'Великобритания' });
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  for (const label of ['Информация об аккаунте', 'Запросы', 'Товары/Услуги', 'Действующие услуги']) {
    await expect(page.getByRole('heading', { name: label, exact: true })).toBeVisible();
  }
  await page.getByRole('status').getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Ok' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
});
