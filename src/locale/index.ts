import type { GuideLanguage } from '../guide/types.js';
import { en } from './en.js';
import { ru } from './ru.js';
import type { FieldKind, Locale } from './types.js';

export type { FieldKind, Locale } from './types.js';

/** Every language the engine knows; adding one is adding a module here. */
const LOCALES: Readonly<Record<GuideLanguage, Locale>> = { ru, en };

/**
 * The kinds in the order they are tried: the repeated password before the password, since
 * "Re-enter the password" names both.
 */
const FIELD_KINDS: readonly FieldKind[] = ['passwordRepeat', 'password', 'email', 'firstName', 'lastName', 'country'];

/**
 * The kind a field's visible name says, in any known language: a page may speak another language
 * than the guide read against it.
 */
export function kindOfName(name: string): FieldKind | undefined {
  return FIELD_KINDS.find((kind) => Object.values(LOCALES).some((l) => l.fieldNames[kind]?.test(name)));
}

/** The kind a guide's words mention ("e-mail адрес", "the country"). */
export function kindOfMention(words: string): FieldKind | undefined {
  const order: FieldKind[] = ['email', 'country', 'password', 'firstName', 'lastName'];
  return order.find((kind) => Object.values(LOCALES).some((l) => l.fieldMentions[kind]?.test(words)));
}

/** Any language's word for `what`, as one pattern. */
export function anyLocale(what: 'captcha' | 'notificationRegion'): RegExp {
  return new RegExp(Object.values(LOCALES).map((l) => l[what].source).join('|'), 'iu');
}

export const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(LOCALES).flatMap((l) => l.stopWords));

/** The top headings of a main page in any known language. */
export const MAIN_PAGE_HEADINGS: readonly string[] = Object.values(LOCALES).flatMap((l) => l.mainPageHeadings);

/** Whether two button or link names mean the same action in any known language. */
export function sameAction(a: string, b: string): boolean {
  const key = (name: string) => name.trim().toLocaleLowerCase();
  return Object.values(LOCALES).some((l) => l.sameAction.some((group) => group.some((n) => key(n) === key(a)) && group.some((n) => key(n) === key(b))));
}
