import type { Lang } from '../i18n.js';

/**
 * A page of the client area described as data, as BILLmanager 6 describes its forms
 * (`?func=…&out=sjson`): the classic skin renders it on the server, the spa skin in the browser.
 * Every text is already in the page's language.
 */
export type PageDescription = FormPage | MainPage;

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
  document: Link;
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
  consents: Consent[];
  submit: string;
  /** Secondary actions beside the submit button. */
  secondary: Link & { style: 'button' | 'link' };
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

export interface MainPage {
  page: 'main';
  lang: Lang;
  title: string;
  heading: string;
  /** Present while the e-mail address is not confirmed. */
  notification?: { text: string; position: 'top' | 'bottom'; opensDialog: boolean; close: string };
  dialog: { title: string; text: string; ok: string; cancel: string; action: string };
  /** What the header shows of the account (its e-mail address). */
  account: string;
  logout: { label: string; action: string };
  balance: { label: string; amount: string; addFunds: string };
  menu: string[];
  tabs: string[];
  refreshTip: string;
  tiles: { label: string; button?: string; icon?: 'blue' | 'orange' | 'green' }[];
  panels: {
    accountInfo: { heading: string; rows: InfoRow[] };
    services: string;
    tickets: { heading: string; links: string[] };
    activeServices: string;
    empty: { title: string; hint: string };
  };
  copyright: string;
  /** A layout variant (drift "layout-shift"). */
  layout?: 'shifted';
}
