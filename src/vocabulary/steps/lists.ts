import { DriftError } from '../../ui/drift-error.js';
import { waitForMoveOn } from '../../ui/wait.js';
import type { StepContext } from '../define.js';
import { SENT, SENT_AT } from './keys.js';
import { readerExact } from '../../locale/typography.js';
import { pressUntilSomethingHappens } from '../../ui/effect.js';

/** "A list of your requests opens": a table (or grid) of them is shown, empty or not. */
export async function expectList(context: StepContext): Promise<void> {
  const list = context.page.getByRole('table').or(context.page.getByRole('grid')).filter({ visible: true }).first();
  try {
    await list.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    throw new DriftError({ kind: 'claim-broken', expected: 'Expected a list (table) of your items.', actual: `${context.page.url()} shows no table` });
  }
  const rows = await list.getByRole('row').count();
  context.note(`a table with ${Math.max(0, rows - 1)} row(s) besides its header`);
}

/** Opens the item the reader sent from the list it is shown in, as a person clicks its subject. */
async function openSent(context: StepContext): Promise<void> {
  const { page } = context;
  const sent = context.memory.get(SENT);
  const at = context.memory.get(SENT_AT);
  if (!sent?.subject || !at) {
    throw new DriftError({ kind: 'claim-broken', expected: 'Expected a request sent earlier in the guide.', actual: 'nothing was sent before this sentence' });
  }
  if (page.url() !== at) await page.goto(at);
  const before = page.url();
  await pressUntilSomethingHappens(page.getByRole('link', { name: readerExact(sent.subject) }).or(page.getByText(readerExact(sent.subject))).first(), context.uiTimeout);
  await waitForMoveOn(page, page.waitForURL((url) => url.href !== before, { timeout: context.uiTimeout, waitUntil: 'domcontentloaded' }));
}

/** "The request system supports Markdown": the sent message shows its bold word in bold, without the asterisks. */
export async function expectMarkdownRendered(context: StepContext): Promise<void> {
  await openSent(context);
  const bold = context.memory.get(SENT)?.markdown ?? '';
  const shown = context.page.getByText(readerExact(bold)).filter({ visible: true }).first();
  const weight = await shown.evaluate((el) => Number.parseInt(getComputedStyle(el).fontWeight, 10), undefined, { timeout: context.uiTimeout }).catch(() => 0);
  const raw = await context.page.getByText(`**${bold}**`).count();
  if (weight < 600 || raw) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected the request's Markdown to be rendered: «**${bold}**» shown as bold «${bold}».`,
      actual: raw ? 'the asterisks are shown as typed' : 'the word is not shown in bold',
    });
  }
  context.note(`«**${bold}**» is shown in bold`);
}

/** "You can choose the request's priority": the sent request shows the priority chosen for it. */
export async function expectChoiceKept(context: StepContext, kind: string): Promise<void> {
  const choice = context.memory.get(SENT)?.choices[kind];
  if (!choice) {
    throw new DriftError({ kind: 'label-missing', expected: `Expected the form to have offered a choice of ${kind}.`, actual: 'the form had no such choice' });
  }
  const shown = context.page.getByText(readerExact(choice)).filter({ visible: true }).first();
  try {
    await shown.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    throw new DriftError({ kind: 'claim-broken', expected: `Expected the sent request to show its ${kind} «${choice}».`, actual: `${context.page.url()} does not show it` });
  }
  context.note(`the request shows «${choice}»`);
}
