import { DriftError } from '../../ui/drift-error.js';
import { topNotification } from '../../ui/notification.js';
import { pressUntilSomethingHappens } from '../../ui/effect.js';
import { quoteList } from '../../ui/nearest.js';
import { press } from '../../ui/press.js';
import { waitAtMost } from '../../ui/wait.js';
import type { StepContext } from '../define.js';
import { MAIL_REQUESTED_AT, NOTIFICATION_TEXT } from './keys.js';

/** "Click on the text in the notification at the top of the site": that text is what is clicked. */
export async function clickNotification(context: StepContext): Promise<void> {
  // The text opens its window through the page's script: on a slow site the strip shows before the
  // script has loaded, and a click then does nothing. A person clicks a page that has finished loading.
  await waitAtMost(context.page.waitForLoadState('load', { timeout: context.uiTimeout }));
  const { target, text, otherControls } = await topNotification(context.page, context.uiTimeout);
  const happened = await pressUntilSomethingHappens(target, context.uiTimeout);
  // The guide tells the reader to click the text: when only another control of the strip does
  // anything, the instruction no longer works, whatever that control would open.
  if (!happened && otherControls.length) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected clicking the notification's text «${text}» to do something (open its window).`,
      actual: `clicking it changes nothing; the notification has ${quoteList(otherControls)} to press instead`,
      fix: `tell the reader to press «${otherControls[0]}» in the notification`,
    });
  }
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
