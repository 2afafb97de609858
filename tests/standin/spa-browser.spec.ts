import type { Page } from '@playwright/test';
import { expect, startStandin, test } from '../support/standin.js';

test.use({ locale: 'ru-RU' });

let n = 0;
const address = () => `spa-browser-${Date.now()}-${n++}@inbox.test`;

/** The text a label div starts with (the round «?» hint follows it). */
const labelText = (label: string) => new RegExp(`^${label.replace(/[*.]/g, '\\$&')}`);
/** The field under a label div, as a person finds it on a form without label associations. */
const fieldOf = (page: Page, label: string) => page.locator('.field', { has: page.getByText(labelText(label)) });
const inputUnder = (page: Page, label: string) => fieldOf(page, label).locator('input:not([type="hidden"])').first();

test('the form is drawn from JSON with SPA markup; client-side routing keeps the URLs and the document', async ({ page, spaStandin }) => {
  await page.goto(`${spaStandin.url}/billmgr`);
  await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
  await page.getByRole('link', { name: 'Зарегистрируйтесь', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Регистрация' })).toBeVisible();
  await expect(page).toHaveURL(/\/billmgr\?func=register$/);
  expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
  // Labels are divs: no <label>, no `for=`, no aria-invalid or aria-describedby anywhere.
  await expect(page.locator('label, [for], [aria-invalid], [aria-describedby]')).toHaveCount(0);
  await expect(page.getByText(labelText('Email адрес*'))).toBeVisible();
  await expect(inputUnder(page, 'Email адрес*')).toHaveAttribute('autocomplete', 'email');
  await expect(page.getByRole('textbox', { name: 'Email адрес*' })).toHaveCount(0);
  const country = page.getByRole('combobox');
  await expect(country).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Очистить' })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Подробнее...' })).toHaveCount(3);
  // The captcha provider's box, in its frame, between the fields and the consents.
  await expect(page.frameLocator('iframe[title="reCAPTCHA"]').getByRole('checkbox', { name: 'Я не робот' })).not.toBeChecked();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  await expect(page).toHaveURL(/\/billmgr$/);
});

test('a refused field shows its message right under it, with role alert, and loses it when corrected', async ({ page, spaStandin }) => {
  await page.goto(`${spaStandin.url}/billmgr?func=register`);
  await inputUnder(page, 'Имя*').fill('Сенко');
  await inputUnder(page, 'Email адрес*').fill('wiki@@senko');
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  const emailField = fieldOf(page, 'Email адрес*');
  await expect(emailField.getByRole('alert')).toHaveText('Введите действительный Email адрес');
  const input = await inputUnder(page, 'Email адрес*').boundingBox();
  const message = await emailField.getByRole('alert').boundingBox();
  expect(message!.y).toBeGreaterThan(input!.y + input!.height - 1);
  expect(message!.y - (input!.y + input!.height)).toBeLessThan(12);
  await expect(inputUnder(page, 'Имя*')).toHaveValue('Сенко');
  await expect(page.getByRole('alert').filter({ hasText: 'Необходимо дать согласие' })).toHaveCount(3);
  await expect(page.locator('[data-field="g-recaptcha-response"]').getByRole('alert')).toHaveText('Подтвердите, что вы не робот');
  await inputUnder(page, 'Email адрес*').fill('wiki@senko.digital');
  await expect(emailField.getByRole('alert')).toHaveCount(0);
});

test('registration with the combobox and styled checkboxes lands on the main page; the dialog sends the letter', async ({ page, spaStandin }) => {
  const email = address();
  await page.goto(`${spaStandin.url}/billmgr?func=register`);
  await inputUnder(page, 'Имя*').fill('Senko');
  await inputUnder(page, 'Фамилия*').fill('Wiki');
  await inputUnder(page, 'Email адрес*').fill(email);
  await inputUnder(page, 'Пароль*').fill('Str0ng-Passw0rd!');
  await inputUnder(page, 'Введите пароль еще раз').fill('Str0ng-Passw0rd!');
  const country = page.getByRole('combobox');
  await country.fill('велико');
  await expect(country).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(2);
  await page.getByRole('option', { name: 'Великобритания', exact: true }).click();
  await expect(country).toHaveValue('Великобритания');
  await expect(page.locator('input[type="hidden"][name="country"]')).toHaveValue('GB');
  const [terms, privacy, tax] = await page.getByRole('checkbox').all();
  await terms.check();
  await privacy.focus();
  await page.keyboard.press('Space');
  await expect(privacy).toBeChecked();
  await tax.check();
  const robot = page.frameLocator('iframe[title="reCAPTCHA"]').getByRole('checkbox', { name: 'Я не робот' });
  await robot.click();
  await expect(robot).toBeChecked();
  await expect(page.locator('textarea[name="g-recaptcha-response"]')).toHaveValue(/^03AFcWeA/);
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

  await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/billmgr$/);
  await expect(page.getByRole('tablist').getByRole('tab', { name: 'Главная', selected: true })).toBeVisible();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Для получения уведомлений необходимо подтверждение Email адреса' }).click();
  const dialog = page.getByRole('dialog', { name: 'Подтверждение Email адреса' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await dialog.getByRole('button', { name: 'Ok' }).click();
  await expect(dialog).toBeHidden();
  const letter = await (await page.request.get(`${spaStandin.mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
  expect(letter.subject).toBe('Подтверждение Email адреса');
});

test('the documents\' drifts are drawn in the browser too: a link gone, a link to the other document, one box beside both texts', async ({ page }) => {
  const details = page.getByRole('link', { name: 'Подробнее...' });
  for (const [drift, boxes, hrefs] of [
    ['privacy-link-gone', 3, ['/legal/terms?lang=ru', '/legal/tax-residency?lang=ru']],
    ['privacy-link-to-terms', 3, ['/legal/terms?lang=ru', '/legal/terms?lang=ru', '/legal/tax-residency?lang=ru']],
    ['privacy-box-merged', 2, ['/legal/terms?lang=ru', '/legal/privacy?lang=ru', '/legal/tax-residency?lang=ru']],
  ] as const) {
    const standin = await startStandin(drift, 'spa');
    try {
      await page.goto(`${standin.url}/billmgr?func=register&lang=ru`);
      await expect(page.getByText('Я даю согласие с политикой конфиденциальности')).toBeVisible();
      await expect(page.getByRole('checkbox'), drift).toHaveCount(boxes);
      await expect(details).toHaveCount(hrefs.length);
      expect(await details.evaluateAll((links) => links.map((link) => link.getAttribute('href'))), drift).toEqual(hrefs);
      if (drift === 'privacy-box-merged') {
        // The one box stands beside both texts, centred on them.
        const box = await page.getByRole('checkbox').first().boundingBox();
        const terms = await page.getByText('Я даю согласие с условиями').boundingBox();
        const privacy = await page.getByText('Я даю согласие с политикой').boundingBox();
        const middle = (box?.y ?? 0) + (box?.height ?? 0) / 2;
        expect(middle).toBeGreaterThan((terms?.y ?? Infinity) + (terms?.height ?? 0) / 2);
        expect(middle).toBeLessThan((privacy?.y ?? 0) + (privacy?.height ?? 0) / 2);
      }
    } finally {
      // Not waiting on a connection the page still holds (the captcha's frames add their own).
      await standin.close();
    }
  }
});
