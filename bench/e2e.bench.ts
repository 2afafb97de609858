import { writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { accountPassword, createAccount, uniqueTag } from '../src/config/account.js';
import { settings } from '../src/config/settings.js';
import { resolveTarget } from '../src/config/target.js';
import { runGuide } from '../src/execute/run-guide.js';
import { createMailbox } from '../src/mailbox/index.js';
import { planGuides } from '../src/plan/plan.js';
import { keeperFor } from '../src/report/runtime-secrets.js';

/**
 * Side by side in one run, on the same stand-in: the engine verifying the Russian guide, and a
 * minimal hand-written Playwright test doing the same clicks, fills, waits and checks, written as
 * a person would for that skin's markup (labels by name on classic; on spa, whose labels are
 * not tied to their inputs, the inputs by their `name` and the refusals by their alert; on
 * dragon, which has no roles, text and CSS locators of its components). Results
 * go to BENCH_OUT for `npm run bench` to print. BENCH_SKIN picks the skin (default classic).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const skin = process.env.BENCH_SKIN === 'spa' || process.env.BENCH_SKIN === 'dragon' ? process.env.BENCH_SKIN : 'classic';
const target = resolveTarget(settings, skin);
const mailbox = createMailbox(settings, target);
// The registration guide by its path: the hand-written test below does what that guide says.
const GUIDE = 'src/ru/client-area/register.md';
const plan = planGuides(settings.guidesDir).plans.find((p) => p.guide.path === GUIDE);
if (!plan) throw new Error(`${GUIDE} was not found under ${settings.guidesDir}`);
// Screenshots are measured separately (npm run bench runs the regeneration); here only the steps.
const stepsOnly = { ...plan, captures: [] };

test.use({ locale: 'ru-RU', baseURL: target.baseURL });
test.setTimeout(RUNS * 120_000);

/** How the notification and its window are found on a skin: by role where the markup gives one. */
interface Confirmation {
  notification: (page: Page) => Locator;
  dialog: (page: Page) => Locator;
}
const BY_ROLE: Confirmation = { notification: (page) => page.getByRole('status').getByRole('button').first(), dialog: (page) => page.getByRole('dialog') };

/**
 * The same on every skin from the submit button on: the main page, the notification's dialog, the
 * letter and its link; returns the e-mail latency. The heading is awaited after the last visit
 * because the spa skin draws the page after load, and a missing strip proves nothing before that.
 */
async function registerAndConfirm(page: Page, email: string, { notification, dialog }: Confirmation = BY_ROLE): Promise<number> {
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByRole('heading', { name: 'Главная' })).toBeVisible();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  await notification(page).click();
  const okClicked = performance.now();
  await dialog(page).getByRole('button', { name: 'Ok' }).click();
  const letter = await mailbox.waitForMessage({ to: email, timeoutMs: 10_000 });
  const latency = performance.now() - okClicked;
  const confirm = letter.links.find((l) => l.text === 'Подтвердить Email');
  expect((await page.goto(confirm?.href ?? ''))?.status()).toBe(200);
  await page.goto(`${target.baseURL}/billmgr`);
  await expect(page.getByRole('heading', { name: 'Главная' })).toBeVisible();
  await expect(notification(page)).toHaveCount(0);
  return latency;
}

/** The persona into the registration form's text fields: first and last name, e-mail, password and its repeat. */
async function typePersona(fields: readonly Locator[], email: string, password: string): Promise<void> {
  const values = ['Senko', 'Wiki', email, password, password];
  for (const [index, field] of fields.entries()) await field.fill(values[index]);
}

/** Ticks «Я не робот» (the provider's test keys let it through at once) and waits for its tick. */
async function tickCaptcha(box: Locator): Promise<void> {
  await box.click();
  await expect(box).toBeChecked();
}

/** Sends the form by `send` and waits for the site's answer. */
async function submitted(page: Page, send: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await send();
  await answered;
}

/** Each «Подробнее...» link of the form opens its document. */
async function expectDocumentsOpen(page: Page, links: Locator): Promise<void> {
  for (const link of await links.all()) {
    expect((await page.request.get((await link.getAttribute('href')) ?? '')).status()).toBeLessThan(400);
  }
}

async function handWrittenClassic(page: Page, email: string, password: string): Promise<number> {
  await page.goto(`${target.baseURL}/billmgr`);
  await page.getByRole('link', { name: 'Зарегистрируйтесь', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Email адрес*' })).toBeVisible();
  const fill = async () => {
    await typePersona(['Имя*', 'Фамилия*', 'Email адрес*', 'Пароль*', 'Введите пароль еще раз'].map((name) => page.getByRole('textbox', { name })), email, password);
    await page.getByRole('combobox', { name: 'Страна*' }).selectOption({ label: 'Великобритания' });
  };
  const submit = () => submitted(page, () => page.getByRole('textbox', { name: 'Имя*' }).press('Enter'));
  await fill();
  await page.getByRole('textbox', { name: 'Email адрес*' }).fill('wiki@@senko');
  await submit();
  await expect(page.getByRole('textbox', { name: 'Email адрес*' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: 'Email адрес*' }).fill(email);
  await page.getByRole('combobox', { name: 'Страна*' }).selectOption({ index: 0 });
  await submit();
  await expect(page.getByRole('combobox', { name: 'Страна*' })).toHaveAttribute('aria-invalid', 'true');
  await fill();
  await expectDocumentsOpen(page, page.getByRole('link', { name: 'Подробнее...' }));
  await submit();
  for (const box of await page.getByRole('checkbox').all()) {
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await box.check();
  }
  await tickCaptcha(page.frameLocator('iframe[title="reCAPTCHA"]').getByRole('checkbox', { name: 'Я не робот' }));
  return registerAndConfirm(page, email);
}

async function handWrittenSpa(page: Page, email: string, password: string): Promise<number> {
  await page.goto(`${target.baseURL}/billmgr`);
  await page.getByRole('link', { name: 'Зарегистрируйтесь', exact: true }).click();
  const field = (name: string) => page.locator(`[data-field="${name}"]`);
  const input = (name: string) => field(name).locator('input:not([type="hidden"])');
  const country = page.getByRole('combobox');
  await expect(input('email')).toBeVisible();
  const pickCountry = async () => {
    await country.fill('Великобр');
    await page.getByRole('option', { name: 'Великобритания', exact: true }).click();
  };
  const fill = async () => {
    await typePersona(['first_name', 'last_name', 'email', 'password', 'password_repeat'].map(input), email, password);
    await pickCountry();
  };
  const submit = () => submitted(page, () => input('first_name').press('Enter'));
  await fill();
  await input('email').fill('wiki@@senko');
  await submit();
  await expect(field('email').getByRole('alert')).toBeVisible();
  await input('email').fill(email);
  await page.getByRole('button', { name: 'Очистить' }).click();
  await submit();
  await expect(field('country').getByRole('alert')).toBeVisible();
  await pickCountry();
  await expectDocumentsOpen(page, page.getByRole('link', { name: 'Подробнее...' }));
  await submit();
  for (const box of await page.getByRole('checkbox').all()) {
    await expect(box.locator('xpath=ancestor::*[@data-field][1]').getByRole('alert')).toBeVisible();
    await box.click();
  }
  await tickCaptcha(page.frameLocator('iframe[title="reCAPTCHA"]').getByRole('checkbox', { name: 'Я не робот' }));
  return registerAndConfirm(page, email);
}

/**
 * dragon names nothing: its fields are found by their components and the documented field names,
 * the country's list in its popup at the end of <body>, the refusals under their fields.
 */
async function handWrittenDragon(page: Page, email: string, password: string): Promise<number> {
  await page.goto(`${target.baseURL}/billmgr`);
  await page.getByText('Зарегистрируйтесь', { exact: true }).click();
  const field = (name: string) => page.locator(`isp-form-field[data-field="${name}"]`);
  // A CSS locator pierces the open shadow root the e-mail's input stands in.
  const input = (name: string) => field(name).locator('input');
  const refused = (name: string) => field(name).locator('.isp-field__error');
  const popup = page.locator('body > .ispui-dropdown-popup');
  await expect(input('email')).toBeVisible();
  const pickCountry = async () => {
    await field('country').locator('ispui-select').click();
    await popup.locator('input').fill('Великобр');
    await popup.getByText('Великобритания', { exact: true }).click();
  };
  const fill = async () => {
    await typePersona(['firstname', 'lastname', 'email', 'passwd', 'confirm'].map(input), email, password);
    await pickCountry();
  };
  const submit = () => submitted(page, () => page.getByRole('button', { name: 'Зарегистрироваться' }).click());
  await fill();
  await input('email').fill('wiki@@senko');
  await submit();
  await expect(refused('email')).toBeVisible();
  await input('email').fill(email);
  await field('country').locator('.ispui-select__clear').click();
  await submit();
  await expect(refused('country')).toBeVisible();
  await pickCountry();
  await expectDocumentsOpen(page, page.getByText('Подробнее...', { exact: true }));
  await submit();
  for (const name of ['conditions_agree', 'offer_1', 'offer_2']) {
    await expect(refused(name)).toBeVisible();
    await field(name).locator('.ispui-checkbox__box').click();
  }
  // The captcha provider's box says nothing on dragon either: its words are clicked, its class read.
  const robot = page.frameLocator('iframe[title="reCAPTCHA"]');
  await robot.getByText('Я не робот', { exact: true }).click();
  await expect(robot.locator('#recaptcha-anchor')).toHaveClass(/recaptcha-checkbox-checked/);
  return registerAndConfirm(page, email, { notification: (p) => p.locator('isp-banner .isp-banner__text'), dialog: (p) => p.locator('isp-dialog') });
}

const handWritten = { classic: handWrittenClassic, spa: handWrittenSpa, dragon: handWrittenDragon }[skin];

test('engine and hand-written baseline, alternating', async ({ browser }, testInfo) => {
  const engine: number[] = [];
  const baseline: number[] = [];
  const latency: number[] = [];
  // One unmeasured round of each warms the browser and the stand-in.
  for (let round = -1; round < RUNS; round++) {
    for (const which of round % 2 ? ['engine', 'baseline'] : ['baseline', 'engine']) {
      const context = await browser.newContext({ locale: 'ru-RU' });
      const page = await context.newPage();
      const email = mailbox.newAddress(uniqueTag());
      const password = accountPassword(uniqueTag());
      const start = performance.now();
      if (which === 'engine') await runGuide({ page, plan: stepsOnly, target, account: createAccount(email, password), mailbox, settings, testInfo, keepSecret: keeperFor(testInfo) });
      else {
        const ms = await handWritten(page, email, password);
        if (round >= 0) latency.push(ms);
      }
      if (round >= 0) (which === 'engine' ? engine : baseline).push(performance.now() - start);
      await context.close();
    }
  }
  writeFileSync(process.env.BENCH_OUT ?? 'bench-e2e.json', JSON.stringify({ engine, baseline, latency }));
});
