import type { LinkRef } from '../../guide/types.js';
import { MAIN_PAGE_HEADINGS } from '../../locale/index.js';
import { escapeRegExp } from '../../ui/pattern.js';
import { DriftError } from '../../ui/drift-error.js';
import { ariaNodes } from '../../ui/aria.js';
import { quoteList } from '../../ui/nearest.js';
import { openLink } from '../../ui/open.js';
import { press } from '../../ui/press.js';
import type { StepContext } from '../define.js';

/** "Go to [the personal area](url) and click «X»". */
export async function openAndPress(context: StepContext, link: LinkRef, label: string): Promise<void> {
  const url = await openLink(context.page, context.target, link);
  context.note(`opened ${url}`);
  const before = context.page.url();
  const pressed = await press(context.page, label, context.uiTimeout);
  // The guide leads to another page: until the address changes or the pressed link is gone, a
  // slow site still shows the old one, whose fields the next step would read.
  const moved = { timeout: Math.min(3_000, context.uiTimeout) };
  await Promise.race([
    context.page.waitForURL((next) => next.href !== before, { ...moved, waitUntil: 'commit' }),
    pressed.waitFor({ state: 'hidden', ...moved }),
  ]).catch(() => undefined);
  context.note(`pressed «${label}»`);
}

/** "Click «X»" on its own. */
export async function pressLabel(context: StepContext, label: string): Promise<void> {
  await press(context.page, label, context.uiTimeout);
  context.note(`pressed «${label}»`);
}

/**
 * The main page of a client area is where its top heading names it "Главная" / "Home", as in
 * BILLmanager. The guide does not quote that heading, so the locale knows it.
 */
const MAIN_PAGE_HEADING = new RegExp(`^(?:${MAIN_PAGE_HEADINGS.map(escapeRegExp).join('|')})$`, 'iu');

export async function expectMainPage(context: StepContext): Promise<void> {
  const heading = context.page.getByRole('heading', { name: MAIN_PAGE_HEADING });
  try {
    await heading.first().waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    const headings = (await ariaNodes(context.page.locator('body'))).filter((n) => n.role === 'heading').map((n) => n.name);
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected to land on the main page of the personal area.',
      actual: `the page at ${context.page.url()} has the headings ${quoteList(headings)}`,
    });
  }
  context.note(`landed on ${new URL(context.page.url()).pathname}${new URL(context.page.url()).search}`);
}
