import type { Locator, Page } from '@playwright/test';
import { sameAction } from '../locale/index.js';
import { DriftError, type DriftDetails } from './drift-error.js';
import { pressUntilSomethingHappens } from './effect.js';
import { lookOfPressables } from './layout.js';
import { drawnPressables } from './looks.js';
import { quoteList, ranked, similarity, type Candidate } from './nearest.js';
import { named } from './pattern.js';
import { isTimeout, waitForMoveOn } from './wait.js';
import { readerPattern } from '../locale/typography.js';

/** What a guide's «кнопка» or "button" can be on a page: sites draw many buttons as links. */
const PRESSABLE = ['button', 'link'] as const;
type Pressable = (typeof PRESSABLE)[number];

/** The button or link a person would press for `label` (lazy: resolved when acted on). */
function pressable(scope: Page | Locator, label: string): Locator {
  const [first, ...rest] = PRESSABLE.map((role) => scope.getByRole(role, { name: named(label) }));
  // What the markup calls nothing is pressed by its words, as a person does.
  const byWords = drawnPressables(scope).filter({ hasText: named(label) });
  return rest.reduce((all, next) => all.or(next), first).or(byWords).filter({ visible: true }).first();
}

/** Every button and link a person sees, whatever the markup calls it or not. */
export function anyPressable(scope: Page | Locator): Locator {
  return scope.getByRole('button').or(scope.getByRole('link')).or(drawnPressables(scope)).filter({ visible: true });
}

/**
 * The names of what stands in one row with `anchor`, drawn alike, and can be pressed (tabs,
 * buttons, links, what the markup calls nothing): a row of sections as a person sees it, by place
 * and look, not by markup; the anchor's own name included.
 */
export async function pressablesInRow(scope: Page | Locator, anchor: Locator): Promise<string[]> {
  const box = await anchor.boundingBox();
  if (!box) return [];
  const candidates = scope.getByRole('tab').or(anyPressable(scope)).filter({ visible: true });
  const looks = await candidates.evaluateAll((elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      return { name: (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  // Drawn alike and side by side: the same top and height (within a quarter of it), at most about two widths away.
  const alike = box.height / 4;
  const reach = 2 * box.width + box.height;
  const inRow = looks.filter(
    (l) =>
      l.name &&
      Math.abs(l.top - box.y) <= alike &&
      Math.abs(l.bottom - l.top - box.height) <= alike &&
      l.left - (box.x + box.width) < reach &&
      box.x - l.right < reach,
  );
  return [...new Set(inRow.map((l) => l.name))];
}

/**
 * What the page offers instead of `label`: the buttons and links ranked as a reader looks for a
 * renamed one (same role, then the form's action area, then spelling), with a suggested fix.
 */
async function missing(scope: Page | Locator, label: string, role: Pressable): Promise<DriftError> {
  const candidates = anyPressable(scope);
  const fields = scope.getByRole('textbox').or(scope.getByRole('combobox')).filter({ visible: true });
  const boxes = (await fields.all().then((all) => Promise.all(all.map((f) => f.boundingBox())))).flatMap((b) =>
    b ? [{ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height }] : [],
  );
  const looks = await lookOfPressables(candidates, boxes);
  const unique = new Map<string, Candidate>();
  for (const look of looks) {
    if (!look.name || unique.has(look.name)) continue;
    unique.set(look.name, { name: look.name, role: look.role === role ? 0 : 1, place: look.place });
  }
  const closest = ranked(label, [...unique.values()]);
  // A reader knows «Создать аккаунт» is what «Регистрация» became before they compare spellings.
  const bySense = closest.filter((c) => sameAction(label, c.name));
  const successor = (bySense.length === 1 ? bySense[0] : undefined) ?? closest.find((c) => similarity(label, c.name) >= 0.5) ?? clearSuccessor(closest);
  const details: DriftDetails = {
    kind: 'label-missing',
    expected: `Expected a button or link named «${label}».`,
    actual: `the nearest buttons and links are ${quoteList(closest.map((c) => c.name))}`,
    fix: successor
      ? `if the UI renamed it, quote the new name in the guide: «${successor.name}»`
      : 'find what the UI calls this button now and quote that name in the guide',
    // The edit `npm run fix` applies: only for one clear successor.
    ...(successor ? { proposal: { label, replacement: successor.name } } : {}),
  };
  return new DriftError(details);
}

/** One element of the expected role in the form's action area is the renamed one, whatever its spelling. */
function clearSuccessor(candidates: Candidate[]): Candidate | undefined {
  const inPlace = candidates.filter((c) => c.role === 0 && c.place === 0);
  return inPlace.length === 1 ? inPlace[0] : undefined;
}

/**
 * Clicks the button or link named `label`, as the guide tells the reader to (again, when the
 * press changed nothing), and returns it, so a step can wait for the page to move on from it.
 */
export async function press(scope: Page | Locator, label: string, timeout: number, role: Pressable = 'button'): Promise<Locator> {
  // One call: click waits for the element itself, so only a failure costs a second look.
  const target = pressable(scope, label);
  try {
    await pressUntilSomethingHappens(target, timeout);
    return target;
  } catch (error) {
    // Present but not clickable (covered, disabled) is another failure than a missing label.
    if (!isTimeout(error) || (await target.count())) throw error;
    throw await missing(scope, label, role);
  }
}

/** Buttons and links named as any of `names` (exactly), visible, in page order. */
export function pressableNamed(scope: Page | Locator, names: readonly string[]): Locator {
  const exact = new RegExp(`^\\s*(?:${names.map(readerPattern).join('|')})\\s*$`, 'iu');
  return scope
    .getByRole('button', { name: exact })
    .or(scope.getByRole('link', { name: exact }))
    .or(drawnPressables(scope).filter({ hasText: exact }))
    .filter({ visible: true });
}

/**
 * Presses the button or link of an action the guide names without quoting it ("log in", "send
 * the request"): the first visible one called by a name the locale knows for that action.
 */
export async function pressAction(scope: Page | Locator, names: readonly string[], what: string, timeout: number): Promise<Locator> {
  const target = pressableNamed(scope, names).first();
  try {
    await target.waitFor({ state: 'visible', timeout });
  } catch {
    const offered = await anyPressable(scope).allInnerTexts().catch(() => []);
    throw new DriftError({
      kind: 'label-missing',
      expected: `Expected a button or link to ${what} (${names.slice(0, 4).map((n) => `«${n}»`).join(', ')}…).`,
      actual: `the buttons and links are ${quoteList([...new Set(offered.map((t) => t.trim()).filter(Boolean))].slice(0, 12))}`,
      fix: 'quote the button in the guide, or teach the locale the new name of this action',
    });
  }
  await pressUntilSomethingHappens(target, timeout);
  return target;
}

/**
 * After a press that leads to another page: waits until the address changes or the pressed
 * element is gone, since a slow site still shows the old page, whose fields the next step would
 * read. A press that stays on the page (a script's dialog) just waits a little.
 */
export async function movedOn(page: Page, before: string, pressed: Locator, timeout: number): Promise<void> {
  const moved = { timeout: Math.min(3_000, timeout) };
  await waitForMoveOn(
    page,
    Promise.race([page.waitForURL((next) => next.href !== before, { ...moved, waitUntil: 'commit' }), pressed.waitFor({ state: 'hidden', ...moved })]),
  );
  await waitForMoveOn(page, page.waitForLoadState('domcontentloaded'));
}
