import { fileURLToPath } from 'node:url';
import { DriftError } from '../../ui/drift-error.js';
import { actionNames, choiceKindOf, kindOfName, localeOf, OPTIONAL_MARK } from '../../locale/index.js';
import { attachFile } from '../../ui/attach.js';
import { besideText } from '../../ui/beside.js';
import { passCaptcha } from '../../ui/captcha.js';
import { choiceGroup, choiceGroups, choose } from '../../ui/choices.js';
import { consentBoxes, consentCheckboxes } from '../../ui/documents.js';
import { conceptOfMention, type FieldConcept } from '../../ui/fields.js';
import type { Page, Request } from '@playwright/test';
import { clearField, controlsOf, fieldFor, fillForm, formFields, setField, setTicked, submitForm, untick, waitForRefusal, type FormField, type Submission } from '../../ui/form.js';
import { quoteList } from '../../ui/nearest.js';
import { press, pressableNamed, pressAction } from '../../ui/press.js';
import { isSecret, looksRequired, personaValue } from '../../ui/fields.js';
import { waitAtMost } from '../../ui/wait.js';
import type { StepContext } from '../define.js';
import { ACCOUNT_MADE, DOCUMENTS, MAIL_REQUESTED_AT, SENT, SENT_AT } from './keys.js';
import { expectMainPage } from './navigation.js';
import { readerExact } from '../../locale/typography.js';
import { pressUntilSomethingHappens } from '../../ui/effect.js';

/** "You will be redirected to the account creation page": a form asking for an e-mail and a password. */
export async function expectAccountForm(context: StepContext): Promise<void> {
  const { page } = context;
  await waitAtMost(page.getByRole('textbox').first().waitFor({ state: 'visible', timeout: context.uiTimeout }));
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
    const submission = await submitForm(context.page, context.uiTimeout);
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
    context.note(`«${field.name}» refused: ${message}${heldBackNote(submission)}`);
    const value = personaValue(context.account, concept, context.guide.lang);
    if (value !== undefined) await setField(field, value, isSecret(concept));
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

function heldBackNote(submission: Submission): string {
  return submission === 'held back' ? '; the form sent nothing, its submit button disabled' : '';
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

/**
 * "Accept the terms": registering without them is refused; then every consent the form requires
 * is given, each box once, as a person accepting the form does. The boxes beside the reviewed
 * documents' texts must each be refused while unticked; any other box the form marks required (a
 * confirmation, such as that of the country of tax residency) is ticked too. Without documents
 * named before, every consent box is one to accept. Last, the form's captcha («I'm not a robot»)
 * is ticked, if it has one: a captcha that asks for a challenge instead could not be verified.
 */
export async function acceptTerms(context: StepContext): Promise<void> {
  const { page } = context;
  const documents = context.memory.get(DOCUMENTS) ?? [];
  const boxes: Array<{ name: string; box: FormField; ticked?: boolean }> = [];
  const found = documents.length ? await consentCheckboxes(page, documents) : [];
  for (const [i, document] of documents.entries()) {
    const consent = found[i];
    if (!consent.box) {
      throw new DriftError({
        kind: 'label-missing',
        expected: `Expected a checkbox to accept «${document.name}».`,
        actual: consent.beside
          ? `its text stands beside the box that accepts «${consent.beside}», and has no box of its own`
          : `the form's checkboxes are ${quoteList((await consentBoxes(page)).map((b) => b.name))}`,
      });
    }
    boxes.push({ name: document.name, box: consent.box, ticked: consent.ticked });
  }
  const consents = await consentBoxes(page);
  if (!documents.length) for (const box of consents) boxes.push({ name: box.name, box });
  if (!boxes.length) {
    throw new DriftError({ kind: 'claim-broken', expected: 'Expected terms to accept.', actual: 'no documents were found on the form' });
  }
  // The other consents the form requires, each box once (a document's box is not ticked twice).
  const required = consents.filter((field) => looksRequired(field.name) && !boxes.some(({ box }) => box.index === field.index));
  await untick(page, boxes);
  const submission = await submitForm(page, context.uiTimeout);
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
    await setTicked(box, true);
    context.note(`ticked the box for «${name}» (refused without it: ${message}${heldBackNote(submission)})`);
  }
  for (const field of required) {
    await setTicked(field, true);
    context.note(`ticked «${field.name}», which the form requires too`);
  }
  const captcha = await passCaptcha(page, context.uiTimeout);
  if (captcha) context.note(captcha);
}

/**
 * "After clicking «Register» you will be redirected to the main page". A captcha the form reset
 * since it was ticked (as some do after a refusal) is ticked again first, as a person would.
 */
export async function registerAndLand(context: StepContext, label: string): Promise<void> {
  const captcha = await passCaptcha(context.page, context.uiTimeout);
  if (captcha) context.note(captcha);
  await press(context.page, label, context.uiTimeout);
  await expectMainPage(context);
  context.memory.set(ACCOUNT_MADE, true);
}

/** The file the persona attaches where a guide says to attach files. */
const ATTACHMENT = fileURLToPath(new URL('../../../fixtures/persona/details.txt', import.meta.url));

/**
 * Waits until the page shows a form with a field of each of `concepts`: the form a press opened,
 * drawn whole. Its components may be drawn one by one (a text area before the field above it),
 * so one of them shown says nothing of the others.
 */
async function waitForForm(context: StepContext, concepts: FieldConcept[]): Promise<FormField[]> {
  const deadline = Date.now() + context.uiTimeout;
  for (;;) {
    const fields = await formFields(context.page, { fresh: true });
    if (concepts.every((concept) => fields.some((f) => f.concept === concept)) || Date.now() > deadline) return fields;
    await context.page.waitForTimeout(100);
  }
}

/** Picks the persona's choice in every group of choices the locale knows (department, priority, …). */
async function makeChoices(context: StepContext): Promise<Record<string, string>> {
  const made: Record<string, string> = {};
  const wanted = localeOf(context.guide.lang).persona.choices;
  for (const group of await choiceGroups(context.page)) {
    if (!group.kind) continue;
    made[group.kind] = await choose(group, wanted[group.kind]);
  }
  return made;
}

/**
 * "Give the subject, describe the situation in detail and attach files if needed": the persona's
 * subject and message (Markdown), its choices, and a file through the file chooser.
 */
export async function describeRequest(context: StepContext): Promise<void> {
  const fields = await waitForForm(context, ['subject', 'message']);
  for (const concept of ['subject', 'message'] as const) {
    if (!fields.some((f) => f.concept === concept)) {
      throw new DriftError({
        kind: 'label-missing',
        expected: `Expected the form to ask for the request's ${concept}.`,
        actual: `its fields are ${quoteList(fields.map((f) => f.name))}`,
      });
    }
  }
  const filled = await fillForm(context.page, context.account, context.guide.lang);
  const choices = await makeChoices(context);
  const offer = await attachFile(context.page, ATTACHMENT, context.uiTimeout);
  const words = localeOf(context.guide.lang).persona;
  context.memory.set(SENT, { subject: words.subject, choices, markdown: words.messageBold });
  context.note(`filled ${filled.map((n) => `«${n}»`).join(', ')}; chose ${Object.values(choices).map((c) => `«${c}»`).join(', ') || 'nothing'}; attached a file through «${offer}»`);
}

/** The messages the page shows for refused fields, to say why a form was not accepted. */
async function refusals(page: Page): Promise<string[]> {
  const alerts = await page.getByRole('alert').filter({ visible: true }).allInnerTexts().catch(() => []);
  return alerts.map((text) => text.trim()).filter(Boolean);
}

/** Presses the form's button for `action` and waits to leave the form; a refusal is drift. */
async function submitWith(context: StepContext, action: 'send' | 'pay', what: string): Promise<void> {
  const { page } = context;
  const before = page.url();
  await pressAction(page, actionNames(action, context.guide.lang), what, context.uiTimeout);
  try {
    await page.waitForURL((url) => url.href !== before, { timeout: context.uiTimeout, waitUntil: 'domcontentloaded' });
  } catch {
    const messages = await refusals(page);
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected the form to be accepted (${what}).`,
      actual: messages.length ? `the form refused it: ${quoteList(messages)}` : `the page stayed at ${page.url()}`,
    });
  }
}

/** "After filling in all fields, send the request": it is accepted and listed under its subject. */
export async function sendRequest(context: StepContext): Promise<void> {
  await submitWith(context, 'send', 'send the request');
  const subject = context.memory.get(SENT)?.subject;
  if (subject) {
    const listed = context.page.getByText(readerExact(subject)).filter({ visible: true }).first();
    try {
      await listed.waitFor({ state: 'visible', timeout: context.uiTimeout });
    } catch {
      throw new DriftError({ kind: 'claim-broken', expected: `Expected the sent request «${subject}» to be listed.`, actual: `${context.page.url()} does not show it` });
    }
  }
  context.memory.set(SENT_AT, context.page.url());
  context.note(`sent; listed as «${subject}»`);
}

/**
 * "Fill out the order form, specifying parameters such as the operating system and the PTR
 * record (optional)": each named parameter is found on the form; the persona's choice is made, an
 * optional one is left empty and must not be marked required.
 */
export async function fillOrderForm(context: StepContext, mentions: string[]): Promise<void> {
  const { page } = context;
  const fields = await waitForForm(context, ['ptr']);
  const done: string[] = [];
  for (const mention of mentions) {
    const optional = OPTIONAL_MARK.test(mention);
    const words = mention.replace(OPTIONAL_MARK, '');
    const choiceKind = choiceKindOf(words);
    if (choiceKind) {
      const group = await choiceGroup(page, choiceKind, `«${words}»`);
      if (!optional) done.push(`«${await choose(group, localeOf(context.guide.lang).persona.choices[choiceKind])}»`);
      continue;
    }
    const concept = kindOfName(words);
    const field = concept && fields.find((f) => f.concept === concept);
    if (!field) {
      throw new DriftError({
        kind: 'label-missing',
        expected: `Expected the order form to have «${words}».`,
        actual: `its fields are ${quoteList(fields.map((f) => f.name))}`,
      });
    }
    if (optional) {
      const required = looksRequired(field.name) || (await field.locator.evaluate((el) => (el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true'));
      if (required) {
        throw new DriftError({
          kind: 'claim-broken',
          expected: `Expected «${field.name}» to be optional, as the guide says.`,
          actual: 'the form marks it required',
          fix: `remove "(optional)" after «${words}» in the guide`,
        });
      }
      done.push(`«${field.name}» left empty (optional)`);
    }
  }
  await fillForm(page, context.account, context.guide.lang).catch((error) => {
    // An order form may have no text field besides the optional ones.
    if (!(error instanceof DriftError) || error.details.kind !== 'label-missing') throw error;
  });
  context.note(done.join('; '));
}

/** "Choose a payment method, pay and complete the order": the order is paid with the persona's method. */
export async function payOrder(context: StepContext): Promise<void> {
  const { page } = context;
  const method = localeOf(context.guide.lang).persona.choices.paymentMethod;
  await submitWith(context, 'pay', 'pay for the order');
  await context.reached('opened');
  const name = page.getByText(readerExact(method)).filter({ visible: true }).first();
  try {
    await name.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch {
    const buttons = await page.getByRole('heading').filter({ visible: true }).allInnerTexts().catch(() => []);
    throw new DriftError({ kind: 'label-missing', expected: `Expected the payment method «${method}».`, actual: `the page shows ${quoteList(buttons.map((b) => b.trim()))}` });
  }
  // The method's own button: «Pay» on a list of methods, «Select» on cards that lead on to paying.
  const pay = await besideText(name, pressableNamed(page, [...actionNames('pay', context.guide.lang), ...actionNames('choose', context.guide.lang)]));
  if (!pay) throw new DriftError({ kind: 'label-missing', expected: `Expected a button to pay with «${method}».`, actual: 'no pay button beside it' });
  const before = page.url();
  context.memory.set(MAIL_REQUESTED_AT, new Date(Date.now() - 1000));
  await pressUntilSomethingHappens(pay, context.uiTimeout);
  await page.waitForURL((url) => url.href !== before, { timeout: context.uiTimeout, waitUntil: 'domcontentloaded' }).catch(async () => {
    const messages = await refusals(page);
    throw new DriftError({ kind: 'claim-broken', expected: `Expected the payment with «${method}» to complete.`, actual: messages.length ? quoteList(messages) : `the page stayed at ${page.url()}` });
  });
  context.note(`paid with «${method}»; now at ${page.url()}`);
}

/** Pauses before pressing again a button whose press sent nothing yet (handlers bound late). */
const RESEND_PAUSES_MS = [500, 1_000, 2_000, 4_000] as const;

/**
 * "Click «Ok» at the bottom of the page to save and confirm the changes": the press sends the form
 * and the site takes it; a refusal it shows is what the page has instead. A press that sent
 * nothing (a page that binds its buttons late, yet changed something else) is pressed again, as a
 * person presses again when nothing seems saved.
 */
export async function saveChanges(context: StepContext, label: string): Promise<void> {
  const { page } = context;
  const posts: Request[] = [];
  const onRequest = (request: Request) => {
    if (request.method() === 'POST') posts.push(request);
  };
  page.on('request', onRequest);
  try {
    const pressed = await press(page, label, context.uiTimeout);
    for (const pause of RESEND_PAUSES_MS) {
      if (posts.length) break;
      await page.waitForTimeout(pause);
      if (posts.length || !(await pressed.count())) break;
      await pressed.click({ timeout: context.uiTimeout });
    }
  } finally {
    page.off('request', onRequest);
  }
  const response = posts.length ? await posts[0].response() : null;
  if (!response) throw new DriftError({ kind: 'claim-broken', expected: `Expected «${label}» to send the changes to the site.`, actual: posts.length ? 'the site never answered' : 'pressing it sent nothing' });
  await waitAtMost(page.waitForLoadState('domcontentloaded'));
  if (response.status() >= 400) {
    const alerts = (await page.getByRole('alert').filter({ visible: true }).allInnerTexts().catch(() => [])).map((text) => text.trim()).filter(Boolean);
    throw new DriftError({ kind: 'claim-broken', expected: `Expected the site to save the changes on «${label}».`, actual: alerts.length ? `it refused them: ${quoteList(alerts)}` : `it answered HTTP ${response.status()}` });
  }
  context.note(`pressed «${label}»: the site saved the changes (HTTP ${response.status()})`);
}
