import type { Page } from '@playwright/test';
import { expect, startStandin, test } from '../support/standin.js';

test.use({ locale: 'ru-RU' });

let n = 0;
const address = () => `browser-${Date.now()}-${n++}@inbox.test`;

/** The captcha provider's box, in its own frame, as Google's reCAPTCHA draws it. */
const captchaBox = (page: Page) => page.frameLocator('iframe[title="reCAPTCHA"]').getByRole('checkbox', { name: 'Я не робот' });

/** Ticks «Я не робот» as a person does, and waits for its tick. */
async function tickCaptcha(page: Page): Promise<void> {
  await captchaBox(page).click();
  await expect(captchaBox(page)).toBeChecked();
}

/** Fills the form with a valid registration, every consent and the captcha ticked. */
async function fillValid(page: Page, email: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Имя*' }).fill('Senko');
  await page.getByRole('textbox', { name: 'Фамилия*' }).fill('Wiki');
  await page.getByRole('textbox', { name: 'Email адрес*' }).fill(email);
  await page.getByRole('textbox', { name: 'Пароль*' }).fill('Str0ng-Passw0rd!');
  await page.getByRole('textbox', { name: 'Введите пароль еще раз' }).fill('Str0ng-Passw0rd!');
  await page.getByRole('combobox', { name: 'Страна*' }).selectOption({ label: 'Великобритания' });
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await tickCaptcha(page);
}

test('the registration form uses the labels of the real client area', async ({ page, standin }) => {
  await page.goto(`${standin.url}/billmgr`);
  await page.getByRole('link', { name: 'Зарегистрируйтесь', exact: true }).click();
  for (const label of ['Имя*', 'Фамилия*', 'Email адрес*', 'Пароль*', 'Введите пароль еще раз']) {
    await expect(page.getByRole('textbox', { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: 'Страна*' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Я даю согласие с условиями использования услуг хостинг-провайдера Senko Digital*' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Я даю согласие с политикой конфиденциальности хостинг-провайдера Senko Digital*' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Я подтверждаю, что выбранная в аккаунте страна соответствует стране моего налогового резидентства*' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Подробнее...' })).toHaveCount(3);
  // Between the country and the consents, Google's reCAPTCHA box in its frame: unticked, its logo and links.
  await expect(captchaBox(page)).not.toBeChecked();
  const widget = page.frameLocator('iframe[title="reCAPTCHA"]');
  await expect(widget.getByText('reCAPTCHA', { exact: true })).toBeVisible();
  await expect(widget.getByRole('link', { name: 'Конфиденциальность' })).toBeVisible();
  await expect(widget.getByRole('link', { name: 'Условия использования' })).toBeVisible();
  const country = await page.getByRole('combobox', { name: 'Страна*' }).boundingBox();
  const frame = await page.locator('iframe[title="reCAPTCHA"]').boundingBox();
  const terms = await page.getByRole('checkbox', { name: /условиями использования/ }).boundingBox();
  expect(frame!.y).toBeGreaterThan(country!.y + country!.height);
  expect(terms!.y).toBeGreaterThan(frame!.y + frame!.height);
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
  await tickCaptcha(page);
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
  await fillValid(page, address());
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

test('unticked, «Я не робот» and the third consent refuse the form at their places; on the test keys the box ticks at once and puts its response in the form', async ({ page, standin }) => {
  await page.goto(`${standin.url}/billmgr?func=register`);
  await page.getByRole('textbox', { name: 'Имя*' }).fill('Senko');
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.locator('#e-g-recaptcha-response')).toHaveText('Подтвердите, что вы не робот');
  await expect(page.getByRole('checkbox', { name: /налогового резидентства/ })).toHaveAccessibleDescription('Необходимо дать согласие');
  // The message stands right under the box's frame.
  const frame = await page.locator('iframe[title="reCAPTCHA"]').boundingBox();
  const message = await page.locator('#e-g-recaptcha-response').boundingBox();
  expect(message!.y).toBeGreaterThanOrEqual(frame!.y + frame!.height);
  expect(message!.y - (frame!.y + frame!.height)).toBeLessThan(12);
  await expect(page.locator('textarea[name="g-recaptcha-response"]')).toHaveValue('');
  await tickCaptcha(page);
  await expect(page.locator('textarea[name="g-recaptcha-response"]')).toHaveValue(/^03AFcWeA/);
  // The response in the form takes the refusal away, as correcting any field does.
  await expect(page.locator('#e-g-recaptcha-response')).toBeEmpty();
  // The third consent's own document opens.
  const [document] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Подробнее...' }).nth(2).click()]);
  await expect(document.getByRole('heading', { name: 'Налоговое резидентство' })).toBeVisible();
});

test('"captcha-challenge": a click opens an image challenge over the page that never lets anyone through, and the box stays unticked', async ({ page }) => {
  const standin = await startStandin('captcha-challenge');
  try {
    await page.goto(`${standin.url}/billmgr?func=register`);
    const title = 'текущую проверку reCAPTCHA нужно пройти в течение двух минут';
    await expect(page.locator(`iframe[title="${title}"]`)).toBeHidden();
    await captchaBox(page).click();
    await expect(page.locator(`iframe[title="${title}"]`)).toBeVisible();
    await expect(captchaBox(page)).not.toBeChecked();
    const challenge = page.frameLocator(`iframe[title="${title}"]`);
    await expect(challenge.getByText('светофоры')).toBeVisible();
    await expect(challenge.getByRole('button', { name: 'Подтвердить' })).toBeVisible();
    await challenge.locator('.rc-imageselect-tile').nth(2).click();
    await challenge.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(challenge.getByText('Повторите попытку.')).toBeVisible();
    await expect(page.locator('textarea[name="g-recaptcha-response"]')).toHaveValue('');
    await expect(captchaBox(page)).not.toBeChecked();
  } finally {
    await standin.close();
  }
});
