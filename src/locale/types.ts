import type { GuideLanguage } from '../guide/types.js';

/** The kinds of form field the persona has a value for. */
export type FieldKind = 'firstName' | 'lastName' | 'email' | 'password' | 'passwordRepeat' | 'country';

/**
 * What the engine knows of one language: the words a reader relies on to recognise things the
 * guide does not quote. Patterns are Unicode-aware (`u` flag, `\p{L}`), never `\w`, which only
 * knows Latin letters.
 */
export interface Locale {
  lang: GuideLanguage;
  /** A field's visible name, per kind. */
  fieldNames: Partial<Record<FieldKind, RegExp>>;
  /** How a guide's sentence mentions a field: "e-mail адрес", "страна аккаунта", "the country". */
  fieldMentions: Partial<Record<FieldKind, RegExp>>;
  /** Words too common to tell one document from another ("the", "для"). */
  stopWords: readonly string[];
  /** Names of the checkbox or frame a captcha shows. */
  captcha: RegExp;
  /** The top heading of a client area's main page. */
  mainPageHeadings: readonly string[];
  /** Names of a region that holds notifications. */
  notificationRegion: RegExp;
  /**
   * Button and link names that mean the same action, as a reader knows them: when a label the
   * guide quotes is gone, a candidate of the same group is its clear successor (a proposal only;
   * the drift is still reported).
   */
  sameAction: ReadonlyArray<readonly string[]>;
}
