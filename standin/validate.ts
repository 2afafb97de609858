import { isCountry } from './countries.js';
import type { DriftName } from './drift.js';
import type { Texts } from './i18n.js';

export interface RegistrationForm {
  first_name: string;
  last_name: string;
  email: string;
  password: string;
  password_repeat: string;
  country: string;
  agree_terms?: string;
  agree_privacy?: string;
  agree_tax?: string;
  /** The captcha's token, put in the form when its box was ticked (reCAPTCHA's own field name). */
  'g-recaptcha-response'?: string;
}

export type FieldErrors = Partial<Record<keyof RegistrationForm, string>>;

const MAX_NAME = 100;
const MAX_EMAIL = 254;
const MAX_PASSWORD = 128;
/** One @, something before it, a dotted domain after it, no spaces: what BILLmanager accepts too. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/**
 * The server's verdict on a registration: one message per refused field. `captchaPasses` is the
 * captcha provider's answer for the posted token (its `siteverify`).
 */
export function validateRegistration(
  form: RegistrationForm,
  texts: Texts,
  drift: DriftName | undefined,
  taken: (email: string) => boolean,
  captchaPasses: (response: string | undefined) => boolean,
): FieldErrors {
  const errors: FieldErrors = {};
  const name = (field: 'first_name' | 'last_name') => {
    const value = form[field].trim();
    if (!value) errors[field] = texts.errRequired;
    else if (value.length > MAX_NAME) errors[field] = texts.errTooLong;
  };
  name('first_name');
  name('last_name');
  const email = form.email.trim();
  if (!email) errors.email = texts.errRequired;
  else if (email.length > MAX_EMAIL) errors.email = texts.errTooLong;
  else if (drift !== 'email-unchecked' && !EMAIL.test(email)) errors.email = texts.errEmail;
  else if (taken(email)) errors.email = texts.errEmailTaken;
  if (!form.password) errors.password = texts.errRequired;
  else if (form.password.length > MAX_PASSWORD) errors.password = texts.errTooLong;
  else if (form.password.length < 8) errors.password = texts.errPasswordShort;
  if (form.password && form.password_repeat !== form.password) errors.password_repeat = texts.errPasswordRepeat;
  if (drift !== 'country-optional') {
    if (!form.country) errors.country = texts.errRequired;
    else if (!isCountry(form.country)) errors.country = texts.errCountry;
  } else if (form.country && !isCountry(form.country)) errors.country = texts.errCountry;
  if (form.agree_terms !== 'on') errors.agree_terms = texts.errConsent;
  // Without its own box the privacy policy cannot be accepted, so the form asks for it no more.
  if (drift !== 'consent-checkbox-gone' && drift !== 'privacy-box-merged' && form.agree_privacy !== 'on') errors.agree_privacy = texts.errConsent;
  if (form.agree_tax !== 'on') errors.agree_tax = texts.errConsent;
  if (!captchaPasses(form['g-recaptcha-response'])) errors['g-recaptcha-response'] = texts.errCaptcha;
  return errors;
}

/** Reads a form body into strings, whatever a hostile client sent. */
export function readForm(body: unknown): RegistrationForm {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof source[key] === 'string' ? (source[key] as string) : '');
  return {
    first_name: text('first_name'),
    last_name: text('last_name'),
    email: text('email'),
    password: text('password'),
    password_repeat: text('password_repeat'),
    country: text('country'),
    agree_terms: text('agree_terms') || undefined,
    agree_privacy: text('agree_privacy') || undefined,
    agree_tax: text('agree_tax') || undefined,
    'g-recaptcha-response': text('g-recaptcha-response') || undefined,
  };
}
