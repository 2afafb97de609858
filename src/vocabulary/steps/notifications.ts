import { DriftError } from '../../ui/drift-error.js';
import { topNotification } from '../../ui/notification.js';
import { press } from '../../ui/press.js';
import { waitAtMost } from '../../ui/wait.js';
import type { StepContext } from '../define.js';
import { MAIL_REQUESTED_AT, NOTIFICATION_TEXT } from './keys.js';


/** "Click on the text in the notification at the top of the site". */
export async function clickNotification(context: StepContext): Promise<void> {
  // The text opens its window through the page's script: on a slow site the strip shows before the
  // script has loaded, and a click then does nothing. A person clicks a page that has finished loading.
  await waitAtMost(context.page.waitForLoadState('load', { timeout: context.uiTimeout }));
  const { target, text } = await topNotification(context.page, context.uiTimeout);
  await target.click({ timeout: context.uiTimeout });
  context.memory.set(NOTIFICATION_TEXT, text);
  context.note(`clicked the notification «${text}»`);
}

/** "In the opened window, confirm … by clicking «Ok»". */
export async function confirmInDialog(context: StepContext, label: string): Promise<void> {
  const dialog = context.page.getByRole('dialog').or(context.page.getByRole('alertdialog')).filter({ visible: true }).first();
  context.memory.set(MAIL_REQUESTED_AT, new Date(Date.now() - 1000));
  try {
    // The press waits for the window and its button; only a failure costs a look at which is missing.
    await press(dialog, label, context.uiTimeout);
  } catch (error) {
    if (await dialog.count()) throw error;
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected a window (dialog) to open.',
      actual: 'no dialog opened',
    });
  }
  context.note(`pressed «${label}» in the dialog`);
}
