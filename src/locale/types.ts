import type { GuideLanguage } from '../guide/types.js';

/**
 * The kinds of form field the engine knows: what the persona types into each lives in its
 * Persona, how each is named on a page in the locales. `login` is the log-on form's name for the
 * e-mail address; `ptr` is a field the guides call optional, so the persona leaves it empty.
 */
export type FieldKind =
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'login'
  | 'password'
  | 'passwordRepeat'
  | 'country'
  | 'subject'
  | 'message'
  | 'ptr';

/** Groups of choices (radio buttons, tiles) the persona picks one of. */
export type ChoiceKind = 'department' | 'priority' | 'os' | 'paymentMethod';

/** Actions a reader recognises whatever the button is called; the guide may not quote them. */
export type ActionKind = 'register' | 'signIn' | 'confirm' | 'send' | 'pay' | 'order' | 'copy';

/** Words of the persona in one language: what it writes into fields and which choices it makes. */
export interface PersonaWords {
  subject: string;
  /** Markdown: one word in bold, so a check can see the markup rendered. */
  message: string;
  /** The bold word of the message, as the rendered text shows it. */
  messageBold: string;
  choices: Record<ChoiceKind, string>;
  /** The plan it orders from a catalogue of plans. */
  plan: string;
  /** The country of its account, as this language names it. */
  country: string;
}

/** How a guide words a wait ("в течение пары минут", "within 120 seconds"). */
export interface TimeWords {
  /** The phrases a `{duration}` parameter matches, without anchors. */
  phrases: RegExp;
  /** Numbers written as words. */
  numbers: Record<string, number>;
  /** A phrase meaning one unit ("минуты", "a minute"). */
  one: RegExp;
  seconds: RegExp;
  hours: RegExp;
}

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
  /** A group of choices' visible name, per kind. */
  choiceNames: Record<ChoiceKind, RegExp>;
  /** Words too common to tell one document from another ("the", "для"). */
  stopWords: readonly string[];
  /** Names of the checkbox or frame a captcha shows. */
  captcha: RegExp;
  /**
   * What a page's title or heading says when the page a link leads to is missing, though the
   * server answers 200 ("Page not found", «Страница не найдена», 404).
   */
  pageNotFound: RegExp;
  /** The top heading of a client area's main page. */
  mainPageHeadings: readonly string[];
  /** Names of a region that holds notifications. */
  notificationRegion: RegExp;
  /** What a page offering files to attach says where the file chooser opens. */
  attachFiles: RegExp;
  /** A service's status once it is ready to use, and once it failed. */
  serviceStatus: { ready: RegExp; failed: RegExp };
  /**
   * Button and link names of each action, as a reader knows them: a step presses one when the
   * guide names the action but quotes no label; when a label the guide quotes is gone, a
   * candidate of the same group is its clear successor (a proposal only; the drift is still
   * reported).
   */
  actions: Record<ActionKind, readonly string[]>;
  /** Words that end with a full stop without ending the sentence (lower case, without the stop). */
  abbreviations: readonly string[];
  /** Words joining the last item of a list ("и", "and"), and articles before an item ("the"). */
  listWords: { and: readonly string[]; articles: readonly string[] };
  time: TimeWords;
  /** How a guide marks a parameter optional, after its name: "PTR запись (необязательно)". */
  optionalMark: RegExp;
  /** The guide that makes an account for the persona, as a guide would link it (`/ru/client-area/register`), resolved like any link between guides. */
  accountGuide: string;
  persona: PersonaWords;
}
