import type { LinkRef } from '../../guide/types.js';
import { actionNames, localeOf, MAIN_PAGE_HEADINGS } from '../../locale/index.js';
import { besideText } from '../../ui/beside.js';
import { escapeRegExp, named } from '../../ui/pattern.js';
import { DriftError, isDriftError } from '../../ui/drift-error.js';
import { ariaNodes } from '../../ui/aria.js';
import { quoteList } from '../../ui/nearest.js';
import { chooseInMenu, findInMenu } from '../../ui/menu.js';
import { openLink } from '../../ui/open.js';
import { revealBehindChoices } from '../../ui/reveal.js';
import { movedOn, press, pressableNamed, pressablesInRow } from '../../ui/press.js';
import { waitForMoveOn } from '../../ui/wait.js';
import type { StepContext } from '../define.js';
import { readerExact } from '../../locale/typography.js';
import { pressUntilSomethingHappens } from '../../ui/effect.js';

/** "Go to [the personal area](url) and click «X»". */
export async function openAndPress(context: StepContext, link: LinkRef, label: string): Promise<void> {
  const url = await openLink(context.page, context.target, link);
  context.note(`opened ${url}`);
  await context.reached('opened');
  const before = context.page.url();
  const pressed = await press(context.page, label, context.uiTimeout);
  await movedOn(context.page, before, pressed, context.uiTimeout);
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

/** "In the side menu find the section «Support» and choose «Requests»". */
export async function chooseFromMenu(context: StepContext, section: string, item: string): Promise<void> {
  await chooseInMenu(context.page, section, item, context.uiTimeout);
  context.note(`chose «${item}» in «${section}»: ${context.page.url()}`);
}

/**
 * A heading that names a page of the client area («Реферальная программа»): the reader is taken
 * there through the menu, logged in.
 */
export async function openMenuPage(context: StepContext): Promise<void> {
  const name = context.sentence.text;
  // A reader who is told of a page of the client area starts from it, logged in, as the need established.
  if (new URL(context.page.url()).origin !== new URL(context.target.baseURL).origin) await context.page.goto(context.target.baseURL);
  await findInMenu(context.page, name, context.uiTimeout);
  const heading = context.page.getByRole('heading', { name: named(name, { anyCase: true }) }).filter({ visible: true }).first();
  try {
    await heading.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    const headings = (await ariaNodes(context.page.locator('body'))).filter((n) => n.role === 'heading').map((n) => n.name);
    throw new DriftError({ kind: 'claim-broken', expected: `Expected the page «${name}».`, actual: `the page has the headings ${quoteList(headings)}` });
  }
  context.note(`opened «${name}» from the menu`);
}

/** "In the section «Income» you can see…": the section's tab opens and shows its content. */
export async function openSection(context: StepContext, label: string): Promise<void> {
  const { page } = context;
  const tab = page.getByRole('tab', { name: named(label) }).filter({ visible: true }).first();
  if (!(await tab.count())) {
    try {
      await press(page, label, context.uiTimeout);
    } catch (error) {
      if (!isDriftError(error) || error.details.kind !== 'label-missing') throw error;
      throw await renamedSection(context, label, error);
    }
  } else {
    await pressUntilSomethingHappens(tab, context.uiTimeout);
    if ((await tab.getAttribute('aria-selected')) === 'false') {
      throw new DriftError({ kind: 'claim-broken', expected: `Expected the section «${label}» to open.`, actual: 'its tab stays unselected' });
    }
    const panel = page.getByRole('tabpanel').filter({ visible: true }).first();
    if (!(await panel.count())) throw new DriftError({ kind: 'claim-broken', expected: `Expected the section «${label}» to show its content.`, actual: 'no tab panel is shown' });
  }
  context.note(`opened the section «${label}»`);
}

/**
 * A section the guide names is gone, but the sections it names beside it (the other items of its
 * list: «Income», «Statistics») still stand in their row: what else stands there that the guide
 * names nowhere is what the section is called now. One such is the renamed one, and the edit
 * `npm run fix` applies; else the drift stays as `press` found it.
 */
async function renamedSection(context: StepContext, label: string, drift: DriftError): Promise<DriftError> {
  const { page, guide, sentence } = context;
  const list = sentence.listItem?.list;
  if (list === undefined) return drift;
  const quoted = guide.sentences.flatMap((s) => s.labels);
  const isQuoted = (name: string) => quoted.some((q) => named(q).test(name));
  const siblings = guide.sentences.filter((s) => s.listItem?.list === list && s !== sentence).flatMap((s) => s.labels).filter((l) => l !== label);
  // Each place the sibling's name stands (its tab, and a menu group of that name, say): the row of sections is the one that holds a new name.
  const rows = async (sibling: string) => {
    const anchors = await page.getByRole('tab', { name: named(sibling) }).or(pressableNamed(page, [sibling])).filter({ visible: true }).all();
    return Promise.all(anchors.slice(0, 5).map((anchor) => pressablesInRow(page, anchor)));
  };
  for (const sibling of siblings) {
    const row = (await rows(sibling)).find((names) => names.filter((name) => !isQuoted(name)).length === 1);
    if (!row) continue;
    const unnamed = row.filter((name) => !isQuoted(name));
    return new DriftError({
      kind: 'label-missing',
      expected: `Expected a section named «${label}» beside «${sibling}».`,
      actual: `the sections beside «${sibling}» are ${quoteList(row.filter((name) => !named(sibling).test(name)))}`,
      fix: `if the UI renamed it, quote the new name in the guide: «${unnamed[0]}»`,
      proposal: { label, replacement: unnamed[0] },
    });
  }
  return drift;
}

/** "Go to the [plans page](…)": the link opens; what to do there is the rest of the sentence's. */
export async function openGuideLink(context: StepContext, link: LinkRef): Promise<void> {
  const url = await openLink(context.page, context.target, link);
  context.note(`opened ${url}`);
  await context.reached('opened');
}

/**
 * "Go to the [plans page](…) and choose the plan that suits you": the persona's plan is found by
 * its name (behind the page's tabs if need be) and ordered with the button of its own card.
 */
export async function choosePlan(context: StepContext, link: LinkRef): Promise<void> {
  const { page } = context;
  await openGuideLink(context, link);
  const plan = localeOf(context.guide.lang).persona.plan;
  const name = page.getByRole('heading', { name: readerExact(plan) }).or(page.getByText(readerExact(plan))).filter({ visible: true }).first();
  // A page may show one line of plans at a time (tabs): the plan is looked for behind each.
  const leave = (['order', 'pay', 'register', 'signIn'] as const).flatMap((kind) => actionNames(kind, context.guide.lang));
  if (!(await revealBehindChoices(page, name, context.uiTimeout, leave))) {
    const headings = (await ariaNodes(page.locator('body'))).filter((n) => n.role === 'heading').map((n) => n.name);
    throw new DriftError({ kind: 'claim-broken', expected: `Expected the plans page to offer the plan ${plan}.`, actual: `it shows ${quoteList(headings)}` });
  }
  const order = await besideText(name, pressableNamed(page, actionNames('order', context.guide.lang)));
  if (!order) throw new DriftError({ kind: 'label-missing', expected: `Expected a button to order ${plan}.`, actual: 'no order button beside the plan' });
  const label = (await order.innerText()).trim();
  const before = page.url();
  await pressUntilSomethingHappens(order, context.uiTimeout);
  await waitForMoveOn(page, page.waitForURL((url) => url.href !== before, { timeout: context.uiTimeout, waitUntil: 'domcontentloaded' }));
  context.note(`chose ${plan} with «${label}»: ${page.url()}`);
}
