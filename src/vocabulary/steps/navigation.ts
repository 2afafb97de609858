import type { LinkRef } from '../../guide/types.js';
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
  await press(context.page, label, context.uiTimeout);
  context.note(`pressed «${label}»`);
}

/** "Click «X»" on its own. */
export async function pressLabel(context: StepContext, label: string): Promise<void> {
  await press(context.page, label, context.uiTimeout);
  context.note(`pressed «${label}»`);
}

/**
 * The main page of a client area is where its top heading names it "Главная" / "Home", as in
 * BILLmanager. The guide does not quote that heading, so the vocabulary knows it.
 */
const MAIN_PAGE_HEADING = /^(Главная|Home|Dashboard)$/i;

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
