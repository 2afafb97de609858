import type { LinkRef } from '../../guide/types.js';
import { actionNames } from '../../locale/index.js';
import { DriftError } from '../../ui/drift-error.js';
import { fillForm, formFields, setTicked, type FormField } from '../../ui/form.js';
import { quoteList } from '../../ui/nearest.js';
import { openLink } from '../../ui/open.js';
import { movedOn, pressableNamed, pressAction } from '../../ui/press.js';
import { consentBoxes } from '../../ui/documents.js';
import { waitAtMost } from '../../ui/wait.js';
import type { StepContext } from '../define.js';
import { expectAccountForm } from './forms.js';
import { passCaptcha } from '../../ui/captcha.js';
import { ACCOUNT_MADE } from './keys.js';
import { expectMainPage } from './navigation.js';
import { readerExact } from '../../locale/typography.js';

/** A log-on form: a login (or e-mail) and one password, nothing a registration asks besides. */
function isLogOnForm(fields: FormField[]): boolean {
  const has = (concept: FormField['concept']) => fields.some((field) => field.concept === concept);
  return has('password') && (has('login') || has('email')) && !has('passwordRepeat') && !has('firstName');
}

async function logOnFormShown(context: StepContext): Promise<boolean> {
  return isLogOnForm(await formFields(context.page, { fresh: true }));
}

/**
 * Waits until the page no longer shows a field of `concept` (the form was accepted and left); a
 * page replacing itself meanwhile is looked at again.
 */
async function formGone(context: StepContext, concept: FormField['concept']): Promise<boolean> {
  const deadline = Date.now() + context.uiTimeout;
  for (;;) {
    const fields = await formFields(context.page, { fresh: true }).catch(() => undefined);
    if (fields && !fields.some((f) => f.concept === concept)) return true;
    if (Date.now() > deadline) return false;
    await context.page.waitForTimeout(100);
  }
}

/** Fills the log-on form with the persona's address and password and signs in; the form must go. */
async function signIn(context: StepContext): Promise<void> {
  const { page } = context;
  const filled = await fillForm(page, context.account, context.guide.lang);
  const before = page.url();
  await movedOn(page, before, await pressAction(page, actionNames('signIn', context.guide.lang), 'sign in', context.uiTimeout), context.uiTimeout);
  if (!(await formGone(context, 'login')) || (await logOnFormShown(context))) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: "Expected to be let in with the account's e-mail address and password.",
      actual: `the log-on form is still shown at ${page.url()}`,
    });
  }
  context.note(`signed in through ${filled.map((name) => `«${name}»`).join(', ')}`);
}

/** "Go to [the personal area](…) and log in": the log-on form takes the persona's account to the main page. */
export async function openAndLogIn(context: StepContext, link: LinkRef): Promise<void> {
  await openLink(context.page, context.target, link);
  await context.reached('opened');
  await expectLogOnForm(context);
  await signIn(context);
  await expectMainPage(context);
}

async function expectLogOnForm(context: StepContext): Promise<void> {
  const fields = await waitForFields(context);
  if (!isLogOnForm(fields)) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected a log-on form: a login (e-mail address) and a password.',
      actual: `${context.page.url()} shows the fields ${quoteList(fields.map((f) => f.name))}`,
    });
  }
}

async function waitForFields(context: StepContext): Promise<FormField[]> {
  await waitAtMost(context.page.getByRole('textbox').first().waitFor({ state: 'visible', timeout: context.uiTimeout }));
  return formFields(context.page, { fresh: true });
}

/** "You will be asked to log in to an existing account or register a new one". */
export async function expectLogOnOrRegister(context: StepContext): Promise<void> {
  await expectLogOnForm(context);
  const register = pressableNamed(context.page, actionNames('register', context.guide.lang)).first();
  if (!(await register.count())) {
    throw new DriftError({
      kind: 'label-missing',
      expected: 'Expected a way to register a new account beside the log-on form.',
      actual: 'no button or link to register',
    });
  }
  context.note(`log-on form with «${(await register.innerText()).trim()}» beside it`);
}

/** An alternative for a reader who has an account: it applies once the persona has one. */
export async function unlessAccount(context: StepContext): Promise<string | undefined> {
  return context.memory.get(ACCOUNT_MADE) ? undefined : 'the persona has no account yet';
}

/** An alternative for a reader without an account. */
export async function unlessNoAccount(context: StepContext): Promise<string | undefined> {
  return context.memory.get(ACCOUNT_MADE) ? 'the persona already has an account' : undefined;
}

/** An alternative for a reader already logged in: the site asks nobody to log on. */
export async function unlessLoggedIn(context: StepContext): Promise<string | undefined> {
  return (await logOnFormShown(context)) ? 'the persona is not logged in: the site asks to log on' : undefined;
}

/** "Log in using your e-mail and password". */
export async function logIn(context: StepContext): Promise<void> {
  await expectLogOnForm(context);
  await signIn(context);
}

/** "Complete the quick registration": the registration form, filled, accepted and sent. */
export async function quickRegistration(context: StepContext): Promise<void> {
  const { page } = context;
  const names = actionNames('register', context.guide.lang);
  const before = page.url();
  await movedOn(page, before, await pressAction(page, names, 'register', context.uiTimeout), context.uiTimeout);
  await expectAccountForm(context);
  const filled = await fillForm(page, context.account, context.guide.lang);
  for (const box of await consentBoxes(page)) await setTicked(box, true);
  const captcha = await passCaptcha(page, context.uiTimeout);
  const sent = page.url();
  await movedOn(page, sent, await pressAction(page, names, 'send the registration', context.uiTimeout), context.uiTimeout);
  if (!(await formGone(context, 'passwordRepeat'))) {
    throw new DriftError({ kind: 'claim-broken', expected: 'Expected the registration to be accepted.', actual: `the registration form is still shown at ${page.url()}` });
  }
  context.memory.set(ACCOUNT_MADE, true);
  context.note(`registered with ${filled.map((name) => `«${name}»`).join(', ')}${captcha ? `; ${captcha}` : ''}`);
}

/** "The system will take you to the order form automatically": nobody asks to log on. */
export async function expectLetThrough(context: StepContext): Promise<void> {
  if (await logOnFormShown(context)) {
    throw new DriftError({ kind: 'claim-broken', expected: 'Expected to be taken on without logging on.', actual: 'the site asks to log on' });
  }
}

/** "If you don't have an account yet, [create one](register.md)": the linked guide makes it first. */
export async function needAccount(context: StepContext, link: LinkRef): Promise<void> {
  const met = await context.establish('account', link.url);
  context.note(met.how);
}
/** "Your account has been successfully created": the new account is the one logged in. */
export async function expectLoggedIn(context: StepContext): Promise<void> {
  const shown = context.page.getByText(readerExact(context.account.email));
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

