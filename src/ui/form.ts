import type { Locator, Page } from '@playwright/test';
import type { Account } from '../config/account.js';
import type { GuideLanguage } from '../guide/types.js';
import { ariaNodes } from './aria.js';
import { DriftError } from './drift-error.js';
import { pressUntilSomethingHappens } from './effect.js';
import { conceptOf, isChosenFromList, isSecret, looksRequired, personaValue, withPasswordRepeat, type FieldConcept } from './fields.js';
import { clearButtonOf, lookOfControls, refusalNear, submitHeldBack, tickedStates, type Box } from './layout.js';
import { nearest, quoteList } from './nearest.js';
import { fillSecret } from './secret.js';
import { appearedFields, appearedTexts, drawnBoxes, drawnLists, markShown } from './looks.js';
import { isTimeout } from './wait.js';
import { readerPattern } from '../locale/typography.js';

export interface FormField {
  role: 'textbox' | 'combobox' | 'checkbox';
  /** A box the markup does not call a checkbox: ticked by a click, its state read from its look. */
  drawn: boolean;
  /** The name a person reads: the accessible name, else the label nearest in the layout, else the placeholder. */
  name: string;
  concept?: FieldConcept;
  /** A native `<select>`, as opposed to a list drawn by the site's script. */
  native: boolean;
  /** Takes typing as the page was looked at; a field may become editable once it has focus. */
  editable: boolean;
  disabled: boolean;
  /** It showed a value when looked at. */
  filled: boolean;
  /** The page says whether it is refused with aria-invalid, so no message needs to be read from the layout. */
  marksInvalid: boolean;
  box: Box;
  /** Its place among the page's visible controls, which is how messages are tied to it. */
  index: number;
  locator: Locator;
}

/**
 * Every visible text field, list and checkbox of the page, in page order: found by role, and the
 * boxes a person ticks and the lists a person opens that the markup does not name, by their look.
 */
export function controlsOf(page: Page): Locator {
  return page
    .getByRole('textbox')
    .or(page.getByRole('combobox'))
    .or(page.getByRole('checkbox'))
    .or(drawnBoxes(page))
    .or(drawnLists(page))
    .filter({ visible: true });
}

const seen = new WeakMap<Page, FormField[]>();

/** How long a click on a drawn box may wait for the box (as Playwright's own check would, by the action timeout's default). */
const CLICK_TIMEOUT_MS = 10_000;

/**
 * The fields of the page as a person reads them. Reading them takes one pass over the page's
 * layout, so the list is kept until the page navigates; `fresh` reads it anew.
 */
export async function formFields(page: Page, { fresh = false } = {}): Promise<FormField[]> {
  const known = seen.get(page);
  if (known && !fresh) return known;
  if (!known) page.on('framenavigated', (frame) => frame === page.mainFrame() && seen.delete(page));
  const fields = await readFields(page);
  seen.set(page, fields);
  return fields;
}

async function readFields(page: Page): Promise<FormField[]> {
  const controls = controlsOf(page);
  const looks = await lookOfControls(controls);
  // Each field is found again among the controls of its own role: one role query on every action
  // on it, not three. The look saw them in page order, as each role's own query lists them —
  // except across shadow trees, where only the query the look read keeps the look's order.
  const seenOfRole = { textbox: 0, combobox: 0, checkbox: 0 };
  // A box found by its look has no role to be found again by: it is found by its place among the controls.
  const byPlace = looks.some((look) => look.inShadow || look.drawn);
  const fields = looks.map((look, index): FormField => {
    const name = look.ariaName || look.layoutLabel || look.placeholder;
    return {
      role: look.role,
      drawn: look.drawn,
      name,
      concept: look.role === 'checkbox' ? undefined : conceptOf(name, { type: look.type, autocomplete: look.autocomplete, name: look.submitName }),
      native: look.native,
      editable: look.editable,
      disabled: look.disabled,
      filled: look.filled,
      marksInvalid: look.marksInvalid,
      box: look.box,
      index,
      locator: byPlace ? controls.nth(index) : page.getByRole(look.role).filter({ visible: true }).nth(seenOfRole[look.role]++),
    };
  });
  return withPasswordRepeat(fields);
}

export async function fieldFor(page: Page, concept: FieldConcept): Promise<FormField> {
  const fields = await formFields(page);
  const field = fields.find((candidate) => candidate.concept === concept);
  if (field) return field;
  throw new DriftError({
    kind: 'label-missing',
    expected: `Expected the form to have a ${concept} field.`,
    actual: `its fields are ${quoteList(fields.map((f) => f.name))}`,
  });
}

/** Fills every field the persona has a value for; a required field it cannot fill is drift. */
export async function fillForm(page: Page, account: Account, lang: GuideLanguage): Promise<string[]> {
  const fields = (await formFields(page)).filter((field) => field.role !== 'checkbox');
  if (!fields.length) {
    throw new DriftError({ kind: 'label-missing', expected: 'Expected a form with fields to fill in.', actual: 'no text fields or lists' });
  }
  const filled: string[] = [];
  for (const field of fields) {
    // A greyed-out field, or a value the page shows and does not let anyone change (a fixed disk
    // size), asks nothing of the reader. An empty field that takes input only once it has focus does.
    if (field.disabled || (field.role === 'textbox' && !field.editable && field.filled)) continue;
    if (!field.concept) {
      if (field.role === 'textbox' && !field.editable) continue;
      if (looksRequired(field.name)) {
        throw new DriftError({
          kind: 'claim-broken',
          expected: `Expected to know every required field of the form.`,
          actual: `a required field «${field.name}» the guide does not prepare the reader for`,
          fix: 'mention the new field in the guide and teach the vocabulary what to type into it',
        });
      }
      continue;
    }
    // A field the persona should fill is typed into like any other, or the failure is said (setField).
    const value = personaValue(account, field.concept, lang);
    if (value === undefined) continue;
    await setField(field, value, isSecret(field.concept));
    filled.push(field.name);
  }
  return filled;
}

/** An option's name is the value, maybe after a flag or an icon: "🇩🇪 Германия". */
function startingWith(value: string): RegExp {
  return new RegExp(`^[^\\p{L}\\p{N}]*${readerPattern(value)}`, 'iu');
}

/** Types or picks `value`; a secret never passes through a recorded Playwright call. */
export async function setField(field: FormField, value: string, secret = false): Promise<void> {
  if (field.role === 'textbox' && !(field.concept && isChosenFromList(field.concept))) {
    return typeInto(field, () => (secret ? fillSecret(field.locator, value) : field.locator.fill(value)));
  }
  // A box has one answer to give, whatever the value: ticked.
  if (field.role === 'checkbox') return setTicked(field, true);
  if (!field.native) return pickFromList(field, value);
  // The list's own option, exactly or as the start of a longer official name; one look at the list.
  const choice = await field.locator.evaluate(
    (select, source) => [...(select as HTMLSelectElement).options].map((o) => o.label.trim()).find((label) => new RegExp(source, 'iu').test(label)),
    startingWith(value).source,
  );
  if (!choice) {
    const options = (await ariaNodes(field.locator)).filter((node) => node.role === 'option').map((node) => node.name);
    throw noSuchChoice(field, value, options);
  }
  await field.locator.selectOption({ label: choice });
}

/**
 * Ticks or unticks a box. One the markup calls a checkbox is set as such; a box that says nothing
 * is clicked as a person clicks it, and what its look shows afterwards is what counts.
 */
export async function setTicked(field: FormField, ticked: boolean): Promise<void> {
  if (!field.drawn) return field.locator.setChecked(ticked);
  if ((await tickedStates(field.locator))[0] === ticked) return;
  await pressUntilSomethingHappens(field.locator, CLICK_TIMEOUT_MS);
  if ((await tickedStates(field.locator))[0] === ticked) return;
  throw new DriftError({
    kind: 'claim-broken',
    expected: `Expected the box beside «${field.name}» to ${ticked ? 'tick' : 'clear'} when clicked.`,
    actual: 'clicking it changes nothing that shows',
  });
}

/**
 * Types into a text field as a person does. A person clicks into a field before typing: some take
 * input only once they have focus (an anti-autofill trick keeps them read-only until then). A field
 * the look found editable is typed into at once, with no other round trip; one the page made
 * read-only since (the trick set late) keeps the typing waiting until the wait runs out, and is
 * then clicked into and typed again. Only a field that still refuses input after the click is a
 * failure, and it is said, never skipped.
 */
async function typeInto(field: Pick<FormField, 'locator' | 'name' | 'editable'>, type: () => Promise<void>): Promise<void> {
  if (!field.editable) await clickInto(field);
  try {
    await type();
  } catch (error) {
    if (!field.editable || !isTimeout(error)) throw error;
    await clickInto(field);
    await type();
  }
}

async function clickInto(field: Pick<FormField, 'locator' | 'name'>): Promise<void> {
  await field.locator.click();
  if (await field.locator.isEditable()) return;
  throw new DriftError({
    kind: 'claim-broken',
    expected: `Expected to type into «${field.name}», as the guide has the reader fill it in.`,
    actual: 'the field does not take input (it stays read-only when clicked into)',
    fix: 'say in the guide that the field is filled in by the site, or that it cannot be changed',
  });
}

function noSuchChoice(field: FormField, value: string, options: string[]): DriftError {
  return new DriftError({
    kind: 'claim-broken',
    expected: `Expected «${field.name}» to offer «${value}».`,
    actual: `the closest choices are ${quoteList(nearest(value, options))}`,
  });
}

/**
 * A list drawn by the site's script: a person opens it, types the start of the name (into the
 * field, or into the search box the list shows), and picks the item that reads as the value. Its
 * items are options where the markup says so; else the texts that showed once it opened. A field
 * that takes typing and opens no list at all is a plain text field after all: the value is typed whole.
 */
async function pickFromList(field: FormField, value: string, timeout = 2_000): Promise<void> {
  const page = field.locator.page();
  const start = value.slice(0, Math.min(value.length, 4));
  await markShown(page);
  const items = page.getByRole('option').filter({ visible: true }).or(appearedTexts(page));
  if (field.editable) await typeInto(field, () => field.locator.fill(start));
  else {
    await field.locator.click();
    try {
      await items.first().waitFor({ state: 'visible', timeout });
    } catch (error) {
      if (!isTimeout(error)) throw error;
    }
    const search = appearedFields(page).first();
    if (await search.isVisible()) await typeInto({ locator: search, name: `the search box of «${field.name}»`, editable: true }, () => search.fill(start));
    else if (field.role === 'combobox' && !field.drawn) await page.keyboard.type(start);
  }
  const option = items.filter({ hasText: startingWith(value) }).first();
  try {
    // The click waits for the item to be listed; only a missing one costs another look.
    await option.click({ timeout });
  } catch (error) {
    if (!isTimeout(error) || (await option.count())) throw error;
    const names = (await items.allInnerTexts().catch(() => [])).map((name) => name.trim()).filter(Boolean);
    if (field.editable && field.role === 'textbox' && !names.length) return field.locator.fill(value);
    await page.keyboard.press('Escape');
    throw noSuchChoice(field, value, [...new Set(names)]);
  }
}

/** The glyphs a person reads as "clear" when drawn in a field. */
const CROSS = /^\s*[×✕✖⨯✗╳]\s*$/u;

/** Empties a field; a list gets its placeholder back (natively) or its clear button pressed. */
export async function clearField(field: FormField): Promise<void> {
  if (field.role === 'textbox' && !(field.concept && isChosenFromList(field.concept))) {
    return typeInto(field, () => field.locator.fill(''));
  }
  if (field.role === 'checkbox') return setTicked(field, false);
  if (field.native) {
    await field.locator.selectOption({ index: 0 });
    return;
  }
  const page = field.locator.page();
  if (field.drawn) {
    // A list that says nothing of itself has no clear button either: the cross drawn in it clears it.
    const cross = field.locator.getByText(CROSS).filter({ visible: true }).first();
    if (await cross.count()) {
      await pressUntilSomethingHappens(cross, 5_000);
      return;
    }
  }
  const buttons = page.getByRole('button').filter({ visible: true });
  const clear = await clearButtonOf(buttons, field.locator);
  if (clear >= 0) await pressUntilSomethingHappens(buttons.nth(clear), 5_000);
  else if (field.editable) await field.locator.fill('');
}

/** How a submission ended: the site answered it, or the form held it back (its submit button disabled). */
export type Submission = 'answered' | 'held back';

/** Two looks this far apart that both find the button disabled and nothing sent: the form holds back. */
const HELD_BACK_MS = 150;

/**
 * Submits the form by pressing Enter in one of its text fields, as a person may, and waits for the
 * site to answer the POST it sends, so refusals read afterwards belong to this submission. What
 * the page says at that instant it notes itself (the look of its fields taught it to, see
 * lookOfControls), so a message that appears afterwards can be told from the rest. A form whose
 * submit button stays disabled until it is valid sends nothing: that refusal is the button (and
 * the message at the field, which the caller reads), not a response that never comes.
 */
export async function submitForm(page: Page, timeout: number): Promise<Submission> {
  const fields = await formFields(page);
  const field = fields.find((candidate) => candidate.role === 'textbox');
  if (!field) throw new DriftError({ kind: 'label-missing', expected: 'Expected a form to submit.', actual: 'no text field to press Enter in' });
  let sent = false;
  const onRequest = (request: { method(): string }) => {
    if (request.method() === 'POST') sent = true;
  };
  page.on('request', onRequest);
  try {
    const answered = page.waitForResponse((response) => response.request().method() === 'POST', { timeout }).then(() => 'answered' as const);
    await field.locator.press('Enter');
    const held = heldBack(page, timeout, () => sent);
    const outcome = await Promise.race([answered, held]);
    // The loser's wait is over or no longer read: a late timeout of it must not surface.
    answered.catch(() => undefined);
    return outcome;
  } finally {
    page.off('request', onRequest);
  }
}

/** Resolves 'held back' once the form's submit button is disabled in two looks with nothing sent; never while a POST is on its way. */
async function heldBack(page: Page, timeout: number, sent: () => boolean): Promise<Submission> {
  const disabled = page.getByRole('button', { disabled: true }).filter({ visible: true });
  const deadline = Date.now() + timeout;
  let seen = false;
  while (!sent() && Date.now() < deadline) {
    const now = await submitHeldBack(controlsOf(page), disabled).catch((error) => {
      if (page.isClosed()) throw error;
      return false; // the form is being replaced by the site's answer
    });
    if (now && seen && !sent()) return 'held back';
    seen = now;
    await page.waitForTimeout(HELD_BACK_MS);
  }
  // Sent, or out of time: the response (or its timeout) decides.
  return new Promise<Submission>(() => undefined);
}

/** The message the form shows for a refused field, or undefined when it is not refused. */
async function refusal(field: FormField): Promise<string | undefined> {
  const page = field.locator.page();
  return refusalNear(controlsOf(page), field.index);
}

/** Waits briefly for the page to mark `field` refused after a submission, and returns the reason. */
export async function waitForRefusal(field: FormField, timeout = 2_000): Promise<string | undefined> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const message = await refusal(field).catch(() => undefined);
    if (message || Date.now() > deadline) return message;
    await field.locator.page().waitForTimeout(25);
  }
}

/**
 * Unticks the boxes that are ticked. A box may come with its state from the look that found it;
 * the others are looked at together, once.
 */
export async function untick(page: Page, boxes: ReadonlyArray<{ box: FormField; ticked?: boolean }>): Promise<void> {
  const states = boxes.some(({ ticked }) => ticked === undefined) ? await tickedStates(controlsOf(page)) : [];
  for (const { box, ticked } of boxes) if (ticked ?? (states[box.index] !== false)) await setTicked(box, false);
}

/** What a person reads in a control: a text field's value, a list's chosen option, a box's state. */
export async function shownValue(field: FormField): Promise<string> {
  return field.locator.evaluate((el) => {
    if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.text.trim() ?? '';
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim();
    return (el.textContent ?? '').trim();
  });
}
