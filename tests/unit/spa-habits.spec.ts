import { expect, test, type Page } from '@playwright/test';
import { createAccount } from '../../src/config/account.js';
import { asReaderSees, readerExact, readerPattern } from '../../src/locale/typography.js';
import { isDriftError } from '../../src/ui/drift-error.js';
import { pressUntilSomethingHappens } from '../../src/ui/effect.js';
import { fillForm, formFields, submitForm } from '../../src/ui/form.js';
import { named } from '../../src/ui/pattern.js';
import { stepContext } from '../support/step-context.js';
import { clickNotification, confirmInDialog } from '../../src/vocabulary/steps/notifications.js';

/** What single-page client areas commonly do that keeps every claim of a guide true, or breaks one. */

async function driftOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(isDriftError(error), String(error)).toBe(true);
  return isDriftError(error) ? error.details : undefined;
}

const contextFor = (page: Page) => stepContext(page, { sentence: 'Сделать это можно щелкнув по тексту в уведомлении вверху сайта.' });

test.describe('text as a reader sees it', () => {
  test('invisible typography is dropped and every kind of space is one space', () => {
    expect(asReaderSees('условиями\u00A0ис\u00ADпользования\u200B \u202F5\u2009%\uFEFF')).toBe('условиями использования 5 %');
    expect(new RegExp(readerPattern('5 %'), 'u').test('5\u202F%')).toBe(true);
    expect(readerExact('Зарегистрироваться').test('Зареги\u00ADстри\u200Dроваться')).toBe(true);
    // Only typography: other letters, or a word cut in two by a real space, are other words.
    expect(readerExact('Зарегистрироваться').test('Зарегистри роваться')).toBe(false);
    expect(readerExact('Ok').test('OK')).toBe(false);
  });

  test('a button named with soft hyphens, no-break spaces and a zero-width joiner is pressed by the guide\'s label', async ({ page }) => {
    await page.setContent('<button>Я\u00A0даю согласие с условиями ис\u00ADпользо\u200Dвания</button><button>Другое</button>');
    await expect(page.getByRole('button', { name: named('Я даю согласие с условиями использования') })).toHaveCount(1);
  });
});

test.describe('a press that changed nothing is tried again', () => {
  /** A button that ignores its first `deaf` clicks (handlers bound late), then writes into the page. */
  const lateButton = (deaf: number) => `<button>Войти</button><p id="out"></p><script>
    let clicks = 0;
    document.querySelector('button').addEventListener('click', () => {
      clicks += 1;
      window.clicks = clicks;
      if (clicks > ${deaf}) document.getElementById('out').textContent = 'done';
    });
  </script>`;

  test('a button bound late is pressed again until the page answers, and no more', async ({ page }) => {
    await page.setContent(lateButton(2));
    expect(await pressUntilSomethingHappens(page.getByRole('button', { name: 'Войти' }), 10_000)).toBe(true);
    await expect(page.getByText('done')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(3);
  });

  test('a link bound late on a page that keeps changing is pressed again until the browser goes there', async ({ page }) => {
    await page.route('http://spa.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: route.request().url().endsWith('/register')
          ? '<h1>Регистрация</h1>'
          : `<p id="clock"></p><a href="/register">Регистрация</a><script>
              setInterval(() => (document.getElementById('clock').textContent = String(Date.now())), 20);
              let clicks = 0;
              document.querySelector('a').addEventListener('click', (event) => ++clicks < 3 && event.preventDefault());
            </script>`,
      }),
    );
    await page.goto('http://spa.test/');
    expect(await pressUntilSomethingHappens(page.getByRole('link', { name: 'Регистрация' }), 10_000)).toBe(true);
    await expect(page.getByRole('heading', { name: 'Регистрация' })).toBeVisible();
  });

  test('a press that works at once is made once', async ({ page }) => {
    await page.setContent(lateButton(0));
    expect(await pressUntilSomethingHappens(page.getByRole('button', { name: 'Войти' }), 10_000)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
  });

  test('a press that never does anything is tried a bounded number of times, and says so', async ({ page }) => {
    await page.setContent(lateButton(1_000));
    expect(await pressUntilSomethingHappens(page.getByRole('button', { name: 'Войти' }), 10_000)).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(5);
  });

  test('a click that fails keeps its kind: a missing element is a timeout, not "nothing happened"', async ({ page }) => {
    await page.setContent('<p>nothing to press</p>');
    const error = await pressUntilSomethingHappens(page.getByRole('button', { name: 'Войти' }), 300).catch((e: unknown) => e);
    expect(String(error)).toContain('Timeout');
  });
});

test.describe('typing as a person', () => {
  const form = (fieldAttributes: string) => `<form novalidate>
    <label>Email адрес* <input name="email" type="email" ${fieldAttributes}></label>
    <label>Пароль* <input name="password" type="password"></label>
  </form>`;

  test('a field read-only until it gets focus is clicked into and filled like any other', async ({ page }) => {
    await page.setContent(`${form('readonly')}<script>
      const field = document.querySelector('[name=email]');
      field.addEventListener('focus', () => field.removeAttribute('readonly'), { once: true });
    </script>`);
    const account = createAccount('x@inbox.test', 'Secret-Passw0rd!');
    expect(await fillForm(page, account, 'ru')).toEqual(['Email адрес*', 'Пароль*']);
    await expect(page.getByRole('textbox', { name: 'Email адрес*' })).toHaveValue('x@inbox.test');
  });

  test('a value the page shows and lets nobody change is left as it stands («Дисковое пространство» is no country)', async ({ page }) => {
    await page.setContent(`${form('')}<label>Дисковое пространство, ГиБ <input type="text" value="30" readonly></label>`);
    expect(await fillForm(page, createAccount('x@inbox.test', 'Secret-Passw0rd!'), 'ru')).toEqual(['Email адрес*', 'Пароль*']);
  });

  test('a field the persona should fill that never takes input is drift, never a silent skip', async ({ page }) => {
    await page.setContent(form('readonly'));
    const drift = await driftOf(fillForm(page, createAccount('x@inbox.test', 'Secret-Passw0rd!'), 'ru'));
    expect(drift).toMatchObject({
      kind: 'claim-broken',
      expected: 'Expected to type into «Email адрес*», as the guide has the reader fill it in.',
      actual: 'the field does not take input (it stays read-only when clicked into)',
    });
  });
});

test.describe('a form refuses in more than one way', () => {
  test('a submit button held disabled until the form is valid: the submission is held back, not an error', async ({ page }) => {
    let posts = 0;
    await page.route('http://form.test/**', (route) => {
      if (route.request().method() === 'POST') posts += 1;
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<form method="post" novalidate><label>Email адрес* <input name="email" type="email" value="wiki@@senko"></label>
          <div>Введите корректный адрес</div><button type="submit" disabled>Зарегистрироваться</button></form>`,
      });
    });
    await page.goto('http://form.test/register');
    await formFields(page, { fresh: true });
    expect(await submitForm(page, 5_000)).toBe('held back');
    expect(posts).toBe(0);
  });

  test('an enabled button sends the form and waits for the answer', async ({ page }) => {
    await page.route('http://form.test/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<form method="post" novalidate><label>Email адрес* <input name="email" type="email"></label><button type="submit">Зарегистрироваться</button></form>' }),
    );
    await page.goto('http://form.test/register');
    expect(await submitForm(page, 5_000)).toBe('answered');
  });
});

test.describe('what the guide tells the reader to do must be what works', () => {
  const strip = (text: string) => `<div role="status" style="position:absolute;top:0;left:0;width:800px">${text}</div><div id="dialog" hidden>Окно</div>
    <script>for (const b of document.querySelectorAll('[data-opens]')) b.addEventListener('click', () => (document.getElementById('dialog').hidden = false));</script>`;

  test('the notification\'s text is clicked; when only a separate button opens the window, that is drift naming the button', async ({ page }) => {
    await page.setContent(strip('<span>Для получения уведомлений необходимо подтверждение Email адреса</span> <button data-opens>Подтвердить</button>'));
    const drift = await driftOf(clickNotification(contextFor(page)));
    expect(drift).toMatchObject({
      kind: 'claim-broken',
      expected: "Expected clicking the notification's text «Для получения уведомлений необходимо подтверждение Email адреса» to do something (open its window).",
      actual: 'clicking it changes nothing; the notification has «Подтвердить» to press instead',
      fix: 'tell the reader to press «Подтвердить» in the notification',
    });
    await expect(page.getByText('Окно')).toBeHidden();
  });

  test('a notification whose text is the clickable element opens its window', async ({ page }) => {
    await page.setContent(strip('<button data-opens>Для получения уведомлений необходимо подтверждение Email адреса</button>'));
    await clickNotification(contextFor(page));
    await expect(page.getByText('Окно')).toBeVisible();
  });
});

test.describe('a window drawn over the page with no role', () => {
  const page_ = (overlayStyle: string) => `<main><p>Главная</p><button type="button">Ok</button></main>
    <div style="${overlayStyle}"><div style="background:#fff;padding:20px"><p>Отправить письмо?</p>
    <div><button type="button" onclick="this.textContent='sent'">Ok</button><button type="button">Отмена</button></div></div></div>`;

  test('its button is pressed, not the same-named button of the page under it', async ({ page }) => {
    await page.setContent(page_('position:fixed;inset:0;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.3)'));
    await confirmInDialog(contextFor(page), 'Ok');
    await expect(page.getByRole('button', { name: 'sent' })).toBeVisible();
  });

  test('a button in the page\'s own flow is no window: «no dialog opened» is drift', async ({ page }) => {
    await page.setContent(page_('margin-top:20px'));
    const drift = await driftOf(confirmInDialog({ ...contextFor(page), uiTimeout: 300 }, 'Ok'));
    expect(drift).toMatchObject({ kind: 'claim-broken', expected: 'Expected a window (dialog) to open.' });
    await expect(page.getByRole('button', { name: 'sent' })).toHaveCount(0);
  });
});
