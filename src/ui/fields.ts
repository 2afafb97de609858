import type { Account } from '../config/account.js';
import type { GuideLanguage } from '../guide/types.js';

export type FieldConcept = 'firstName' | 'lastName' | 'email' | 'password' | 'passwordRepeat' | 'country';

/**
 * How people recognise a form field by its label, in the guides' languages. Order matters: the
 * repeated password is tried before the password. These are the words a reader relies on when a
 * guide says "fill in all contact information" without naming the fields.
 */
const FIELD_NAMES: ReadonlyArray<readonly [FieldConcept, RegExp]> = [
  ['passwordRepeat', /(пароль\s+ещ[её]\s+раз|повтор\w*\s+парол|re-?enter|repeat|confirm)/iu],
  ['password', /(пароль|password)/iu],
  ['email', /(e-?mail|эл\.?\s*почт|электронн\w+\s+почт)/iu],
  ['firstName', /^\s*(имя|first\s*name|given\s*name|name)(?!\p{L})/iu],
  ['lastName', /^\s*(фамилия|last\s*name|surname|family\s*name)/iu],
  ['country', /(страна|country)/iu],
];

/** How a guide's sentence names a field: "e-mail адрес", "страна аккаунта", "the country". */
const MENTIONS: ReadonlyArray<readonly [FieldConcept, RegExp]> = [
  ['email', /(e-?mail|почт)/iu],
  ['country', /(стран|country)/iu],
  ['password', /(парол|password)/iu],
  ['firstName', /(имя|first name)/iu],
  ['lastName', /(фамил|last name)/iu],
];

export function conceptOfLabel(label: string): FieldConcept | undefined {
  return FIELD_NAMES.find(([, pattern]) => pattern.test(label))?.[0];
}

export function conceptOfMention(words: string): FieldConcept | undefined {
  return MENTIONS.find(([, pattern]) => pattern.test(words))?.[0];
}

/** What the persona types into a field, or picks from a list. */
export function personaValue(account: Account, concept: FieldConcept, lang: GuideLanguage): string {
  switch (concept) {
    case 'firstName':
      return account.firstName;
    case 'lastName':
      return account.lastName;
    case 'email':
      return account.email;
    case 'password':
    case 'passwordRepeat':
      return account.password;
    case 'country':
      return account.country.names[lang];
  }
}

export function isSecret(concept: FieldConcept): boolean {
  return concept === 'password' || concept === 'passwordRepeat';
}

/** A label marks a required field with a trailing asterisk, as BILLmanager and most sites do. */
export function looksRequired(label: string): boolean {
  return /\*\s*$/.test(label);
}
