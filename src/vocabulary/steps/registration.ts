import { DriftError } from '../../ui/drift-error.js';
import { anyLocale } from '../../locale/index.js';
import { consentBoxes, consentCheckboxes, expectDocumentOpens, findDocument } from '../../ui/documents.js';
import { conceptOfMention, type FieldConcept } from '../../ui/fields.js';
import type { Page } from '@playwright/test';
import { clearField, controlsOf, fieldFor, fillForm, formFields, setField, submitForm, waitForRefusal, type FormField } from '../../ui/form.js';
import { quoteList } from '../../ui/nearest.js';
import { press } from '../../ui/press.js';
import { isSecret, personaValue } from '../../ui/fields.js';
import type { StepContext } from '../define.js';
import { expectMainPage } from './navigation.js';

/** "You will be redirected to the account creation page": a form asking for an e-mail and a password. */
export async function expectAccountForm(context: StepContext): Promise<void> {
  const { page } = context;
  await page.getByRole('textbox').first().waitFor({ state: 'visible', timeout: context.uiTimeout }).catch(() => undefined);
  // A form drawn by the page's script may still be growing: unless the first look finds it whole
  // (both fields, every field named), look again until two looks agree, so the fields kept for
  // the next steps are the finished form's.
  const deadline = Date.now() + context.uiTimeout;
  let fields = await formFields(page, { fresh: true });
  while (lacking(fields).length || fields.some((f) => !f.name)) {
    const again = await formFields(page, { fresh: true });
    const settled = outline(again) === outline(fields) && !lacking(again).length;
    fields = again;
    if (settled || Date.now() > deadline) break;
    await page.waitForTimeout(50);
  }
  if (lacking(fields).length) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected the account creation page: a form asking for an e-mail address and a password.',
      actual: `${page.url()} shows the fields ${quoteList(fields.filter((f) => f.role !== 'checkbox').map((f) => f.name))}`,
    });
  }
  context.note(`form fields: ${fields.filter((f) => f.role !== 'checkbox').map((f) => `«${f.name}»`).join(', ')}`);
}

function outline(fields: FormField[]): string {
  return JSON.stringify(fields.map((f) => [f.role, f.name, f.concept, Math.round(f.box.top)]));
}

function lacking(fields: FormField[]): FieldConcept[] {
  return (['email', 'password'] as FieldConcept[]).filter((concept) => !fields.some((f) => f.concept === concept));
}

export async function fillContacts(context: StepContext): Promise<void> {
  await expectNoCaptcha(context);
  const filled = await fillForm(context.page, context.account, context.guide.lang);
  context.note(`filled ${filled.map((name) => `«${name}»`).join(', ')}`);
}

/** Values no site accepts as the field's answer; the form must refuse them and say why. */
const INVALID: Partial<Record<FieldConcept, string | null>> = {
  email: 'wiki@@senko',
  country: null,
  firstName: '',
  lastName: '',
  password: '',
};

/**
 * "The mandatory requirements are a valid e-mail address and the country": for each requirement,
 * break that one field, submit, and check the form refuses it with a message; then put it back.
 */
export async function checkRequired(context: StepContext, requirements: string[]): Promise<void> {
  for (const requirement of requirements) {
    const concept = conceptOfMention(requirement);
    if (!concept || !(concept in INVALID)) {
      throw new DriftError({
        kind: 'claim-broken',
        expected: `Expected to know which form field «${requirement}» means.`,
        actual: 'no field of the form matches it',
        fix: 'name the field as the form labels it',
      });
    }
    const field = await fieldFor(context.page, concept);
    const invalid = INVALID[concept];
    if (invalid === null || invalid === undefined) await clearField(field);
    else await setField(field, invalid);
    await submitForm(context.page, context.uiTimeout);
    await expectStillOnForm(context, requirement);
    const message = await waitForRefusal(field);
    if (!message) {
      throw new DriftError({
        kind: 'claim-broken',
        expected: `Expected the form to refuse ${invalid ? `«${invalid}» as` : 'an empty'} «${field.name}», since the guide says «${requirement}» is required.`,
        actual: 'the form accepted it without a word',
        fix: `remove «${requirement}» from the guide's requirements if it is no longer required`,
      });
    }
    context.note(`«${field.name}» refused: ${message}`);
    await setField(field, personaValue(context.account, concept, context.guide.lang), isSecret(concept));
  }
  // A site that reloads the form on refusal loses what was typed (passwords always); the reader
  // then fills it in again.
  if (await emptiedFields(context.page)) await fillForm(context.page, context.account, context.guide.lang);
}

/** Whether a field the persona fills stands empty; read in the page, so no secret comes back. */
async function emptiedFields(page: Page): Promise<boolean> {
  const fields = await formFields(page);
  const empty = await controlsOf(page).evaluateAll((elements) => elements.map((el) => 'value' in el && (el as HTMLInputElement).value === ''));
  return fields.some((field) => field.concept && empty[field.index]);
}

async function expectStillOnForm(context: StepContext, requirement: string): Promise<void> {
  const fields = await formFields(context.page);
  if (!fields.some((field) => field.concept === 'email')) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected the form to refuse registration without a valid «${requirement}».`,
      actual: `the form was accepted and the browser went on to ${context.page.url()}`,
    });
  }
}

/** "Review the attached documents – terms of use and privacy policy": each is linked and opens. */
export async function reviewDocuments(context: StepContext, names: string[]): Promise<void> {
  const documents = [];
  for (const name of names) {
    const document = await findDocument(context.page, name, context.uiTimeout);
    await expectDocumentOpens(context.page.request, document);
    documents.push({ name, text: document.text });
    context.note(`«${name}»: ${document.href} opens`);
  }
  context.memory.documents = documents;
}

/**
 * "Accept the terms": registering without them is refused; then every consent box is ticked. The
 * boxes are the ones beside the reviewed documents' texts, or every consent box of the form when
 * the guide named no documents before.
 */
export async function acceptTerms(context: StepContext): Promise<void> {
  const { page } = context;
  const documents = context.memory.documents ?? [];
  const boxes: Array<{ name: string; box: FormField }> = [];
  const found = documents.length ? await consentCheckboxes(page, documents) : [];
  for (const [i, document] of documents.entries()) {
    const box = found[i];
    if (!box) {
      const names = (await consentBoxes(page)).map((b) => b.name);
      throw new DriftError({
        kind: 'label-missing',
        expected: `Expected a checkbox to accept «${document.name}».`,
        actual: `the form's checkboxes are ${quoteList(names)}`,
      });
    }
    boxes.push({ name: document.name, box });
  }
  if (!documents.length) for (const box of await consentBoxes(page)) boxes.push({ name: box.name, box });
  if (!boxes.length) {
    throw new DriftError({ kind: 'claim-broken', expected: 'Expected terms to accept.', actual: 'no documents were found on the form' });
  }
  for (const { box } of boxes) await box.locator.setChecked(false);
  await submitForm(page, context.uiTimeout);
  await expectStillOnForm(context, boxes.map((b) => b.name).join(' / '));
  for (const { name, box } of boxes) {
    const message = await waitForRefusal(box);
    if (!message) {
      throw new DriftError({
        kind: 'claim-broken',
        expected: `Expected registration to be refused until «${name}» is accepted.`,
        actual: 'the form did not object to the unticked box',
      });
    }
    await box.locator.check();
    context.note(`ticked the box for «${name}» (refused without it: ${message})`);
  }
}

/** "After clicking «Register» you will be redirected to the main page". */
export async function registerAndLand(context: StepContext, label: string): Promise<void> {
  await expectNoCaptcha(context);
  await press(context.page, label, context.uiTimeout);
  await expectMainPage(context);
}

/** "Your account has been successfully created": the new account is the one logged in. */
export async function expectLoggedIn(context: StepContext): Promise<void> {
  const shown = context.page.getByText(context.account.email, { exact: true });
  try {
    await shown.first().waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    throw new DriftError({
      kind: 'claim-broken',
      expected: "Expected the new account to be logged in, its e-mail address shown on the page.",
      actual: `${context.page.url()} does not show the account's address`,
    });
  }
  context.note('the account is logged in and its address is shown');
}

/** A captcha cannot be solved by a test: say what to do instead of timing out. */
async function expectNoCaptcha(context: StepContext): Promise<void> {
  const words = anyLocale('captcha');
  const captcha = context.page.getByTitle(words).or(context.page.getByRole('checkbox', { name: words }));
  if (await captcha.count()) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected a registration form a test can submit.',
      actual: 'the form shows a captcha',
      fix: 'run against a staging instance configured with the captcha provider\'s test keys (see README, "Real target")',
    });
  }
}
