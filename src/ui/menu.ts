import type { Locator, Page } from '@playwright/test';
import { DriftError } from './drift-error.js';
import { quoteList } from './nearest.js';
import { named } from './pattern.js';
import { press } from './press.js';
import { waitAtMost, waitForMoveOn } from './wait.js';
import { pressUntilSomethingHappens } from './effect.js';
import { drawnPressables } from './looks.js';

/** The menu entry named `item` (a link or a menu item), visible. */
function entry(page: Page, item: string, anyCase = false): Locator {
  const name = named(item, { anyCase });
  return page
    .getByRole('link', { name })
    .or(page.getByRole('menuitem', { name }))
    .or(page.getByRole('button', { name }))
    .filter({ visible: true })
    .first();
}

/**
 * The menu's section headings: its buttons, or what a person would press in it that the markup
 * calls nothing (a heading drawn as a div with the hand cursor); its entries are links.
 */
function sectionHeadings(page: Page): Locator {
  const menu = page.getByRole('navigation');
  return menu.getByRole('button').or(drawnPressables(menu)).filter({ visible: true });
}

/**
 * "In the side menu find the section «Support» and choose «Requests»": the section opens (unless
 * it is open already, as a person sees) and its entry is chosen.
 */
export async function chooseInMenu(page: Page, section: string, item: string, timeout: number): Promise<void> {
  if (!(await entry(page, item).isVisible())) await press(page, section, timeout);
  await clickEntry(page, item, timeout, `in the menu section «${section}»`, false, section);
}

/**
 * The section heading an entry is listed under, as a person reads a side menu: the nearest of the
 * menu's section buttons above it, in its column. Undefined when the menu shows no such buttons
 * (a flat menu says nothing of sections).
 */
async function sectionAbove(page: Page, target: Locator): Promise<string | undefined> {
  const box = await target.boundingBox();
  const headings = sectionHeadings(page);
  if (!box) return undefined;
  let best: { name: string; bottom: number } | undefined;
  for (const heading of await headings.all()) {
    const b = await heading.boundingBox();
    if (!b || b.y + b.height > box.y + 2 || b.x > box.x + box.width || b.x + b.width < box.x) continue;
    // Its words, without the icons drawn beside them.
    const words = (await heading.innerText()).split('\n').filter((line) => /\p{L}/u.test(line)).map((line) => line.trim()).join(' ');
    if (!best || b.y + b.height > best.bottom) best = { name: words, bottom: b.y + b.height };
  }
  return best?.name;
}

/**
 * A page the menu leads to, found as a person looks for it without being told the section: every
 * closed section of the menu is opened in turn until the entry shows.
 */
export async function findInMenu(page: Page, item: string, timeout: number): Promise<void> {
  // A menu drawn by the page's script after load has no closed sections to open until it is drawn:
  // a person waits for the entry, or for the menu to look in.
  await waitAtMost(entry(page, item, true).or(page.getByRole('navigation')).first().waitFor({ state: 'visible', timeout }));
  // The page's name comes from a heading here, which English writes in Title Case.
  if (!(await entry(page, item, true).isVisible())) {
    const closed = page.getByRole('navigation').getByRole('button', { expanded: false }).filter({ visible: true });
    if (await closed.count()) {
      for (let i = await closed.count(); i > 0 && !(await entry(page, item, true).isVisible()); i--) {
        const next = closed.first();
        if (!(await next.count())) break;
        await pressUntilSomethingHappens(next, timeout);
      }
    } else {
      // A menu that does not say which sections are closed: each section is pressed in turn, as a
      // person opens one after another, until the entry shows.
      const sections = sectionHeadings(page);
      const count = await sections.count();
      for (let i = 0; i < count && !(await entry(page, item, true).isVisible()); i++) await pressUntilSomethingHappens(sections.nth(i), timeout);
    }
  }
  await clickEntry(page, item, timeout, 'in any section of the menu', true);
}

/**
 * Chooses the entry `item`. When the guide names its `section`, the entry must be listed under that
 * section: one found by its name alone elsewhere in the menu would pass a guide whose reader looks
 * in the wrong place.
 */
async function clickEntry(page: Page, item: string, timeout: number, where: string, anyCase = false, section?: string): Promise<void> {
  const target = entry(page, item, anyCase);
  try {
    await target.waitFor({ state: 'visible', timeout: Math.min(timeout, 3_000) });
  } catch {
    const entries = await page.getByRole('navigation').getByRole('link').filter({ visible: true }).allInnerTexts().catch(() => []);
    throw new DriftError({
      kind: 'label-missing',
      expected: `Expected an entry «${item}» ${where}.`,
      actual: `the menu shows ${quoteList([...new Set(entries.map((e) => e.trim()).filter(Boolean))])}`,
      fix: 'quote the menu entry as the site names it now',
    });
  }
  const under = section ? await sectionAbove(page, target) : undefined;
  if (section && under !== undefined && !named(section, { anyCase: true }).test(under)) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected «${item}» in the menu section «${section}».`,
      actual: `«${item}» is listed under «${under}»`,
      fix: `name the section the menu shows it in now: «${under}»`,
    });
  }
  const before = page.url();
  await pressUntilSomethingHappens(target, timeout);
  await waitForMoveOn(page, page.waitForURL((url) => url.href !== before, { timeout: Math.min(timeout, 5_000), waitUntil: 'commit' }));
}
