import { TEXTS, type Lang } from '../i18n.js';
import type { OrderFormPage, OrderPage, PaymentPage, ServicesPage } from '../order/pages.js';
import { ORDER_TEXTS } from '../order/texts.js';
import type { AppPage, Chrome, Field, FormPage, MainPage, PageDescription, ReferralPage, SettingsPage, TicketFormPage, TicketListPage, TicketViewPage, TotpSetupPage } from './types.js';

/**
 * BILLmanager's `doc` envelope (`?func=…&sfrom=ajax&out=xjson`), what the dragon skin's client
 * reads: the same page descriptions the other skins render, in the shapes BILLmanager 6 answers in.
 *
 *   { doc: {
 *       $func, $lang, $binary: '/billmgr', $title, $csrf,          // attributes are `$`-prefixed
 *       messages: { msg: { title, <field>: label, hint_<field>, placeholder_<field>, … } },
 *       slist: [{ $name: 'country', val: [{ $key: 'GB', $: 'Великобритания' }] }],
 *       <field>: { $: value } | {},                                  // a form's values
 *       metadata: { $name, $type: 'form' | 'list' | 'view' | 'dashboard' | 'payment',
 *                   form?: { field: DocField[], buttons: { button: DocButton[] }, link: DocLink[], $back? },
 *                   coldata?: { col: [{ $name }] }, toolbar?: { toolbtn: [{ $name, $href }] } },
 *       elem?: [{ <col>: { $: text, $href?, $status? } }],           // a list's rows
 *       chrome?: Chrome,                                             // the frame behind log-on, as described
 *       content?: {…},                                               // what else the page shows (tiles, blocks, prices)
 *       error?: DocError[], ok?: {}, redirect?: { $ }, message?: { $ },   // answers to a post
 *   } }
 *
 * A form's fields travel under their documented names (BILLmanager's `func=register` parameters:
 * `email`, `passwd`, `confirm`, `country`, `conditions_agree`, `offer_<id>`…): DOCUMENTED_NAMES
 * is the one table between them and the store's names, both ways. A refusal is `doc.error`, one
 * entry per refused field: `{ $type: 'missed' | 'value' | 'exists' | 'auth', $object: <field>, $lang, msg: { $: text } }`.
 */

/** A value as BILLmanager writes one: `{ $: text }`, `{}` when empty. */
export type DocValue = { $?: string };

export interface DocError {
  $type: 'missed' | 'value' | 'exists' | 'auth' | 'access';
  $object: string;
  $lang: Lang;
  msg: { $: string };
}

/** A field of a form: one control (`input`, `select`, `textarea`), attributes `$`-prefixed, flags `'yes'`. */
export interface DocField {
  $name: string;
  $required?: 'yes';
  /** A «(?)» after the label; its text is `messages.msg.hint_<name>`. */
  $hint?: 'yes';
  /** Icons inside the field: `show-password`, `generate-password`, `clear`. */
  $tools?: string;
  /** The password strength bar and word under the field. */
  $strength?: 'yes';
  /** The field a generated password is copied to too. */
  $checkpasswd?: string;
  /** A consent's document; its label is `messages.msg.link_<name>`. */
  $link?: string;
  /** A consent whose text stays without its box. */
  $nobox?: 'yes';
  /** A consent without a box whose text stands under the previous one's, beside its box. */
  $underprevious?: 'yes';
  /** A read-only value drawn with a slider's track (the plan's fixed resources). */
  $range?: 'yes';
  /** The note under the field: `messages.msg.note_<name>`. */
  $note?: 'yes';
  input?: { $type: 'text' | 'email' | 'password' | 'checkbox' | 'hidden' | 'file'; $name: string; $autocomplete?: string; $readonly?: 'yes'; $multiple?: 'yes'; $maxsize?: string; $maxfiles?: string };
  /** Options in `slist[$name]`; `autocomplete`: a searchable list; `radio`: a group of choices; `tiles`: the OS tiles. */
  select?: { $name: string; $type: 'autocomplete' | 'select' | 'radio' | 'tiles'; $flags?: 'yes'; $reload?: 'yes' };
  /** A captcha provider's box, which the provider's script draws; the field posts its token under `$name`. */
  captcha?: { $type: 'recaptcha'; $sitekey: string; $hl: Lang };
  /** `$tools`: the Markdown toolbar's actions, their names `messages.msg.tool_<action>`, its own `toolbar_<name>`. */
  textarea?: { $name: string; $markdown?: 'yes'; $tools?: string; $readonly?: 'yes' };
}

/** A button of a form (`ok`: posts; `link`: leads to `$href`), its label `messages.msg.button_<name>`. */
export interface DocButton {
  $name: string;
  $type: 'ok' | 'link';
  $href?: string;
  /** How a link looks: a button's outline, a plain link, or a line under the buttons (`before_<name>` first). */
  $style?: 'button' | 'link' | 'line';
}

/** A link of a form above or below it, its label `messages.msg.link_<name>`. */
export interface DocLink {
  $name: string;
  $href: string;
  $place: 'above' | 'below';
}

export interface DocList {
  $name: string;
  val: Array<{ $key: string; $: string }>;
}

export interface Doc {
  $func: string;
  $lang: Lang;
  $binary: '/billmgr';
  $title: string;
  $csrf?: string;
  messages: { msg: Record<string, string> };
  slist: DocList[];
  metadata: {
    $name: string;
    $type: 'form' | 'list' | 'view' | 'dashboard' | 'payment';
    form?: { $action: string; $back?: string; field: DocField[]; buttons: { button: DocButton[] }; link: DocLink[] };
    coldata?: { col: Array<{ $name: string }> };
    toolbar?: { toolbtn: Array<{ $name: string; $href: string }> };
  };
  elem?: Array<Record<string, { $: string; $href?: string; $status?: string }>>;
  chrome?: Chrome;
  content?: Record<string, unknown>;
  error?: DocError[];
  [value: string]: unknown;
}

/**
 * The store's field names and the documented ones, per func: the one place where dragon's posts
 * are read back (`fromDocumented`) and its pages and refusals named (`docName`). Names not listed
 * (`startform`, `version_<os>`, `action`) keep theirs.
 */
export const DOCUMENTED_NAMES: Record<string, Record<string, string>> = {
  register: {
    first_name: 'firstname',
    last_name: 'lastname',
    email: 'email',
    password: 'passwd',
    password_repeat: 'confirm',
    country: 'country',
    agree_terms: 'conditions_agree',
    agree_privacy: 'offer_1',
    agree_tax: 'offer_2',
  },
  logon: { username: 'username', password: 'password', lang: 'lang' },
  'ticket.edit': { subject: 'subject', service: 'ticket_item', department: 'client_department', priority: 'priority', message: 'message', attachments: 'attachments' },
  'affiliate.client': { program: 'program', ref_link: 'ref_link', promo: 'promo' },
  'vds.order': { ptr: 'ptr', os: 'ostempl', software: 'recipe', period: 'period', autorenew: 'autoprolong', ipv6: 'ipv6', ipv4: 'ipv4' },
  'payment.new': { method: 'paymethod' },
};

/** What a documented post carries besides its fields (BILLmanager's own parameters). */
const PROTOCOL = new Set(['sok', 'out', 'sfrom', 'func', 'clicked_button']);

/** The documented name of a store field of `func`'s form. */
export function docName(func: string, name: string): string {
  return DOCUMENTED_NAMES[func]?.[name] ?? name;
}

/** A documented post read back into the store's names; BILLmanager's own parameters dropped. */
export function fromDocumented(func: string, body: unknown): Record<string, unknown> {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const back = new Map(Object.entries(DOCUMENTED_NAMES[func] ?? {}).map(([store, documented]) => [documented, store]));
  const out: Record<string, unknown> = {};
  const table = DOCUMENTED_NAMES[func] ?? {};
  for (const [name, posted] of Object.entries(source)) {
    if (PROTOCOL.has(name)) continue;
    const store = back.get(name);
    if (store) out[store] = posted;
    // A store name that has another documented name is not what the form posts: dropped, never doubled.
    else if (!Object.hasOwn(table, name)) out[name] = posted;
  }
  return out;
}

const value = (text: string | undefined): DocValue => (text === undefined || text === '' ? {} : { $: text });

/** The kind of refusal BILLmanager names: a required value missing, a value refused, one taken, a wrong log-on. */
function errorType(text: string, lang: Lang): DocError['$type'] {
  const t = TEXTS[lang];
  if (text === t.errRequired || text === t.errConsent || text === t.errCaptcha || text === ORDER_TEXTS[lang].errRequired) return 'missed';
  if (text === t.errEmailTaken) return 'exists';
  if (text === t.errLogin) return 'auth';
  return 'value';
}

/** The refusals of a post, by the store's field names, as `doc.error` entries under the documented names. */
export function docErrors(func: string, lang: Lang, errors: Record<string, string | undefined>): DocError[] {
  return Object.entries(errors)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, text]) => ({ $type: errorType(text, lang), $object: docName(func, name), $lang: lang, msg: { $: text } }));
}

/** A refused post's answer. */
export function docRefusal(func: string, lang: Lang, errors: Record<string, string | undefined>): { doc: Pick<Doc, '$func' | '$lang' | 'error'> } {
  return { doc: { $func: func, $lang: lang, error: docErrors(func, lang, errors) } };
}

/** A post done: where to go next, and what to tell the user. */
export function docDone(func: string, lang: Lang, redirect?: string, message?: string): { doc: Record<string, unknown> } {
  return { doc: { $func: func, $lang: lang, ok: {}, ...(redirect ? { redirect: { $: redirect } } : {}), ...(message ? { message: { $: message } } : {}) } };
}

/** BILLmanager's func of each page the descriptions name. */
const FUNC_OF: Record<string, string> = { main: 'dashboard', tickets: 'ticket' };

const CHROME_KEYS = ['notification', 'dialog', 'account', 'logout', 'settings', 'balance', 'menu', 'tabs', 'tabLinks', 'copyright', 'layout'] as const;

/** A page behind log-on split into its frame and its own part. */
function splitChrome<T extends AppPage>(page: T): { chrome: Chrome; own: Omit<T, keyof Chrome> } {
  const chrome: Record<string, unknown> = {};
  const own: Record<string, unknown> = { ...page };
  for (const key of CHROME_KEYS) {
    if (key in own) chrome[key] = own[key];
    delete own[key];
  }
  return { chrome: chrome as unknown as Chrome, own: own as Omit<T, keyof Chrome> };
}

/** A doc being filled: texts, lists, values and fields added as a page is converted. */
class Builder {
  readonly msg: Record<string, string> = {};
  readonly slist: DocList[] = [];
  readonly values: Record<string, DocValue> = {};
  readonly fields: DocField[] = [];

  constructor(readonly func: string) {}

  name(store: string): string {
    return docName(this.func, store);
  }

  list(name: string, options: Array<{ key: string; label: string }>): void {
    this.slist.push({ $name: name, val: options.map((o) => ({ $key: o.key, $: o.label })) });
  }

  field(field: DocField, label: string | undefined, current?: string, extra: { hint?: string; placeholder?: string; note?: string } = {}): void {
    this.fields.push(field);
    if (label !== undefined) this.msg[field.$name] = label;
    if (extra.hint !== undefined) this.msg[`hint_${field.$name}`] = extra.hint;
    if (extra.placeholder !== undefined) this.msg[`placeholder_${field.$name}`] = extra.placeholder;
    if (extra.note !== undefined) this.msg[`note_${field.$name}`] = extra.note;
    const control = field.input?.$name ?? field.select?.$name ?? field.textarea?.$name;
    if (control && field.input?.$type !== 'file') this.values[control] = value(current);
  }
}

const yes = (flag: unknown): 'yes' | undefined => (flag ? 'yes' : undefined);

/** The log-on and registration forms. */
function formPage(page: FormPage, values: Record<string, string | undefined>): Doc {
  const b = new Builder(page.page);
  const texts = page.texts;
  for (const field of page.fields) b.field(describeField(b, field, page), field.label, values[field.name], { hint: field.hint ? texts.hint : undefined, placeholder: field.placeholder });
  if (page.captcha) b.field({ $name: page.captcha.name, captcha: { $type: 'recaptcha', $sitekey: page.captcha.sitekey, $hl: page.captcha.hl } }, undefined);
  for (const consent of page.consents) {
    const name = b.name(consent.name);
    b.field(
      {
        $name: name,
        $required: yes(consent.required && consent.checkbox),
        $link: consent.document?.href,
        $nobox: yes(!consent.checkbox),
        $underprevious: yes(consent.underPrevious),
        input: consent.checkbox ? { $type: 'checkbox', $name: name } : undefined,
      },
      consent.text,
      consent.checkbox ? (values[consent.name] ? 'on' : 'off') : undefined,
    );
    if (consent.document) b.msg[`link_${name}`] = consent.document.label;
  }
  if (page.language) {
    b.list('lang', page.language.options.map((o) => ({ key: o.value, label: o.label })));
    b.field({ $name: 'lang', select: { $name: 'lang', $type: 'select', $reload: 'yes' } }, page.language.label, page.language.value);
  }
  for (const [name, current] of Object.entries(page.hidden)) b.field({ $name: name, input: { $type: 'hidden', $name: name } }, undefined, current);
  const buttons: DocButton[] = [{ $name: 'ok', $type: 'ok' }];
  b.msg.button_ok = page.submit;
  if (page.recovery) {
    buttons.push({ $name: 'recovery', $type: 'link', $href: page.recovery.href, $style: 'button' });
    b.msg.button_recovery = page.recovery.label;
  }
  buttons.push({ $name: 'secondary', $type: 'link', $href: page.secondary.href, $style: page.secondary.style });
  b.msg.button_secondary = page.secondary.label;
  if (page.secondary.before) b.msg.before_secondary = page.secondary.before;
  const links: DocLink[] = [
    ...page.linksAbove.map((link, i) => ({ $name: `above_${i}`, $href: link.href, $place: 'above' as const, label: link.label })),
    ...page.linksBelow.map((link, i) => ({ $name: `below_${i}`, $href: link.href, $place: 'below' as const, label: link.label })),
  ].map(({ label, ...link }) => {
    b.msg[`link_${link.$name}`] = label;
    return link;
  });
  Object.assign(b.msg, {
    title: page.heading,
    hint: texts.hint,
    show_password: texts.showPassword,
    generate_password: texts.generatePassword,
    clear: texts.clear,
    strength_weak: texts.weak,
    strength_medium: texts.medium,
    strength_strong: texts.strong,
  });
  if (page.countries.length) b.list(b.name('country'), page.countries.map((c) => ({ key: c.code, label: c.name })));
  return finish(b, page, { $name: b.func, $type: 'form', form: { $action: page.action, field: b.fields, buttons: { button: buttons }, link: links } });
}

function describeField(b: Builder, field: Field, page: FormPage): DocField {
  const name = b.name(field.name);
  const base = { $name: name, $required: yes(field.required), $hint: yes(field.hint), $tools: field.tools.length ? field.tools.join(' ') : undefined };
  if (field.kind === 'country') return { ...base, select: { $name: name, $type: 'autocomplete', $flags: 'yes' } };
  const repeat = page.fields.find((other) => other.name === 'password_repeat');
  return {
    ...base,
    $strength: yes(field.strength),
    $checkpasswd: field.tools.includes('generate-password') && repeat ? b.name(repeat.name) : undefined,
    input: { $type: field.kind, $name: name, $autocomplete: field.autocomplete },
  };
}

/** The envelope's common part, the builder's texts, lists and values and the page's metadata. */
function finish(b: Builder, page: { lang: Lang; title: string }, metadata: Doc['metadata'], rest: Partial<Doc> = {}): Doc {
  b.msg.title ??= page.title;
  return { $func: b.func, $lang: page.lang, $binary: '/billmgr', $title: page.title, messages: { msg: b.msg }, slist: b.slist, ...b.values, metadata, ...rest };
}

function mainPage(page: MainPage): Doc {
  const b = new Builder('dashboard');
  const { chrome, own } = splitChrome(page);
  b.msg.title = page.heading;
  return finish(b, page, { $name: 'dashboard', $type: 'dashboard' }, { chrome, content: { refreshTip: own.refreshTip, tiles: own.tiles, panels: own.panels } });
}

/** A list's columns and rows in BILLmanager's shapes: labels in msg, `coldata`, `elem`. */
function listOf(b: Builder, columns: Array<{ key: string; label: string }>, rows: Array<{ cells: Record<string, string>; href?: string; linkKey?: string; status?: string }>) {
  for (const column of columns) b.msg[column.key] = column.label;
  return {
    coldata: { col: columns.map((column) => ({ $name: column.key })) },
    elem: rows.map((row) =>
      Object.fromEntries(
        columns.map((column) => [
          column.key,
          { $: row.cells[column.key] ?? '', ...(row.href && row.linkKey === column.key ? { $href: row.href } : {}), ...(row.status && column.key === 'status' ? { $status: row.status } : {}) },
        ]),
      ),
    ),
  };
}

function ticketList(page: TicketListPage): Doc {
  const b = new Builder('ticket');
  const { chrome } = splitChrome(page);
  b.msg.title = page.heading;
  b.msg.toolbtn_new = page.create.label;
  const { coldata, elem } = listOf(b, page.columns, page.rows);
  return finish(b, page, { $name: 'ticket', $type: 'list', coldata, toolbar: { toolbtn: [{ $name: 'new', $href: page.create.href }] } }, { chrome, elem, content: { empty: page.empty } });
}

function ticketForm(page: TicketFormPage, values: Record<string, string | undefined>): Doc {
  const b = new Builder('ticket.edit');
  const { chrome } = splitChrome(page);
  const hint = page.texts.hint;
  const subject = b.name(page.subject.name);
  b.field({ $name: subject, $required: 'yes', $hint: 'yes', input: { $type: 'text', $name: subject } }, page.subject.label, values.subject, { hint });
  const service = b.name(page.service.name);
  b.list(service, page.service.options.map((o) => ({ key: o.value, label: o.label })));
  b.field({ $name: service, $hint: 'yes', select: { $name: service, $type: 'select' } }, page.service.label, values.service ?? page.service.options[0]?.value, { hint });
  for (const group of [page.department, page.priority]) {
    if (!group) continue;
    const name = b.name(group.name);
    b.list(name, group.options.map((o) => ({ key: o.value, label: o.label })));
    b.field({ $name: name, $hint: 'yes', select: { $name: name, $type: 'radio' } }, group.label, values[group.name] ?? group.value, { hint });
  }
  const message = b.name(page.message.name);
  b.field({ $name: message, $required: 'yes', $note: 'yes', textarea: { $name: message, $markdown: 'yes', $tools: page.message.toolbar.tools.map((tool) => tool.action).join(' ') } }, page.message.label, values.message, { note: page.message.hint });
  b.msg[`toolbar_${message}`] = page.message.toolbar.label;
  for (const tool of page.message.toolbar.tools) b.msg[`tool_${tool.action}`] = tool.label;
  const attachments = b.name(page.attachments.name);
  b.field({ $name: attachments, input: { $type: 'file', $name: attachments, $multiple: 'yes', $maxsize: String(page.attachments.maxBytes), $maxfiles: String(page.attachments.maxFiles) } }, page.attachments.label);
  b.msg.title = page.heading;
  b.msg.hint = hint;
  b.msg.button_ok = page.submit;
  b.msg.button_cancel = page.cancel;
  b.msg.back = page.back.label;
  const buttons: DocButton[] = [{ $name: 'ok', $type: 'ok' }, { $name: 'cancel', $type: 'link', $href: page.back.href, $style: 'link' }];
  return finish(b, page, { $name: 'ticket.edit', $type: 'form', form: { $action: page.action, $back: page.back.href, field: b.fields, buttons: { button: buttons }, link: [] } }, { chrome });
}

function ticketView(page: TicketViewPage): Doc {
  const b = new Builder('ticket.view');
  const { chrome } = splitChrome(page);
  b.msg.title = page.heading;
  return finish(b, page, { $name: 'ticket.view', $type: 'view' }, { chrome, content: { back: page.back, rows: page.rows, message: page.message, attachments: page.attachments } });
}

function referral(page: ReferralPage): Doc {
  const b = new Builder('affiliate.client');
  const { chrome } = splitChrome(page);
  const hint = page.texts.hint;
  b.list(page.program.name, page.program.options.map((o) => ({ key: o.value, label: o.label })));
  b.field({ $name: page.program.name, $hint: 'yes', select: { $name: page.program.name, $type: 'select' } }, page.program.label, page.program.options[0]?.value, { hint });
  for (const field of [page.link, page.promo]) b.field({ $name: field.name, $hint: 'yes', input: { $type: 'text', $name: field.name, $readonly: 'yes' } }, field.label, field.value, { hint });
  b.msg.title = page.heading;
  b.msg.button_cancel = page.cancel.label;
  const sections = page.sections.map((section) => {
    const own = new Builder('affiliate.client');
    const { coldata, elem } = listOf(own, section.columns, section.rows);
    return { id: section.id, label: section.label, selected: section.selected, note: section.note, msg: own.msg, coldata, elem };
  });
  const buttons: DocButton[] = [{ $name: 'cancel', $type: 'link', $href: page.cancel.href, $style: 'link' }];
  return finish(b, page, { $name: 'affiliate.client', $type: 'form', form: { $action: '/billmgr?func=affiliate.client', field: b.fields, buttons: { button: buttons }, link: [] } }, { chrome, content: { sections, empty: page.empty } });
}

/** User settings: the Telegram username as the form's one field, the sections' texts as content. */
function settings(page: SettingsPage): Doc {
  const b = new Builder('usrparam');
  const { chrome } = splitChrome(page);
  const field = page.telegram.field;
  b.field({ $name: field.name, $hint: 'yes', input: { $type: 'text', $name: field.name } }, field.label, field.value, { hint: page.texts.hint });
  b.msg.title = page.heading;
  b.msg.button_ok = page.ok;
  b.msg.button_cancel = page.cancel.label;
  const buttons: DocButton[] = [{ $name: 'ok', $type: 'ok' }, { $name: 'cancel', $type: 'link', $href: page.cancel.href, $style: 'link' }];
  const { field: _field, ...telegram } = page.telegram;
  return finish(b, page, { $name: 'usrparam', $type: 'form', form: { $action: page.action, field: b.fields, buttons: { button: buttons }, link: [] } }, {
    chrome,
    content: { twofa: page.twofa, telegram },
  });
}

/** The two-step setup form: the read-only fields and the temporary password as fields, the rest as content. */
function totpSetup(page: TotpSetupPage, values: Record<string, string | undefined>): Doc {
  const b = new Builder('totp.new');
  const { chrome } = splitChrome(page);
  const hint = page.texts.hint;
  b.field({ $name: page.serverTime.name, input: { $type: 'text', $name: page.serverTime.name, $readonly: 'yes' } }, page.serverTime.label, page.serverTime.value);
  b.field({ $name: page.accountName.name, $hint: 'yes', input: { $type: 'text', $name: page.accountName.name, $readonly: 'yes' } }, page.accountName.label, page.accountName.value, { hint });
  b.field({ $name: page.key.name, $hint: 'yes', textarea: { $name: page.key.name, $readonly: 'yes' } }, page.key.label, page.key.value, { hint });
  b.field({ $name: page.code.name, $required: 'yes', $hint: 'yes', input: { $type: 'text', $name: page.code.name, $autocomplete: 'one-time-code' } }, page.code.label, values[page.code.name] ?? '', { hint });
  b.msg.title = page.heading;
  b.msg.button_ok = page.ok;
  b.msg.button_cancel = page.cancel.label;
  const buttons: DocButton[] = [{ $name: 'ok', $type: 'ok' }, { $name: 'cancel', $type: 'link', $href: page.cancel.href, $style: 'link' }];
  return finish(b, page, { $name: 'totp.new', $type: 'form', form: { $action: page.action, field: b.fields, buttons: { button: buttons }, link: [] } }, {
    chrome,
    content: { qr: page.qr, scan: page.scan, clock: page.clock, saveQr: page.saveQr, saveKey: page.saveKey, warning: page.warning },
  });
}

function orderForm(page: OrderFormPage): Doc {
  const b = new Builder('vds.order');
  const t = page.values;
  const hint = TEXTS[page.lang].hint;
  const ptr = b.name(page.ptr.name);
  b.field({ $name: ptr, $required: yes(page.ptr.required), $hint: 'yes', input: { $type: 'text', $name: ptr, $autocomplete: 'off' } }, page.ptr.label, t.ptr, { hint });
  const os = b.name(page.os.name);
  b.list(os, page.os.systems.map((system) => ({ key: system.id, label: system.name })));
  b.field({ $name: os, $required: 'yes', $hint: 'yes', select: { $name: os, $type: 'tiles' } }, page.os.label, t.os, { hint });
  for (const system of page.os.systems) {
    b.list(system.versionName, system.versions.map((version) => ({ key: version, label: version })));
    b.values[system.versionName] = value(t[system.versionName] ?? system.versions[0]);
    b.msg[system.versionName] = system.versionLabel;
  }
  const software = b.name(page.software.name);
  b.list(software, [{ key: '', label: page.software.none }]);
  b.field({ $name: software, $hint: 'yes', select: { $name: software, $type: 'select' } }, page.software.label, '', { hint });
  for (const fixed of page.fixed) b.field({ $name: fixed.name, $hint: 'yes', $range: 'yes', input: { $type: 'text', $name: fixed.name, $readonly: 'yes' } }, fixed.label, fixed.value, { hint });
  b.field({ $name: b.name(page.ipv4.name), $hint: 'yes', input: { $type: 'text', $name: b.name(page.ipv4.name), $readonly: 'yes' } }, page.ipv4.label, page.ipv4.value, { hint });
  b.field({ $name: b.name(page.ipv6.name), input: { $type: 'checkbox', $name: b.name(page.ipv6.name) } }, page.ipv6.label, 'on');
  const period = b.name(page.period.name);
  b.list(period, page.period.options.map((o) => ({ key: o.value, label: o.label })));
  b.field({ $name: period, $note: 'yes', select: { $name: period, $type: 'select' } }, page.period.label, t.period ?? page.period.options[1]?.value, { note: page.period.note });
  const autorenew = b.name(page.autoRenewal.name);
  b.field({ $name: autorenew, input: { $type: 'checkbox', $name: autorenew } }, page.autoRenewal.label, t.autorenew === 'on' ? 'on' : 'off');
  b.msg.title = page.heading;
  b.msg.hint = hint;
  b.msg.button_pay = page.pay;
  b.msg.button_cart = page.toCart;
  b.msg.back = page.back.label;
  const buttons: DocButton[] = [{ $name: 'pay', $type: 'ok' }, { $name: 'cart', $type: 'ok' }];
  return finish(b, page, { $name: 'vds.order', $type: 'form', form: { $action: page.action, $back: page.back.href, field: b.fields, buttons: { button: buttons }, link: [] } }, {
    chrome: page.chrome,
    content: {
      plan: page.plan,
      summary: page.summary,
      prices: Object.fromEntries(page.period.options.map((o) => [o.value, { price: o.price, renewal: o.renewal }])),
      errors: docErrors('vds.order', page.lang, page.errors),
    },
  });
}

function payment(page: PaymentPage): Doc {
  const b = new Builder('payment.new');
  b.msg.title = page.heading;
  b.msg.methods = page.methodsHeading;
  b.msg.back = page.back.label;
  b.msg.button_cancel = page.cancel.label;
  const method = b.name('method');
  b.list(method, page.methods.map((m) => ({ key: m.id, label: m.name })));
  const buttons: DocButton[] = [{ $name: 'cancel', $type: 'link', $href: page.cancel.href, $style: 'link' }];
  return finish(b, page, { $name: 'payment.new', $type: 'payment', form: { $action: page.action, $back: page.back.href, field: b.fields, buttons: { button: buttons }, link: [] } }, {
    chrome: page.chrome,
    content: { steps: page.steps, field: method, methods: page.methods, cart: page.cart, error: page.error && docErrors('payment.new', page.lang, { [page.error.method]: page.error.text })[0] },
  });
}

function services(page: ServicesPage): Doc {
  const b = new Builder('vds');
  const columns = (['name', 'ip', 'os', 'status', 'expires'] as const).map((key) => ({ key, label: page.columns[key] }));
  const { coldata, elem } = listOf(
    b,
    columns,
    page.rows.map((row) => ({ cells: { name: row.name, ip: row.ip, os: row.os, status: row.statusLabel, expires: row.expires }, status: row.status })),
  );
  b.msg.title = page.heading;
  b.msg.toolbtn_order = page.order.label;
  return finish(b, page, { $name: 'vds', $type: 'list', coldata, toolbar: { toolbtn: [{ $name: 'order', $href: page.order.href }] } }, {
    chrome: page.chrome,
    elem,
    content: { empty: page.empty, installing: page.installing, ids: page.rows.map((row) => row.id) },
  });
}

/**
 * A page's description as BILLmanager's `doc` envelope. `values` are what a form shows filled
 * in (by the store's names); `csrf` is the token the page's posts carry (`x-csrf-token`).
 */
export function toDoc(page: PageDescription | OrderPage, csrf?: string, values: Record<string, string | undefined> = {}): { doc: Doc } {
  const doc = convert(page, values);
  doc.$func = FUNC_OF[page.page] ?? doc.$func;
  if (csrf) doc.$csrf = csrf;
  return { doc };
}

function convert(page: PageDescription | OrderPage, values: Record<string, string | undefined>): Doc {
  switch (page.page) {
    case 'register':
    case 'logon':
      return formPage(page, values);
    case 'main':
      return mainPage(page);
    case 'tickets':
      return ticketList(page);
    case 'ticket.edit':
      return ticketForm(page, values);
    case 'ticket.view':
      return ticketView(page);
    case 'affiliate.client':
      return referral(page);
    case 'usrparam':
      return settings(page);
    case 'totp.new':
      return totpSetup(page, values);
    case 'vds.order':
      return orderForm(page);
    case 'payment.new':
      return payment(page);
    case 'vds':
      return services(page);
  }
}
