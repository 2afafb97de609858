import { expect, test } from '@playwright/test';
import { isDriftError } from '../../src/ui/drift-error.js';
import { letterButton } from '../../src/ui/letter.js';
import { findInMenu } from '../../src/ui/menu.js';
import { topNotification } from '../../src/ui/notification.js';
import { press } from '../../src/ui/press.js';
import { waitAtMost, waitForMoveOn } from '../../src/ui/wait.js';

async function driftOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(isDriftError(error), String(error)).toBe(true);
  return isDriftError(error) ? error.details : undefined;
}

test('a missing button is reported with the nearest names on the page', async ({ page }) => {
  await page.setContent('<button>Войти</button><a href="#">Создать аккаунт</a><button>Регистрироваться</button>');
  const drift = await driftOf(press(page, 'Регистрация', 500));
  expect(drift).toMatchObject({ kind: 'label-missing', expected: 'Expected a button or link named «Регистрация».' });
  expect(drift?.actual).toBe('the nearest buttons and links are «Регистрироваться», «Войти», «Создать аккаунт»');
  expect(drift?.fix).toBe('if the UI renamed it, quote the new name in the guide: «Регистрироваться»');
  expect(drift).toMatchObject({ proposal: { label: 'Регистрация', replacement: 'Регистрироваться' } });
});

test('a renamed submit button is listed first: same role, the form\'s action area, then spelling', async ({ page }) => {
  await page.setContent(`<form style="width:400px">
    <label>Пароль <span style="display:flex"><input type="password" style="flex:1"><button type="button" aria-label="Сгенерировать пароль">🎲</button></span></label>
    <label>Страна <span style="display:flex"><select style="flex:1"><option>Германия</option></select><button type="button" aria-label="Очистить">×</button></span></label>
    <div style="margin-top:30px"><button type="submit">Создать аккаунт</button> <a href="#">Отмена</a></div>
  </form>`);
  const drift = await driftOf(press(page, 'Зарегистрироваться', 500));
  expect(drift?.actual).toBe('the nearest buttons and links are «Создать аккаунт», «Очистить», «Сгенерировать пароль», «Отмена»');
  // The one button where the missing one stood is its clear successor, however it is spelt.
  expect(drift?.fix).toBe('if the UI renamed it, quote the new name in the guide: «Создать аккаунт»');
  expect(drift).toMatchObject({ proposal: { label: 'Зарегистрироваться', replacement: 'Создать аккаунт' } });
});

const TWO_BUTTONS = `<form><label>Логин <input></label><label>Пароль <input type="password"></label>
    <div style="margin-top:20px"><button type="submit">Войти</button> <a href="#" style="border:1px solid #7c3aed;padding:8px">Создать аккаунт</a></div>
    <a href="#">Забыли пароль?</a></form>`;

test('two buttons where the missing one stood: the one that means the same action is proposed', async ({ page }) => {
  await page.setContent(TWO_BUTTONS);
  const drift = await driftOf(press(page, 'Регистрация', 500));
  expect(drift?.actual).toBe('the nearest buttons and links are «Войти», «Создать аккаунт», «Забыли пароль?»');
  // «Создать аккаунт» and «Регистрация» are one action in src/locale/ru.ts; «Войти» is another.
  expect(drift?.proposal).toEqual({ label: 'Регистрация', replacement: 'Создать аккаунт' });
});

test('two buttons where the missing one stood and none means the same: no edit is proposed, a link drawn as a button counts as one', async ({ page }) => {
  await page.setContent(TWO_BUTTONS);
  const drift = await driftOf(press(page, 'Далее', 500));
  // Both stand in the form's action area, before the link below it; spelling orders the two.
  expect(drift?.actual).toMatch(/^the nearest buttons and links are («Войти», «Создать аккаунт»|«Создать аккаунт», «Войти»), «Забыли пароль\?»$/);
  expect(drift?.fix).toBe('find what the UI calls this button now and quote that name in the guide');
  expect(drift).not.toHaveProperty('proposal');
});

test('the notification is found by its place at the top, not by its words', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent('<div style="height:20px" role="status">Top strip</div><div style="margin-top:500px" role="status">Footer status</div>');
  await expect((await topNotification(page, 10_000)).notification).toHaveText('Top strip');
  await page.setContent('<div style="margin-top:400px" role="status">Only low</div>');
  expect((await driftOf(topNotification(page, 300)))?.kind).toBe('label-missing');
});

test("a letter's button is the link drawn as a button, not any link", async ({ page }) => {
  await page.setContent(
    '<p><a href="https://senko.digital/">Senko Digital</a></p><table><tr><td bgcolor="#7c3aed"><a href="https://x/confirm?key=1" style="color:#fff">Подтвердить</a></td></tr></table>',
  );
  expect(await letterButton(page)).toMatchObject({ text: 'Подтвердить', href: 'https://x/confirm?key=1' });
  await page.setContent('<p><a href="https://x/confirm?key=1">confirm here</a></p>');
  expect((await driftOf(letterButton(page)))?.actual).toBe('the letter only has links «confirm here»');
});

test('a best-effort wait outlasts running out of time, never a page that went away', async ({ page }) => {
  await page.setContent('<p>Nothing moves here.</p>');
  // Out of time is an answer: the element never showed.
  await waitAtMost(page.getByRole('button').waitFor({ timeout: 100 }));
  // An error of another kind is not swallowed.
  await expect(waitAtMost(Promise.reject(new Error('Target crashed')))).rejects.toThrow('Target crashed');
  // A navigation the site replaced by another is an answer for the next step to judge…
  await waitForMoveOn(page, Promise.reject(new Error('net::ERR_ABORTED')));
  // …a closed page is not.
  await page.close();
  await expect(waitForMoveOn(page, page.waitForURL('**/elsewhere', { timeout: 1_000 }))).rejects.toThrow(/closed/);
});

test('a menu the page draws after load is waited for before its closed sections are opened', async ({ page }) => {
  await page.setContent(`<main><h1>Главная</h1></main><script>
    setTimeout(() => {
      const nav = document.createElement('nav');
      nav.innerHTML = '<button aria-expanded="false">Партнёрам</button><ul hidden><li><a href="#referral">Реферальная программа</a></li></ul>';
      const [section, list] = nav.children;
      section.addEventListener('click', () => { list.hidden = false; section.setAttribute('aria-expanded', 'true'); });
      document.body.prepend(nav);
    }, 700);
  </script>`);
  await findInMenu(page, 'Реферальная программа', 5_000);
  expect(new URL(page.url()).hash).toBe('#referral');
});
