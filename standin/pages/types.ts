import type { Lang } from '../i18n.js';

/**
 * A page of the client area described as data, as BILLmanager 6 describes its forms
 * (`?func=…&out=sjson`): the classic skin renders it on the server, the spa skin in the browser,
 * the dragon skin in the browser from the same data in BILLmanager's `doc` envelope (doc-envelope.ts).
 * Every text is already in the page's language.
 */
export type PageDescription = FormPage | MainPage | TicketListPage | TicketFormPage | TicketViewPage | ReferralPage | SettingsPage | TotpSetupPage;

/** Every page of the client area behind log-on: the shared frame (pages/chrome.ts) and the page's own part. */
export type AppPage = MainPage | TicketListPage | TicketFormPage | TicketViewPage | ReferralPage | SettingsPage | TotpSetupPage;

export type FieldKind = 'text' | 'email' | 'password' | 'country';
export type FieldTool = 'show-password' | 'generate-password' | 'clear';

export interface Field {
  name: string;
  label: string;
  kind: FieldKind;
  autocomplete?: string;
  required: boolean;
  /** The round «?» after the label. */
  hint: boolean;
  tools: FieldTool[];
  /** The password strength bar under the field. */
  strength?: boolean;
  placeholder?: string;
}

export interface Link {
  label: string;
  href: string;
  /** Opens in a new tab (documents). */
  external?: boolean;
}

export interface Consent {
  name: string;
  text: string;
  required: boolean;
  /** False when the text stays but the box to tick is gone. */
  checkbox: boolean;
  /** Absent when the form no longer links the document. */
  document?: Link;
  /**
   * Its text (with its link) stands under the previous consent's, in that one's row, beside its
   * box: the box is centred on both texts but accepts the previous one alone. Only without a box.
   */
  underPrevious?: boolean;
}

/**
 * A Google reCAPTCHA v2 box ("I'm not a robot"), drawn by the provider's script (standin/recaptcha/)
 * in the element the page leaves for it; ticking it puts a token in the field `name`, which the
 * server requires.
 */
export interface Captcha {
  name: 'g-recaptcha-response';
  sitekey: string;
  /** The widget's language (the provider's `hl`). */
  hl: Lang;
}

export interface Country {
  code: string;
  name: string;
}

export interface FormPage {
  page: 'register' | 'logon';
  lang: Lang;
  title: string;
  heading: string;
  action: string;
  /** Links above the form («I already have an account»). */
  linksAbove: Link[];
  fields: Field[];
  /** Between the fields and the consents, as the 2026 form has it (register/en/1.png). */
  captcha?: Captcha;
  consents: Consent[];
  submit: string;
  /**
   * The other way out of the form: a link beside the submit button (`button`, `link`), or a line
   * under the buttons, `before` then the link («Если у вас нет аккаунта «Зарегистрируйтесь»», `line`).
   */
  secondary: Link & { style: 'button' | 'link' | 'line'; before?: string };
  /** A button-looking link beside the submit button («Восстановление пароля»). */
  recovery?: Link;
  /** The language picker of the log-on page: choosing reloads the page in that language. */
  language?: { name: 'lang'; label: string; options: Choice[]; value: Lang };
  /** Hidden fields posted with the form (`startform`: the page to land on afterwards). */
  hidden: Record<string, string>;
  /** Links under the buttons («Forgot password?»). */
  linksBelow: Link[];
  countries: Country[];
  texts: {
    hint: string;
    showPassword: string;
    generatePassword: string;
    clear: string;
    strong: string;
    medium: string;
    weak: string;
  };
}

export interface InfoRow {
  label: string;
  value: string;
  accent?: boolean;
}

/** A link of the side menu. `current` marks the page shown now. */
export interface MenuItem {
  label: string;
  href: string;
  current?: boolean;
}

/** A group of the side menu: a button (aria-expanded) that shows or hides its links. */
export interface MenuGroup {
  id: string;
  label: string;
  open: boolean;
  items: MenuItem[];
}

/** The page the frame is drawn around: its func (picks the menu item and group) and its title (its tab). */
export interface CurrentPage {
  func: string;
  title: string;
  /** The tab's link; `/billmgr?func=<func>` unless given. */
  href?: string;
  /** The menu item's func when it is not `func` itself (a form opened from a list). */
  menuFunc?: string;
}

/**
 * The frame of every page behind log-on: header, balance, tabs, menu, notification strip and its
 * dialog. Its fields sit at the top level of each such page's description (`interface … extends Chrome`).
 */
export interface Chrome {
  /** Present while the e-mail address is not confirmed. */
  /** `button`: a separate button opens the dialog, and the text is plain. */
  notification?: { text: string; position: 'top' | 'bottom'; opensDialog: boolean; close: string; button?: string };
  dialog: { title: string; text: string; ok: string; cancel: string; action: string };
  /** What the header shows of the account (its e-mail address). */
  account: string;
  logout: { label: string; action: string };
  /** The user menu's other entry, above «Выйти»: «Настройки» / "Settings" (2fa/<lang>/settings-menu.png). */
  settings: Link;
  balance: { label: string; amount: string; addFunds: string };
  menu: MenuGroup[];
  /** The workspace's tabs (BILLmanager keeps every opened screen as one): labels; the last is the page shown. */
  tabs: string[];
  /** Where each tab leads, in the order of `tabs`. */
  tabLinks: string[];
  copyright: string;
  /** A layout variant (drift "layout-shift"). */
  layout?: 'shifted';
}

export interface MainPage extends Chrome {
  page: 'main';
  lang: Lang;
  title: string;
  heading: string;
  refreshTip: string;
  /** Quick-access tiles; `href` where the stand-in has the page (else the main page). */
  tiles: { label: string; button?: string; icon?: 'blue' | 'orange' | 'green'; href?: string }[];
  panels: {
    accountInfo: { heading: string; rows: InfoRow[] };
    services: string;
    tickets: { heading: string; links: Link[] };
    activeServices: string;
    empty: { title: string; hint: string };
  };
}

/** An empty list's picture and words («Данных пока нет»). */
export interface EmptyState {
  title: string;
  hint: string;
}

/** A column of a list; `key` names the cell of each row. */
export interface Column {
  key: string;
  label: string;
}

/** A row of a list: its cells by column key; the cell of `linkKey` links to `href`. */
export interface Row {
  href?: string;
  linkKey?: string;
  cells: Record<string, string>;
}

export interface TicketListPage extends Chrome {
  page: 'tickets';
  lang: Lang;
  title: string;
  heading: string;
  /** The «Создать» button above the table. */
  create: Link;
  columns: Column[];
  rows: Row[];
  empty: EmptyState;
}

export interface Choice {
  value: string;
  label: string;
}

/** A markdown toolbar button: what it wraps the selection in, and its accessible name. */
export interface EditorTool {
  action: 'bold' | 'italic' | 'strike' | 'heading' | 'link' | 'code' | 'quote' | 'list';
  label: string;
}

export interface TicketFormPage extends Chrome {
  page: 'ticket.edit';
  lang: Lang;
  title: string;
  heading: string;
  action: string;
  /** The ← beside the heading («К списку запросов»); «Отмена» leads there too. */
  back: Link;
  subject: { name: 'subject'; label: string; required: true };
  service: { name: 'service'; label: string; options: Choice[] };
  department: { name: 'department'; label: string; options: Choice[]; value: string };
  /** Optional: the real English form has none (new-ticket/en/4.png); the stand-in asks in both languages. */
  priority?: { name: 'priority'; label: string; options: Choice[]; value: string };
  message: { name: 'message'; label: string; required: true; hint: string; toolbar: { label: string; tools: EditorTool[] } };
  attachments: { name: 'attachments'; label: string; maxBytes: number; maxFiles: number };
  submit: string;
  cancel: string;
  texts: { hint: string };
}

/** A run of text in a rendered Markdown message; links only ever http(s) or mailto. */
export interface Inline {
  text: string;
  strong?: boolean;
  em?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
}

/** A block of a rendered Markdown message: lines of a paragraph, items of a list, … */
export interface Block {
  kind: 'p' | 'ul' | 'ol' | 'quote' | 'heading' | 'pre';
  lines: Inline[][];
}

export interface TicketViewPage extends Chrome {
  page: 'ticket.view';
  lang: Lang;
  title: string;
  heading: string;
  back: Link;
  rows: InfoRow[];
  message: { label: string; blocks: Block[] };
  attachments: { label: string; names: string[] };
}

export interface ReferralPage extends Chrome {
  page: 'affiliate.client';
  lang: Lang;
  title: string;
  heading: string;
  sections: Array<{ id: 'income' | 'statistics'; label: string; selected: boolean; columns: Column[]; rows: Row[]; note?: string }>;
  empty: EmptyState;
  program: { name: 'program'; label: string; options: Choice[] };
  link: { name: 'ref_link'; label: string; value: string };
  promo: { name: 'promo'; label: string; value: string };
  cancel: Link;
  texts: { hint: string };
}

/**
 * «Настройки пользователя - <e-mail>» (func=usrparam), as 2fa/<lang>/enable-2fa.png shows its top: the
 * section bar «Двухэтапная аутентификация», its text and the violet link that opens the setup form
 * (or, once it is on, the words saying so); then the Telegram section, and «Ok» / «Отмена» that
 * save the form.
 */
export interface SettingsPage extends Chrome {
  page: 'usrparam';
  lang: Lang;
  title: string;
  heading: string;
  action: string;
  twofa: { heading: string; text: string; enable?: Link; enabled?: string };
  telegram: TelegramSection;
  ok: string;
  cancel: Link;
  texts: { hint: string };
}

/**
 * «Настройка работы с Telegram» (telegram-notifications/<lang>/2.png): the username field, the two
 * steps it asks for, and the bot's link with the link's status. `folded`: the section starts closed
 * (the guide: "in some cases you may need to click the heading").
 */
export interface TelegramSection {
  heading: string;
  folded: boolean;
  field: { name: 'telegram'; label: string; value: string };
  intro: string;
  steps: string[];
  receiving: string;
  bot: Link;
  status: string;
}

/**
 * The two-step setup form (func=totp.new), as 2fa/<lang>/2fa-settings.png shows it: the QR code of the
 * `otpauth://totp/…` URI, the instructions, «Сохранить QR-код» and «Сохранить ключ» each with its
 * link `сохранить`, the warning, the server time, the account name, the key (its secret) and the
 * temporary password, then «Ok» and «Отмена». A new secret every time it opens.
 */
export interface TotpSetupPage extends Chrome {
  page: 'totp.new';
  lang: Lang;
  title: string;
  heading: string;
  action: string;
  /** The QR code as a PNG data URL. */
  qr: string;
  scan: string;
  clock: string;
  saveQr: { label: string; link: Link };
  saveKey: { label: string; link: Link };
  warning: string;
  serverTime: { name: 'server_time'; label: string; value: string };
  accountName: { name: 'account_name'; label: string; value: string };
  key: { name: 'secret'; label: string; value: string };
  code: { name: 'qrcode'; label: string };
  ok: string;
  cancel: Link;
  texts: { hint: string };
}
