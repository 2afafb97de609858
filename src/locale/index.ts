import type { GuideLanguage } from '../guide/types.js';
import { en } from './en.js';
import { ru } from './ru.js';
import type { ActionKind, ChoiceKind, FieldKind, Locale } from './types.js';

export type { ActionKind, ChoiceKind, FieldKind, Locale, PersonaWords, TimeWords } from './types.js';

/** Every language the engine knows; adding one is adding a module here. */
const LOCALES: Readonly<Record<GuideLanguage, Locale>> = { ru, en };

export function localeOf(lang: GuideLanguage): Locale {
  return LOCALES[lang];
}

/**
 * The kinds in the order they are tried: the repeated password before the password, since
 * "Re-enter the password" names both.
 */
const FIELD_KINDS: readonly FieldKind[] = ['passwordRepeat', 'password', 'email', 'login', 'firstName', 'lastName', 'country', 'subject', 'message', 'ptr'];

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

/** The kind of a group of choices from its visible name, in any known language. */
export function choiceKindOf(name: string): ChoiceKind | undefined {
  const kinds = Object.keys(ru.choiceNames) as ChoiceKind[];
  return kinds.find((kind) => Object.values(LOCALES).some((l) => l.choiceNames[kind].test(name)));
}

/**
 * Any language's word for `what`, as one pattern. A page may speak another language than the
 * guide: a web server's own "Not Found" page answers a Russian guide's link too.
 */
export function anyLocale(what: 'captcha' | 'notificationRegion' | 'attachFiles' | 'pageNotFound'): RegExp {
  return new RegExp(Object.values(LOCALES).map((l) => l[what].source).join('|'), 'iu');
}

/** A service status in any known language. */
export function anyStatus(which: 'ready' | 'failed'): RegExp {
  return new RegExp(Object.values(LOCALES).map((l) => l.serviceStatus[which].source).join('|'), 'iu');
}

/** The names of an action, in the guide's language first, then in the others (a page may speak another). */
export function actionNames(kind: ActionKind, lang: GuideLanguage): string[] {
  const others = Object.values(LOCALES).filter((l) => l.lang !== lang);
  return [...new Set([...LOCALES[lang].actions[kind], ...others.flatMap((l) => l.actions[kind])])];
}

export const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(LOCALES).flatMap((l) => l.stopWords));

/** The top headings of a main page in any known language. */
export const MAIN_PAGE_HEADINGS: readonly string[] = Object.values(LOCALES).flatMap((l) => l.mainPageHeadings);

/** Whether two button or link names mean the same action in any known language. */
export function sameAction(a: string, b: string): boolean {
  const key = (name: string) => name.trim().toLocaleLowerCase();
  return Object.values(LOCALES).some((l) =>
    Object.values(l.actions).some((group) => group.some((n) => key(n) === key(a)) && group.some((n) => key(n) === key(b))),
  );
}

/** A field's visible name of `kind` in any known language, as one pattern. */
export function anyFieldName(kind: FieldKind): RegExp {
  return new RegExp(Object.values(LOCALES).flatMap((l) => (l.fieldNames[kind] ? [l.fieldNames[kind].source] : [])).join('|'), 'iu');
}

/** Every known language's words that end with a stop without ending the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(Object.values(LOCALES).flatMap((l) => l.abbreviations));

/** Every known language's way of writing a wait, for the `{duration}` parameter. */
export const TIME_WORDS: readonly Locale['time'][] = Object.values(LOCALES).map((l) => l.time);

/** How a list's last item is joined, and the articles before items, in any known language. */
export const LIST_WORDS = {
  and: Object.values(LOCALES).flatMap((l) => l.listWords.and),
  articles: Object.values(LOCALES).flatMap((l) => l.listWords.articles),
} as const;

/** A parameter marked optional after its name, in any known language. */
export const OPTIONAL_MARK = new RegExp(Object.values(LOCALES).map((l) => l.optionalMark.source).join('|'), 'iu');
