import { expect, test } from '@playwright/test';
import { createAccount } from '../../src/config/account.js';
import { parseGuide } from '../../src/guide/index.js';
import type { Mailbox } from '../../src/mailbox/types.js';
import { isDriftError } from '../../src/ui/drift-error.js';
import { letterButton } from '../../src/ui/letter.js';
import { topNotification } from '../../src/ui/notification.js';
import { press } from '../../src/ui/press.js';
import type { StepContext } from '../../src/vocabulary/index.js';
import { fillContacts } from '../../src/vocabulary/steps/registration.js';

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
});

test('the notification is found by its place at the top, not by its words', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent('<div style="height:20px" role="status">Top strip</div><div style="margin-top:500px" role="status">Footer status</div>');
  await expect(await topNotification(page, 500)).toHaveText('Top strip');
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

test('a captcha on the form stops the run with what to do', async ({ page }) => {
  await page.setContent('<label>Имя* <input></label><iframe title="reCAPTCHA"></iframe>');
  const guide = parseGuide('Заполните все контактные данные.', '/d/ru/x.md', 'ru/x.md');
  const context = {
    page,
    guide: { ...guide, lang: 'ru' },
    sentence: guide.sentences[0],
    account: createAccount('x@inbox.test', 'Secret-Passw0rd!'),
    mailbox: {} as Mailbox,
    memory: {},
    uiTimeout: 500,
    mailTimeout: 500,
    note: () => undefined,
  } as unknown as StepContext;
  const drift = await driftOf(fillContacts(context));
  expect(drift?.actual).toBe('the form shows a captcha');
  expect(drift?.fix).toContain("staging instance configured with the captcha provider's test keys");
});
