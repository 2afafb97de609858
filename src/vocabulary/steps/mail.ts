import { onTarget } from '../../config/target.js';
import { MailTimeoutError } from '../../mailbox/types.js';
import { DriftError } from '../../ui/drift-error.js';
import { letterButton } from '../../ui/letter.js';
import { quoteList } from '../../ui/nearest.js';
import { waitAtMost } from '../../ui/wait.js';
import type { MailMessage } from '../../mailbox/types.js';
import { anyFieldName } from '../../locale/index.js';
import type { StepContext } from '../define.js';
import { LETTER, MAIL_REQUESTED_AT, NOTIFICATION_TEXT } from './keys.js';
import { readerExact } from '../../locale/typography.js';

/** The persona's letter sent after the reader's last request for one; none in time is drift (`expected` says which). */
async function letterWithin(context: StepContext, timeoutMs: number, expected: string): Promise<MailMessage> {
  try {
    return await context.mailbox.waitForMessage({ to: context.account.email, timeoutMs, receivedAfter: context.memory.get(MAIL_REQUESTED_AT) });
  } catch (error) {
    if (!(error instanceof MailTimeoutError)) throw error;
    throw new DriftError({
      kind: 'no-email',
      expected,
      actual: 'no letter arrived',
      fix: "check the site's mail delivery; if it is slower now, say so in the guide",
    });
  }
}

/** "Within a few minutes a letter will be sent to the address you gave": it arrives in that time. */
export async function expectLetter(context: StepContext, promisedMs: number): Promise<void> {
  const timeoutMs = Math.min(promisedMs, context.mailTimeout);
  const message = await letterWithin(context, timeoutMs, `Expected a letter to the account's address within ${Math.round(timeoutMs / 1000)} s.`);
  context.memory.set(LETTER, message);
  context.note(`letter «${message.subject}» arrived`);
}

/** "Open it and confirm your address with the corresponding button": the strip is gone afterwards. */
export async function confirmByLetter(context: StepContext): Promise<void> {
  const message = context.memory.get(LETTER);
  if (!message?.html) {
    throw new DriftError({ kind: 'no-email', expected: 'Expected an HTML letter to open.', actual: message ? 'the letter has no HTML body' : 'no letter' });
  }
  // The letter is opened in the same tab, away from the site's origin and its content policy, as a
  // web mail client shows it; the client area is reopened afterwards.
  const { page } = context;
  const clientArea = page.url();
  await page.goto('about:blank');
  await page.setContent(message.html, { waitUntil: 'domcontentloaded' });
  const { text, href } = await letterButton(page);
  const response = await page.goto(onTarget(context.target, href));
  const status = response?.status() ?? 0;
  if (status >= 400) {
    const shown = await page.getByRole('heading').allInnerTexts();
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected the letter's button «${text}» to confirm the address.`,
      actual: `its link answers HTTP ${status}${shown.length ? `: ${quoteList(shown)}` : ''}`,
    });
  }
  context.note(`followed the letter's button «${text}»`);
  await page.goto(clientArea);
  // A page drawn by its script after load shows no strip before it is drawn; absence proves nothing until then.
  await waitAtMost(page.getByRole('heading').first().waitFor({ state: 'visible', timeout: context.uiTimeout }));
  const notification = context.memory.get(NOTIFICATION_TEXT);
  const notificationStill = notification ? page.getByText(readerExact(notification)) : undefined;
  if (notificationStill && (await notificationStill.count())) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected the address to be confirmed, the notification gone.',
      actual: `the page still shows «${notification}»`,
    });
  }
  context.note('the address is confirmed: the notification is gone');
}

const passwordName = anyFieldName('password');

/** The values a letter gives under a name, one per line: "Пароль: x7Gk…", "Password - x7Gk…". */
function valuesAfter(text: string, name: RegExp): string[] {
  const values: string[] = [];
  for (const line of text.split('\n')) {
    const found = /^\s*([^:\-–—]{2,40})\s*[:\-–—]\s*(\S+)\s*$/u.exec(line);
    if (found && name.test(found[1])) values.push(found[2]);
  }
  return values;
}

/**
 * "Access to the control panel and the server's login data will be sent to your e-mail": a letter
 * arrives with an address to reach the server and a password, and is opened as a mail client
 * shows it. The password is masked before the letter reaches the browser, so no report holds it.
 */
export async function expectAccessLetter(context: StepContext): Promise<void> {
  const message = await letterWithin(context, context.mailTimeout, "Expected a letter with the server's access data.");
  const text = message.text ?? '';
  const address = /\b(?:\d{1,3}\.){3}\d{1,3}\b/.exec(text)?.[0];
  // Every password of the letter (the server's, the control panel's) is a secret.
  const passwords = valuesAfter(text, passwordName);
  if (!address || !passwords.length || !message.html) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: "Expected the letter to give the server's address and a password to log in with.",
      actual: `the letter «${message.subject}» ${!address ? 'gives no IP address' : !passwords.length ? 'gives no password' : 'has no HTML body'}`,
    });
  }
  const html = passwords.reduce((masked, password) => masked.split(password).join('•'.repeat(12)), message.html);
  await context.page.goto('about:blank');
  await context.page.setContent(html, { waitUntil: 'domcontentloaded' });
  context.note(`letter «${message.subject}»: server ${address}, ${passwords.length} password(s) (masked)`);
}
