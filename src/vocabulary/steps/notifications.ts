import { DriftError } from '../../ui/drift-error.js';
import { topNotification } from '../../ui/notification.js';
import { pressUntilSomethingHappens } from '../../ui/effect.js';
import { quoteList } from '../../ui/nearest.js';
import { press } from '../../ui/press.js';
import { openWindow } from '../../ui/window.js';
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

/** "In the opened window, confirm … by clicking «Ok»": a window is open (named so by the markup, or drawn over the page), and its button is pressed. */
export async function confirmInDialog(context: StepContext, label: string): Promise<void> {
  context.memory.set(MAIL_REQUESTED_AT, new Date(Date.now() - 1000));
  const window = await openWindow(context.page, label, context.uiTimeout);
  if (!window) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected a window (dialog) to open.',
      actual: 'no dialog opened: nothing is drawn over the page',
    });
  }
  await press(window, label, context.uiTimeout);
  context.note(`pressed «${label}» in the dialog`);
}
