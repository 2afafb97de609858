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
export type ActionKind = 'register' | 'signIn' | 'confirm' | 'send' | 'pay' | 'order' | 'choose' | 'copy';

/**
 * What a guide's sentence can speak of, whatever its language: the engine understands a sentence
 * by the concepts its words name, so a writer's synonym is a word added to a locale, not code.
 * `action`s are what a reader does or sees happen, `element`s what the UI shows, `field`s what a
 * form asks or a page shows in one, `thing`s what the client area is about, `marker`s the words
 * that turn a sentence (negation, a condition). A sentence naming an action, an element or a field
 * is never prose by rule.
 */
export const CONCEPTS = {
  // Actions.
  press: 'action', go: 'action', choose: 'action', find: 'action', open: 'action', see: 'action', redirect: 'action',
  logIn: 'action', register: 'action', create: 'action', fill: 'action', enter: 'action', describe: 'action',
  attach: 'action', send: 'action', review: 'action', accept: 'action', confirm: 'action', pay: 'action', complete: 'action',
  receive: 'action', copy: 'action', share: 'action', setUp: 'action', contact: 'action', follow: 'action',
  recommend: 'action', earn: 'action', decline: 'action', delete: 'action', cancel: 'action', close: 'action', have: 'action',
  scroll: 'action', expand: 'action',
  // Elements of the UI.
  button: 'element', link: 'element', menu: 'element', section: 'element', tab: 'element', page: 'element', form: 'element',
  list: 'element', window: 'element', notification: 'element', field: 'element', letter: 'element', item: 'element',
  // What a form asks or a page shows in a field: elements of the UI too.
  subject: 'field', files: 'field', paymentMethod: 'field', emailAddress: 'field', password: 'field', contacts: 'field',
  required: 'field', parameters: 'field', referralLink: 'field', promoCode: 'field', oneTimeCode: 'field', secretKey: 'field',
  qrCode: 'element', heading: 'element', chat: 'element', username: 'field', status: 'field',
  // Things the client area is about.
  account: 'thing', clientArea: 'thing', mainPage: 'thing', ticket: 'thing', plan: 'thing', order: 'thing', server: 'thing',
  documents: 'thing', terms: 'thing', markdown: 'thing', credentials: 'thing', controlPanel: 'thing', referralProgram: 'thing',
  income: 'thing', client: 'thing',
  amount: 'thing', payout: 'thing', prohibited: 'thing', conditions: 'thing', guide: 'thing', support: 'thing',
  specialists: 'thing', site: 'thing', twoFactor: 'thing', authenticator: 'thing', bot: 'thing',
  // Words that turn a sentence.
  not: 'marker', if: 'marker', already: 'marker',
} as const;

export type Concept = keyof typeof CONCEPTS;
export type ConceptCategory = (typeof CONCEPTS)[Concept];
export type ElementConcept = { [C in Concept]: (typeof CONCEPTS)[C] extends 'element' ? C : never }[Concept];

/**
 * How one language words what the engine understands. A phrase is words separated by spaces; a
 * word ending in `*` stands for every word starting so (Russian endings: «нажм*» is «нажмите»,
 * «нажмёте»…). Letters are compared in lower case, with ё read as е.
 */
export interface Words {
  concepts: Record<Concept, readonly string[]>;
  /** Words that carry nothing a step could check ("the", «ваш»): passed over without a mention. */
  filler: readonly string[];
  /** How a purpose clause opens ("To create a new ticket, …"): up to its comma it is passed over. */
  purpose: readonly string[];
  /** Words that open the list a sentence gives ("are", "such as"; a colon or dash always does) and end it ("for"). */
  listOpens: readonly string[];
  listEnds: readonly string[];
  /** A numbered step's prefix, taken off a heading ("Step 1:", «Шаг 1.»). */
  stepPrefix: RegExp;
}

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
  /**
   * Names the UI shows in Latin letters whatever its language (brands, products): a guide quoting
   * them in Latin letters quotes the UI as it is, not a pasted label of another language.
   */
  latinNames: readonly string[];
  /** The guide that makes an account for the persona, as a guide would link it (`/ru/client-area/register`), resolved like any link between guides. */
  accountGuide: string;
  persona: PersonaWords;
  words: Words;
}
