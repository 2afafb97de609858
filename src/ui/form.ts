import type { Locator, Page } from '@playwright/test';
import type { Account } from '../config/account.js';
import type { GuideLanguage } from '../guide/types.js';
import { ariaNodes } from './aria.js';
import { DriftError } from './drift-error.js';
import { conceptOfLabel, isSecret, looksRequired, personaValue, type FieldConcept } from './fields.js';
import { nearest, quoteList } from './nearest.js';
import { escapeRegExp } from './pattern.js';
import { fillSecret } from './secret.js';

export interface FormField {
  role: 'textbox' | 'combobox';
  name: string;
  concept?: FieldConcept;
  locator: Locator;
}

const seen = new WeakMap<Page, FormField[]>();

/**
 * The text fields and lists on the page, by the labels a person reads. Reading them takes a whole
 * ARIA snapshot, so the list is kept until the page navigates; `fresh` reads it anew.
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
  const nodes = await ariaNodes(page.locator('body'));
  const fields: FormField[] = [];
  const seen = new Map<string, number>();
  for (const node of nodes) {
    if ((node.role !== 'textbox' && node.role !== 'combobox') || !node.name) continue;
    const key = `${node.role}:${node.name}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    fields.push({
      role: node.role,
      name: node.name,
      concept: conceptOfLabel(node.name),
      locator: page.getByRole(node.role, { name: node.name, exact: true }).nth(nth),
    });
  }
  return fields;
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
  const fields = await formFields(page);
  if (!fields.length) {
    throw new DriftError({ kind: 'label-missing', expected: 'Expected a form with fields to fill in.', actual: 'no text fields or lists' });
  }
  const filled: string[] = [];
  for (const field of fields) {
    if (!field.concept) {
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
    await setField(field, personaValue(account, field.concept, lang), isSecret(field.concept));
    filled.push(field.name);
  }
  return filled;
}

/** Types or picks `value`; a secret never passes through a recorded Playwright call. */
export async function setField(field: FormField, value: string, secret = false): Promise<void> {
  if (field.role === 'textbox') {
    if (secret) await fillSecret(field.locator, value);
    else await field.locator.fill(value);
    return;
  }
  // The list's own option, exactly or as the start of a longer official name.
  const option = field.locator.getByRole('option', { name: new RegExp(`^${escapeRegExp(value)}`) }).first();
  const choice = (await option.count()) ? (await option.textContent())?.trim() : undefined;
  if (!choice) {
    const options = (await ariaNodes(field.locator)).filter((node) => node.role === 'option').map((node) => node.name);
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected «${field.name}» to offer «${value}».`,
      actual: `the closest choices are ${quoteList(nearest(value, options))}`,
    });
  }
  await field.locator.selectOption({ label: choice });
}

/** Empties a field; for a list, picks its placeholder (the choice with no value). */
export async function clearField(field: FormField): Promise<void> {
  if (field.role === 'textbox') await field.locator.fill('');
  else await field.locator.selectOption({ index: 0 });
}

/**
 * Submits the form by pressing Enter in one of its text fields, as a person may, and waits for the
 * site to answer the POST it sends, so refusals read afterwards belong to this submission.
 */
export async function submitForm(page: Page, timeout: number): Promise<void> {
  const field = (await formFields(page)).find((candidate) => candidate.role === 'textbox');
  if (!field) throw new DriftError({ kind: 'label-missing', expected: 'Expected a form to submit.', actual: 'no text field to press Enter in' });
  const answered = page.waitForResponse((response) => response.request().method() === 'POST', { timeout });
  await field.locator.press('Enter');
  await answered;
}

/**
 * The message the form shows for a refused field: the field is marked invalid and described by
 * an error text (WAI-ARIA's aria-invalid and aria-describedby), or undefined when not refused.
 */
export async function refusal(control: Locator): Promise<string | undefined> {
  return control.evaluate((element) => {
    if (element.getAttribute('aria-invalid') !== 'true') return undefined;
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const described = ids
      .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    return described || (element as HTMLInputElement).validationMessage || 'marked invalid';
  });
}

/** Waits briefly for the page to mark `control` refused after a submission, and returns the reason. */
export async function waitForRefusal(control: Locator, timeout = 2_000): Promise<string | undefined> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const message = await refusal(control).catch(() => undefined);
    if (message || Date.now() > deadline) return message;
    await control.page().waitForTimeout(25);
  }
}
