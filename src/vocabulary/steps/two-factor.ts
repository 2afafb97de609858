import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { Secret, TOTP, URI } from 'otpauth';
import { actionNames } from '../../locale/index.js';
import { readerExact } from '../../locale/typography.js';
import { DriftError } from '../../ui/drift-error.js';
import { fillForm, formFields, setField, shownValue, type FormField } from '../../ui/form.js';
import { quoteList } from '../../ui/nearest.js';
import { named } from '../../ui/pattern.js';
import { anyPressable, movedOn, press, pressAction } from '../../ui/press.js';
import { findQRCode } from '../../ui/qr-code.js';
import { pressUntilSomethingHappens } from '../../ui/effect.js';
import { memoryKey, type StepContext } from '../define.js';

/**
 * Two-factor (two-step) authentication, as a reader sets it up: the user menu's settings, the
 * section's button, the page with the QR code and the key, the key saved, a code of the
 * authenticator entered, and log-on asking for one from then on. The engine plays the
 * authenticator app: it reads the QR code from the page's pixels, and computes codes (RFC 6238)
 * from the key it carries. The key and the QR code are secrets: no note, title or message carries
 * them, what is typed goes through a page binding, and the scrubber masks them in every artifact.
 */

/** What the QR code carried: the TOTP's key and parameters, for the steps after it. */
export interface TwoFactorKey {
  secret: string;
  algorithm: string;
  digits: number;
  period: number;
}
export const TWO_FACTOR_KEY = memoryKey<TwoFactorKey>('two-factor key');

/** A key as authenticator apps take it: base32 letters, spaces and dashes a page adds for reading ignored. */
const BASE32_KEY = /^[A-Z2-7]{16,}=*$/u;
const asKey = (text: string) => text.replace(/[\s-]+/gu, '').toUpperCase();

function totpOf(key: TwoFactorKey): TOTP {
  return new TOTP({ secret: Secret.fromBase32(key.secret), algorithm: key.algorithm, digits: key.digits, period: key.period });
}

/** Codes that are not the key's now, nor a step before or after: what a mistyped code is. */
function wrongCode(key: TwoFactorKey): string {
  const totp = totpOf(key);
  const near = new Set([-1, 0, 1].map((step) => totp.generate({ timestamp: Date.now() + step * key.period * 1000 })));
  for (let n = 0; ; n++) {
    const code = String((n * 104_729) % 10 ** key.digits).padStart(key.digits, '0');
    if (!near.has(code)) return code;
  }
}

function keyOf(context: StepContext): TwoFactorKey {
  const key = context.memory.get(TWO_FACTOR_KEY);
  if (!key) {
    throw new DriftError({ kind: 'claim-broken', expected: 'Expected the guide to have shown the two-factor key (its QR code) before this step.', actual: 'no QR code was read earlier in the guide' });
  }
  return key;
}

/**
 * "Find your login in the top right corner, click it and choose «Settings» from the menu": the
 * account's login (its e-mail address) as the page shows it opens the menu; the item is chosen in it.
 */
export async function chooseFromAccountMenu(context: StepContext, item: string): Promise<void> {
  const { page } = context;
  const login = page.getByText(readerExact(context.account.email)).filter({ visible: true }).first();
  try {
    await login.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    throw new DriftError({ kind: 'claim-broken', expected: "Expected the account's login shown on the page, to open its menu.", actual: `${page.url()} does not show the account's address` });
  }
  await pressUntilSomethingHappens(login, context.uiTimeout);
  // The menu is open: the moment a docs image of it is taken (`moment: opened`).
  await context.reached('opened');
  const before = page.url();
  const chosen = await press(page, item, context.uiTimeout);
  await movedOn(page, before, chosen, context.uiTimeout);
  context.note(`opened the account's menu from its login and chose «${item}»: ${page.url()}`);
}

/** "Find the section «X» and press «Y»": the section is on the page; its button or link is pressed. */
export async function pressInSection(context: StepContext, section: string, label: string): Promise<void> {
  const { page } = context;
  const shown = page.getByText(named(section, { anyCase: true })).filter({ visible: true }).first();
  try {
    await shown.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    throw new DriftError({ kind: 'label-missing', expected: `Expected a section «${section}» on the page.`, actual: `${page.url()} shows no section of that name` });
  }
  const before = page.url();
  const pressed = await press(page, label, context.uiTimeout);
  await movedOn(page, before, pressed, context.uiTimeout);
  context.note(`found the section «${section}» and pressed «${label}»: ${page.url()}`);
}

/** The page's text fields as a person reads them, once some are drawn. */
async function fieldsShown(context: StepContext): Promise<FormField[]> {
  await context.page.getByRole('textbox').first().waitFor({ state: 'visible', timeout: context.uiTimeout }).catch(() => undefined);
  return (await formFields(context.page, { fresh: true })).filter((field) => field.role === 'textbox');
}

/**
 * "The system will show you a page with: a QR code, your account name, the secret key, the code's
 * field": the QR code is read from the page's pixels and must be an `otpauth://totp/…` key; the key
 * the page shows in words must be that very key; the account's address is shown as its name; a
 * field takes the code.
 */
export async function expectTwoFactorSetup(context: StepContext): Promise<void> {
  const { page } = context;
  const deadline = Date.now() + context.uiTimeout;
  let found = await findQRCode(page);
  while (!found && Date.now() < deadline) {
    await page.waitForTimeout(250);
    found = await findQRCode(page);
  }
  if (!found) throw new DriftError({ kind: 'claim-broken', expected: 'Expected a QR code to scan on the page.', actual: `${page.url()} shows no picture holding a readable QR code` });
  context.keepSecret(found.text);
  const source = await found.image.getAttribute('src');
  if (source?.startsWith('data:')) context.keepSecret(source.slice(source.indexOf(',') + 1));
  let uri: ReturnType<typeof URI.parse>;
  try {
    uri = URI.parse(found.text);
  } catch {
    throw new DriftError({ kind: 'claim-broken', expected: 'Expected the QR code to carry an authenticator key (otpauth://totp/…).', actual: 'the QR code carries something else' });
  }
  if (!(uri instanceof TOTP)) throw new DriftError({ kind: 'claim-broken', expected: 'Expected the QR code to carry a time-based key (TOTP).', actual: 'it carries a counter-based key (HOTP)' });
  const key: TwoFactorKey = { secret: uri.secret.base32, algorithm: uri.algorithm, digits: uri.digits, period: uri.period };
  context.keepSecret(key.secret);
  context.memory.set(TWO_FACTOR_KEY, key);

  const fields = await fieldsShown(context);
  const values = await Promise.all(fields.map(async (field) => ({ field, value: await shownValue(field).catch(() => '') })));
  const keys = values.filter(({ value }) => BASE32_KEY.test(asKey(value)));
  for (const { value } of keys) context.keepSecret(value);
  if (!keys.length) throw new DriftError({ kind: 'claim-broken', expected: 'Expected the secret key shown in words, for manual setup.', actual: `no field shows a key; the fields are ${quoteList(fields.map((f) => f.name))}` });
  const same = keys.find(({ value }) => asKey(value) === key.secret);
  if (!same) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected the secret key shown in words to be the key the QR code carries.',
      actual: `«${keys[0].field.name}» shows another key than the QR code's (neither is quoted: both are secrets)`,
    });
  }
  const account = values.find(({ value }) => value.toLowerCase().includes(context.account.email.toLowerCase()));
  if (!account) throw new DriftError({ kind: 'claim-broken', expected: 'Expected the account name shown (with its e-mail address).', actual: `no field shows the account's address; the fields are ${quoteList(fields.map((f) => f.name))}` });
  // A field may be read-only until it has focus (an anti-autofill trick): an empty one still takes the code.
  const code = values.find(({ field, value }) => field.editable && !value) ?? values.find(({ value }) => !value);
  if (!code) throw new DriftError({ kind: 'label-missing', expected: 'Expected a field to enter the verification code in.', actual: `every field is read-only or filled: ${quoteList(fields.map((f) => f.name))}` });
  context.note(
    `QR code read: a TOTP key (${key.algorithm}, ${key.digits} digits, ${key.period} s); «${same.field.name}» shows the same key (not quoted); «${account.field.name}» names the account; «${code.field.name}» takes the code`,
  );
}

/** What stands right under `anchor` and can be pressed: the nearest below it, overlapping it sideways. */
async function pressableUnder(page: Page, anchor: Locator): Promise<Locator | undefined> {
  const box = await anchor.boundingBox();
  if (!box) return undefined;
  let best: { locator: Locator; distance: number } | undefined;
  for (const candidate of await anyPressable(page).all()) {
    const other = await candidate.boundingBox();
    if (!other) continue;
    const below = other.y - (box.y + box.height);
    const sideways = other.x < box.x + box.width + 8 && other.x + other.width > box.x - 8;
    if (below < -2 || below > 48 || !sideways) continue;
    if (!best || below < best.distance) best = { locator: candidate, distance: below };
  }
  return best?.locator;
}

/**
 * "Save the recovery key: click «download» under «Save key»": the button under the caption is
 * pressed, a file is downloaded, and it holds the key the QR code carries.
 */
export async function saveKeyFile(context: StepContext, button: string, caption: string): Promise<void> {
  const { page } = context;
  const key = keyOf(context);
  const title = page.getByText(named(caption)).filter({ visible: true }).first();
  try {
    await title.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    throw new DriftError({ kind: 'label-missing', expected: `Expected «${caption}» on the page.`, actual: `${page.url()} shows no «${caption}»` });
  }
  const under = await pressableUnder(page, title);
  if (!under) throw new DriftError({ kind: 'label-missing', expected: `Expected a button «${button}» under «${caption}».`, actual: `nothing to press stands under «${caption}»` });
  const name = (await under.innerText()).trim();
  if (!named(button).test(name)) {
    throw new DriftError({
      kind: 'label-missing',
      expected: `Expected a button «${button}» under «${caption}».`,
      actual: `under «${caption}» stands «${name}»`,
      fix: `if the UI renamed it, quote the new name in the guide: «${name}»`,
      proposal: { label: button, replacement: name },
    });
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: context.uiTimeout }), under.click()]);
  const file = await download.path();
  const text = asKey(await readFile(file, 'utf8'));
  if (!text.includes(key.secret)) {
    throw new DriftError({ kind: 'claim-broken', expected: `Expected the file «${button}» saves to hold the key.`, actual: `the downloaded «${download.suggestedFilename()}» does not hold the key the QR code carries` });
  }
  context.note(`pressed «${name}» under «${caption}»: «${download.suggestedFilename()}» was downloaded and holds the key (not quoted)`);
}

/**
 * "Enter the six-digit code in the «Temporary password» field and confirm with «Ok»": a code the
 * key gives now goes into the field (through the page binding, never a recorded value), «Ok" is
 * pressed, and the form is accepted.
 */
export async function enterCodeAndConfirm(context: StepContext, fieldLabel: string, ok: string): Promise<void> {
  const { page } = context;
  const key = keyOf(context);
  const fields = await fieldsShown(context);
  const field = fields.find((candidate) => named(fieldLabel, { anyCase: true }).test(candidate.name.replace(/[\s*?]+$/u, '')));
  if (!field) throw new DriftError({ kind: 'label-missing', expected: `Expected a field «${fieldLabel}».`, actual: `the fields are ${quoteList(fields.map((f) => f.name))}` });
  await setField(field, totpOf(key).generate(), true);
  const before = page.url();
  const pressed = await press(page, ok, context.uiTimeout);
  await movedOn(page, before, pressed, context.uiTimeout);
  const still = (await formFields(page, { fresh: true })).some((other) => named(fieldLabel, { anyCase: true }).test(other.name.replace(/[\s*?]+$/u, '')));
  if (still) throw new DriftError({ kind: 'claim-broken', expected: `Expected the code to be accepted once «${ok}» is pressed.`, actual: `the form with «${fieldLabel}» is still shown at ${page.url()}` });
  context.note(`entered a code the key gives now into «${field.name}» and pressed «${ok}»: the form was accepted`);
}

/**
 * "Two-factor authentication will be activated": in a browser of its own (no session), the log-on
 * takes the e-mail address and password, then asks for the code; a wrong code is refused, a fresh
 * one lets the account in.
 */
export async function expectCodeAtLogOn(context: StepContext): Promise<void> {
  const key = keyOf(context);
  const browser = context.page.context().browser();
  if (!browser) throw new Error('no browser to open a second window in');
  const fresh = await browser.newContext({ locale: context.guide.lang === 'ru' ? 'ru-RU' : 'en-US', viewport: context.page.viewportSize() ?? undefined });
  try {
    const page = await fresh.newPage();
    await page.goto(context.target.baseURL);
    await page.getByRole('textbox').first().waitFor({ state: 'visible', timeout: context.uiTimeout });
    await fillForm(page, context.account, context.guide.lang);
    const signIn = actionNames('signIn', context.guide.lang);
    await movedOn(page, page.url(), await pressAction(page, signIn, 'sign in', context.uiTimeout), context.uiTimeout);
    const codeField = async () => {
      const deadline = Date.now() + context.uiTimeout;
      for (;;) {
        // Empty text fields, editable at a look or once focused (a field read-only until focus is still one).
        const fields = (await formFields(page, { fresh: true }).catch(() => [])).filter((f) => f.role === 'textbox' && (f.editable || !f.filled));
        if (fields.length === 1 && fields[0].concept !== 'login' && fields[0].concept !== 'email') return fields[0];
        if (Date.now() > deadline) return undefined;
        await page.waitForTimeout(150);
      }
    };
    const asked = await codeField();
    if (!asked) throw new DriftError({ kind: 'claim-broken', expected: 'Expected the log-on to ask for the six-digit code once two-factor authentication is on.', actual: `after the password, ${page.url()} asks for no code` });
    await setField(asked, wrongCode(key), true);
    await movedOn(page, page.url(), await pressAction(page, [...signIn, ...actionNames('confirm', context.guide.lang), 'Ok'], 'send the code', context.uiTimeout), context.uiTimeout);
    const again = await codeField();
    if (!again) throw new DriftError({ kind: 'claim-broken', expected: 'Expected a wrong code to be refused at log-on.', actual: `a wrong code was let through to ${page.url()}` });
    await setField(again, totpOf(key).generate(), true);
    await movedOn(page, page.url(), await pressAction(page, [...signIn, ...actionNames('confirm', context.guide.lang), 'Ok'], 'send the code', context.uiTimeout), context.uiTimeout);
    const inside = page.getByText(readerExact(context.account.email)).filter({ visible: true }).first();
    try {
      await inside.waitFor({ state: 'visible', timeout: context.uiTimeout });
    } catch {
      throw new DriftError({ kind: 'claim-broken', expected: 'Expected the right code to let the account in.', actual: `${page.url()} does not show the account after the code` });
    }
    context.note(`logged on again in a new browser: the password, then «${asked.name}»; a wrong code was refused, a code the key gives now let the account in`);
  } finally {
    await fresh.close();
  }
}

/** "The right key type (TOTP) and format (6 digits)": what the QR code carried. */
export async function expectCodeFormat(context: StepContext, digits: string): Promise<void> {
  const key = keyOf(context);
  if (String(key.digits) !== String(digits).replace(/\D/gu, '')) {
    throw new DriftError({ kind: 'claim-broken', expected: `Expected codes of ${digits} digits.`, actual: `the QR code's key gives codes of ${key.digits} digits` });
  }
  context.note(`the QR code's key is time-based (TOTP) and gives ${key.digits}-digit codes`);
}

/** "Each code is valid for only 30 seconds": the QR code's key changes its code every that many seconds. */
export async function expectCodePeriod(context: StepContext, promisedMs: number): Promise<void> {
  const key = keyOf(context);
  const seconds = Math.round(promisedMs / 1000);
  if (key.period !== seconds) {
    throw new DriftError({ kind: 'claim-broken', expected: `Expected a code every ${seconds} s.`, actual: `the QR code's key gives a new code every ${key.period} s` });
  }
  context.note(`the QR code's key gives a new code every ${key.period} s`);
}
