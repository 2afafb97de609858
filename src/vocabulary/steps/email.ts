import { onTarget } from '../../config/target.js';
import { MailTimeoutError } from '../../mailbox/types.js';
import { DriftError } from '../../ui/drift-error.js';
import { letterButton } from '../../ui/letter.js';
import { topNotification, notificationText } from '../../ui/notification.js';
import { press } from '../../ui/press.js';
import { quoteList } from '../../ui/nearest.js';
import type { StepContext } from '../define.js';

/** "Click on the text in the notification at the top of the site". */
export async function clickNotification(context: StepContext): Promise<void> {
  const notification = await topNotification(context.page, context.uiTimeout);
  const { target, text } = await notificationText(notification);
  await target.click({ timeout: context.uiTimeout });
  context.memory.notificationText = text;
  context.note(`clicked the notification «${text}»`);
}

/** "In the opened window, confirm … by clicking «Ok»". */
export async function confirmInDialog(context: StepContext, label: string): Promise<void> {
  const dialog = context.page.getByRole('dialog').or(context.page.getByRole('alertdialog')).filter({ visible: true }).first();
  try {
    await dialog.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected a window (dialog) to open.',
      actual: 'no dialog opened',
    });
  }
  context.memory.mailRequestedAt = new Date(Date.now() - 1000);
  await press(dialog, label, context.uiTimeout);
  context.note(`pressed «${label}» in the dialog`);
}

/** "Within a few minutes a letter will be sent to the address you gave": it arrives in that time. */
export async function expectLetter(context: StepContext, promisedMs: number): Promise<void> {
  const timeoutMs = Math.min(promisedMs, context.mailTimeout);
  try {
    context.memory.message = await context.mailbox.waitForMessage({
      to: context.account.email,
      timeoutMs,
      receivedAfter: context.memory.mailRequestedAt,
    });
  } catch (error) {
    if (!(error instanceof MailTimeoutError)) throw error;
    throw new DriftError({
      kind: 'no-email',
      expected: `Expected a letter to the account's address within ${Math.round(timeoutMs / 1000)} s.`,
      actual: 'no letter arrived',
      fix: 'check the site\'s mail delivery; if it is slower now, say so in the guide',
    });
  }
  context.note(`letter «${context.memory.message.subject}» arrived`);
}

/** "Open it and confirm your address with the corresponding button": the strip is gone afterwards. */
export async function confirmByLetter(context: StepContext): Promise<void> {
  const message = context.memory.message;
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
  const notificationStill = context.memory.notificationText ? page.getByText(context.memory.notificationText, { exact: true }) : undefined;
  if (notificationStill && (await notificationStill.count())) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected the address to be confirmed, the notification gone.',
      actual: `the page still shows «${context.memory.notificationText}»`,
    });
  }
  context.note('the address is confirmed: the notification is gone');
}
