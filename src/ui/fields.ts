import type { Account } from '../config/account.js';
import type { GuideLanguage } from '../guide/types.js';
import { kindOfMention, kindOfName, localeOf, type FieldKind } from '../locale/index.js';

export type FieldConcept = FieldKind;

/** What a browser's autofill reads of a control to decide which saved value goes into it. */
export interface AutofillHints {
  type?: string;
  autocomplete?: string;
  /** The control's `name` attribute, the identifier the site submits the value under. */
  name?: string;
}

/** WHATWG autofill field names, as browsers fill them. */
const AUTOCOMPLETE: Readonly<Record<string, FieldKind>> = {
  'given-name': 'firstName',
  'family-name': 'lastName',
  email: 'email',
  'new-password': 'password',
  'current-password': 'password',
  country: 'country',
  'country-name': 'country',
  username: 'login',
};

/** The submitted names sites conventionally give these fields, as password managers read them. */
const SUBMITTED_NAMES: ReadonlyArray<readonly [FieldKind, RegExp]> = [
  ['passwordRepeat', /pass.*(?:repeat|confirm|again|2)|(?:repeat|confirm|re).*pass/i],
  ['password', /pass/i],
  ['email', /e-?mail/i],
  ['firstName', /first.?name|given.?name|fname/i],
  ['lastName', /last.?name|family.?name|surname|lname/i],
  ['country', /country/i],
  ['subject', /subject|title/i],
  ['message', /message|body|text/i],
];

/** A field's kind from its visible name, as a reader tells, in any known language. */
function conceptOfLabel(label: string): FieldConcept | undefined {
  return kindOfName(label);
}

/** A field's kind from what a browser's autofill reads, when its name tells nothing. */
function conceptOfHints(hints: AutofillHints): FieldConcept | undefined {
  const tokens = (hints.autocomplete ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const fromAutocomplete = tokens.map((token) => AUTOCOMPLETE[token]).find(Boolean);
  if (fromAutocomplete) return fromAutocomplete;
  const type = (hints.type ?? '').toLowerCase();
  const fromName = hints.name ? SUBMITTED_NAMES.find(([, pattern]) => pattern.test(hints.name ?? ''))?.[0] : undefined;
  if (type === 'password') return fromName === 'passwordRepeat' ? fromName : 'password';
  if (type === 'email') return 'email';
  return fromName;
}

/** The kind of a field: its visible name first, then its autofill hints. */
export function conceptOf(label: string, hints: AutofillHints): FieldConcept | undefined {
  return conceptOfLabel(label) ?? conceptOfHints(hints);
}

/**
 * Two password fields on a form: the second a reader meets (below, or to the right) asks for the
 * same password again, whatever the order of the markup.
 */
export function withPasswordRepeat<T extends { concept?: FieldConcept; box: { top: number; left: number } }>(fields: T[]): T[] {
  if (fields.some((field) => field.concept === 'passwordRepeat')) return fields;
  const passwords = fields.filter((field) => field.concept === 'password');
  if (passwords.length !== 2) return fields;
  const [, second] = passwords.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
  second.concept = 'passwordRepeat';
  return fields;
}

export function conceptOfMention(words: string): FieldConcept | undefined {
  return kindOfMention(words);
}

/**
 * What the persona types into a field, or picks from a list; undefined for a field it leaves
 * empty (one the guides call optional). Words come from the guide's locale.
 */
export function personaValue(account: Account, concept: FieldConcept, lang: GuideLanguage): string | undefined {
  const words = localeOf(lang).persona;
  const values: Record<FieldConcept, string | undefined> = {
    firstName: account.firstName,
    lastName: account.lastName,
    email: account.email,
    login: account.email,
    password: account.password,
    passwordRepeat: account.password,
    country: words.country,
    subject: words.subject,
    message: words.message,
    ptr: undefined,
  };
  return values[concept];
}

/**
 * Kinds a person picks from the site's list rather than types (a country's official name is the
 * site's to spell), even where the field takes typing to narrow the list.
 */
const CHOSEN_FROM_A_LIST: ReadonlySet<FieldConcept> = new Set(['country']);

export function isChosenFromList(concept: FieldConcept): boolean {
  return CHOSEN_FROM_A_LIST.has(concept);
}

export function isSecret(concept: FieldConcept): boolean {
  return concept === 'password' || concept === 'passwordRepeat';
}

/** A label marks a required field with a trailing asterisk, as BILLmanager and most sites do. */
export function looksRequired(label: string): boolean {
  return /\*\s*$/.test(label);
}
