// The spa skin: a shell page whose every screen is drawn here from the server's JSON description
// (`?func=…&out=sjson`), as BILLmanager 6's client does. Markup is what a typical single-page app
// has: labels are divs above their inputs (no `for=`), refusals are text under the field with
// role="alert" (no aria-invalid/aria-describedby), custom combobox, checkboxes and dialog.
'use strict';

const root = document.getElementById('root');
const SVG = 'http://www.w3.org/2000/svg';
/** Funcs the server answers itself (messages, actions): every other /billmgr page is drawn here. */
const SERVER_FUNCS = ['notice.confirm', 'logout', 'recovery', 'totp.qr', 'totp.key'];
let csrf = '';

/** Builds an element: attributes (on* are listeners, booleans toggle), then children. */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  element.append(...children.flat(Infinity).filter((child) => child !== undefined && child !== null && child !== false));
  return element;
}

function svg(viewBox, className, paths) {
  const element = document.createElementNS(SVG, 'svg');
  element.setAttribute('viewBox', viewBox);
  element.setAttribute('class', className);
  element.setAttribute('aria-hidden', 'true');
  for (const attributes of paths) {
    const path = document.createElementNS(SVG, attributes.tag || 'path');
    for (const [name, value] of Object.entries(attributes)) if (name !== 'tag') path.setAttribute(name, value);
    element.append(path);
  }
  return element;
}

function isPage(url) {
  return url.origin === location.origin && url.pathname === '/billmgr' && !SERVER_FUNCS.includes(url.searchParams.get('func') || '');
}

/** Client-side navigation: the same URLs as the classic skin, the page fetched as JSON. */
async function navigate(href, push) {
  const url = new URL(href, location.href);
  const json = new URL(url);
  json.searchParams.set('out', 'sjson');
  root.setAttribute('aria-busy', 'true');
  const response = await fetch(json, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    location.assign(url);
    return;
  }
  const answer = await response.json().catch(() => undefined);
  if (!answer) {
    location.assign(url);
    return;
  }
  csrf = answer.csrf;
  if (push) history.pushState(null, '', url.pathname + url.search);
  render(answer.page);
  root.setAttribute('aria-busy', 'false');
}

function render(page) {
  document.documentElement.lang = page.lang;
  document.title = `${page.title} — Senko Digital`;
  // Pages this file does not draw register themselves in window.StandinPages (the order flow: spa-order.js).
  if (window.StandinPages && window.StandinPages[page.page]) return void window.StandinPages[page.page](page, { h, root, navigate, csrf: () => csrf, renderApp: typeof renderApp === 'function' ? renderApp : undefined });
  (RENDERERS[page.page] || renderForm)(page);
  window.scrollTo(0, 0);
}

// ---- Forms: log-on and registration -------------------------------------------------------------

function fieldLabel(text, required, hint) {
  return h('div', { class: 'field-label' }, text, required && h('span', { class: 'req' }, '*'), hint && h('span', { class: 'hint', 'aria-hidden': 'true', title: hint }, '?'));
}

function passwordStrength(input, texts) {
  const bar = h('div', { class: 'strength-bar' });
  const word = h('div', { class: 'strength-word' });
  const rate = () => {
    const value = input.value;
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
    const level = !value ? 0 : value.length >= 10 && classes >= 3 ? 3 : value.length >= 8 && classes >= 2 ? 2 : 1;
    bar.dataset.level = String(level);
    word.dataset.level = String(level);
    word.textContent = ['', texts.weak, texts.medium, texts.strong][level];
  };
  input.addEventListener('input', rate);
  return { nodes: [h('div', { class: 'strength', 'aria-hidden': 'true' }, bar), word], rate };
}

function generatePassword() {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%+-=?';
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => alphabet[b % alphabet.length]).join('');
}

function flagOf(code) {
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** The country picker: a searchable combobox with flags and a × to clear; posts the ISO code. */
function countryCombobox(field, countries, texts) {
  const listId = `listbox-${field.name}`;
  const hidden = h('input', { type: 'hidden', name: field.name, value: '' });
  const flag = h('span', { class: 'combo-flag', 'aria-hidden': 'true' });
  const input = h('input', {
    type: 'text',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    autocomplete: 'country-name',
    placeholder: field.placeholder,
    maxlength: 300,
  });
  const options = countries.map((country) =>
    h('div', { role: 'option', id: `option-${field.name}-${country.code}`, class: 'option', 'aria-selected': 'false', 'data-code': country.code }, h('span', { class: 'flag', 'aria-hidden': 'true' }, flagOf(country.code)), country.name),
  );
  const listbox = h('div', { role: 'listbox', id: listId, class: 'listbox', hidden: true }, options);
  const nameOf = (option) => option.lastChild.textContent;
  const visible = () => options.filter((option) => !option.hidden);
  let active;

  const setActive = (option) => {
    active?.classList.remove('active');
    active = option;
    if (option) {
      option.classList.add('active');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = () => {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(undefined);
  };
  const choose = (option) => {
    for (const other of options) {
      other.setAttribute('aria-selected', String(other === option));
      other.classList.toggle('selected', other === option);
    }
    hidden.value = option ? option.dataset.code : '';
    input.value = option ? nameOf(option) : '';
    flag.textContent = option ? flagOf(option.dataset.code) : '';
    for (const other of options) other.hidden = false;
    close();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const filter = () => {
    const query = input.value.trim().toLocaleLowerCase();
    for (const option of options) option.hidden = Boolean(query) && !nameOf(option).toLocaleLowerCase().includes(query);
    hidden.value = '';
    flag.textContent = '';
    open();
    setActive(visible()[0]);
  };

  input.addEventListener('input', filter);
  input.addEventListener('click', () => (listbox.hidden ? open() : close()));
  input.addEventListener('keydown', (event) => {
    const shown = visible();
    const index = shown.indexOf(active);
    if (event.key === 'ArrowDown') {
      open();
      setActive(shown[Math.min(index + 1, shown.length - 1)]);
    } else if (event.key === 'ArrowUp') setActive(shown[Math.max(index - 1, 0)]);
    else if (event.key === 'Enter' && !listbox.hidden) {
      if (active) choose(active);
    } else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  // Typing a country's full name and moving on picks it, as a person expects.
  input.addEventListener('blur', () => {
    const typed = input.value.trim().toLocaleLowerCase();
    const exact = typed && options.find((option) => nameOf(option).toLocaleLowerCase() === typed);
    if (exact && hidden.value !== exact.dataset.code) choose(exact);
    else close();
  });
  // Keeps the focus in the input while an option is clicked.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = event.target.closest('.option');
    if (option) choose(option);
  });
  const clear = h('button', {
    type: 'button',
    class: 'tool clear',
    'aria-label': texts.clear,
    onclick: () => {
      choose(undefined);
      input.focus();
    },
  }, '×');
  return h('div', { class: 'input-with-tools combo' }, flag, input, clear, listbox, hidden);
}

function formField(field, page, form) {
  const texts = page.texts;
  const nodes = [];
  let control;
  if (field.kind === 'country') {
    control = countryCombobox(field, page.countries, texts);
    nodes.push(control);
  } else {
    const input = h('input', { type: field.kind, name: field.name, autocomplete: field.autocomplete, maxlength: 300 });
    if (!field.tools.length) nodes.push(input);
    else {
      const tools = field.tools.map((tool) =>
        tool === 'show-password'
          ? h('button', { type: 'button', class: 'tool eye', 'aria-label': texts.showPassword, onclick: () => (input.type = input.type === 'password' ? 'text' : 'password') })
          : h('button', {
              type: 'button',
              class: 'tool dice',
              'aria-label': texts.generatePassword,
              onclick: () => {
                const password = generatePassword();
                for (const name of ['password', 'password_repeat']) {
                  const target = form.querySelector(`input[name="${name}"]`);
                  if (target) {
                    target.value = password;
                    target.dispatchEvent(new Event('input', { bubbles: true }));
                  }
                }
              },
            }),
      );
      nodes.push(h('div', { class: 'input-with-tools' }, input, tools));
    }
    if (field.strength) nodes.push(passwordStrength(input, texts).nodes);
  }
  return h('div', { class: 'field', 'data-field': field.name }, fieldLabel(field.label, field.required, field.hint ? texts.hint : ''), nodes);
}

/** The link to a consent's document, when the form has one. */
function documentLink(consent) {
  return consent.document && h('a', { class: 'link', href: consent.document.href, target: '_blank', rel: 'noopener' }, consent.document.label);
}

/**
 * A styled checkbox: a span with the checkbox role, the consent text beside it, a hidden input
 * posted. `under` is a consent without a box whose text stands under this one's, beside this box.
 */
function consentRow(consent, under) {
  const hidden = h('input', { type: 'hidden', name: consent.name, value: '' });
  const document_ = documentLink(consent);
  const text = h('span', { class: 'check-text' }, consent.text, consent.required && consent.checkbox && h('span', { class: 'req' }, '*'));
  if (!consent.checkbox) return h('div', { class: 'consent', 'data-field': consent.name }, h('div', { class: 'check no-box' }, text), document_);
  const box = h('span', { role: 'checkbox', 'aria-checked': 'false', tabindex: 0, class: 'box' });
  // The state lives in the element (its class is what the tick is drawn from); aria-checked only says it.
  const toggle = () => {
    const checked = !box.classList.contains('checked');
    box.classList.toggle('checked', checked);
    box.setAttribute('aria-checked', String(checked));
    hidden.value = checked ? 'on' : '';
    box.dispatchEvent(new Event('change', { bubbles: true }));
  };
  box.addEventListener('click', toggle);
  text.addEventListener('click', toggle);
  box.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      toggle();
    }
  });
  if (under) {
    const texts = h('div', { class: 'check-texts' }, h('div', { class: 'check-line' }, text, ' ', document_), h('div', { class: 'check-line' }, h('span', {}, under.text), ' ', documentLink(under)));
    return h('div', { class: 'consent', 'data-field': consent.name }, h('div', { class: 'check shared' }, box, texts), hidden);
  }
  return h('div', { class: 'consent', 'data-field': consent.name }, h('div', { class: 'check' }, box, text), document_, hidden);
}

/** Loads a script once (the captcha provider's, when a form shows its box). */
function loadScript(src) {
  if (!document.querySelector(`script[src="${src}"]`)) document.head.append(h('script', { src, async: true }));
}

/** The captcha's place: the provider's script (/recaptcha/api.js) draws its widget and its field in it. */
function captchaField(captcha) {
  loadScript('/recaptcha/api.js');
  return h('div', { class: 'field captcha-field', 'data-field': captcha.name }, h('div', { class: 'g-recaptcha', 'data-sitekey': captcha.sitekey, 'data-hl': captcha.hl }));
}

function clearError(container) {
  container?.querySelector(':scope > .error')?.remove();
}

function showErrors(form, errors) {
  for (const [name, message] of Object.entries(errors)) {
    const container = form.querySelector(`[data-field="${name}"]`);
    if (!container) continue;
    clearError(container);
    container.append(h('div', { class: 'error', role: 'alert' }, message));
  }
  const first = form.querySelector('[data-field] > .error');
  first?.parentElement.querySelector('input:not([type="hidden"]), textarea, select, .box')?.focus();
}

/**
 * Posts `form` in place (urlencoded, or JSON with its files base64 when `json`), then goes where
 * the server says or shows its refusals at the fields. Correcting a refused field takes its message away.
 */
function submitInPlace(form, action, json) {
  const settle = (event) => clearError(event.target.closest('[data-field]'));
  form.addEventListener('input', settle);
  form.addEventListener('change', settle);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const container of form.querySelectorAll('[data-field]')) clearError(container);
    const response = await fetch(action, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded', 'x-csrf-token': csrf },
      body: json ? JSON.stringify(await window.standinEditor.formJson(form)) : new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
    });
    const answer = await response.json().catch(() => ({ ok: false, errors: {} }));
    if (answer.ok) await navigate(answer.redirect, true);
    else showErrors(form, answer.errors || {});
  });
}

/** The log-on page's language: choosing one reloads the page in it. */
function languageField(language) {
  const select = h(
    'select',
    {
      name: language.name,
      onchange: () => {
        const url = new URL(location.href);
        url.searchParams.set('lang', select.value);
        location.assign(url);
      },
    },
    language.options.map((option) => h('option', { value: option.value, selected: option.value === language.value }, option.label)),
  );
  return h('div', { class: 'field', 'data-field': language.name }, fieldLabel(language.label), h('div', { class: 'input-with-tools select-wrap' }, select));
}

function renderForm(page) {
  document.body.className = 'auth';
  const form = h('form', { novalidate: true, action: page.action, method: 'post' });
  const parts = [
    ...page.fields.map((field) => formField(field, page, form)),
    page.captcha && captchaField(page.captcha),
    ...page.consents.map((consent, i) => !consent.underPrevious && consentRow(consent, page.consents[i + 1]?.underPrevious ? page.consents[i + 1] : undefined)),
    page.language && languageField(page.language),
    Object.entries(page.hidden || {}).map(([name, value]) => h('input', { type: 'hidden', name, value })),
    h(
      'div',
      { class: 'actions' + (page.recovery ? ' logon-actions' : '') },
      h('button', { type: 'submit', class: 'btn-primary' }, page.submit),
      page.recovery && h('a', { class: 'btn-secondary', href: page.recovery.href }, page.recovery.label),
      page.secondary.style !== 'line' && h('a', { class: page.secondary.style === 'button' ? 'btn-secondary' : 'btn-link', href: page.secondary.href }, page.secondary.label),
    ),
    page.secondary.style === 'line' && h('p', { class: 'signup-line' }, page.secondary.before, ' ', h('a', { class: 'link', href: page.secondary.href }, page.secondary.label)),
    page.linksBelow.map((link) => h('a', { class: 'link', href: link.href }, link.label)),
  ];
  form.append(...parts.flat(Infinity).filter(Boolean));
  submitInPlace(form, page.action, false);
  root.replaceChildren(
    h(
      'main',
      { class: 'auth-page' },
      h(
        'section',
        { class: 'auth-panel', 'aria-labelledby': 'panel-title' },
        h('div', { class: 'logo', 'aria-label': 'senko://digital' }, 'senko://digital'),
        h('h1', { id: 'panel-title' }, page.heading),
        page.linksAbove.map((link) => h('a', { class: 'link have-account', href: link.href }, link.label)),
        form,
      ),
    ),
  );
}

// ---- The main page ------------------------------------------------------------------------------

function emptyState(empty) {
  return h('div', { class: 'empty' }, h('div', { class: 'empty-art', 'aria-hidden': 'true' }), h('b', {}, empty.title), h('span', {}, empty.hint));
}

function panel(id, heading, ...content) {
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, heading), content);
}

/** The confirmation window: a div with the dialog role over a dimmed page, not a <dialog>. */
function confirmDialog(page, toast) {
  let opener;
  const ok = h('button', { type: 'button', class: 'btn-primary' }, page.dialog.ok);
  const cancel = h('button', { type: 'button', class: 'btn-link' }, page.dialog.cancel);
  const dialog = h(
    'div',
    { class: 'dialog spa-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dialog-title' },
    h('h2', { id: 'dialog-title' }, page.dialog.title),
    h('p', {}, page.dialog.text),
    h('div', { class: 'dialog-buttons' }, ok, cancel),
  );
  const overlay = h('div', { class: 'overlay', hidden: true }, dialog);
  const close = () => {
    overlay.hidden = true;
    opener?.focus();
  };
  cancel.addEventListener('click', close);
  overlay.addEventListener('keydown', (event) => event.key === 'Escape' && close());
  ok.addEventListener('click', async () => {
    const response = await fetch(page.dialog.action, { method: 'POST', headers: { accept: 'application/json', 'x-csrf-token': csrf }, credentials: 'same-origin' });
    const answer = await response.json().catch(() => ({}));
    close();
    if (answer.message) {
      toast.textContent = answer.message;
      toast.hidden = false;
      setTimeout(() => (toast.hidden = true), 4000);
    }
  });
  const open = (from) => {
    opener = from;
    overlay.hidden = false;
    ok.focus();
  };
  return { overlay, open };
}

/** The side menu: each group a button (aria-expanded) showing or hiding its links. */
function sideMenu(page) {
  const groups = page.menu.map((group) => {
    const list = h(
      'ul',
      { class: 'submenu', id: `menu-${group.id}`, hidden: !group.open },
      group.items.map((item) => h('li', {}, h('a', { class: 'submenu-item' + (item.current ? ' current' : ''), href: item.href, 'aria-current': item.current ? 'page' : undefined }, item.label))),
    );
    const button = h(
      'button',
      {
        type: 'button',
        class: 'menu-item',
        'aria-expanded': String(group.open),
        'aria-controls': list.id,
        onclick: () => {
          const open = list.hidden;
          button.setAttribute('aria-expanded', String(open));
          list.hidden = !open;
        },
      },
      h('span', { class: 'menu-icon', 'aria-hidden': 'true' }, '○'),
      group.label,
      h('span', { class: 'chevron', 'aria-hidden': 'true' }, '⌄'),
    );
    return h('li', {}, button, list);
  });
  return h('nav', { class: 'sidebar', 'aria-label': 'menu' }, h('ul', {}, groups), h('div', { class: 'copyright' }, page.copyright));
}

/**
 * The frame of every page behind log-on (pages/chrome.ts describes it): notification strip,
 * header, workspace tabs, side menu, the confirmation dialog; `content` goes in the workspace.
 */
function renderApp(description, ...content) {
  // The frame's fields sit at the page's top level, or under `chrome` (the order flow's pages).
  const page = description.chrome || description;
  document.body.className = 'app' + (page.layout === 'shifted' ? ' drift-layout' : '');
  const toast = h('div', { class: 'toast', 'aria-live': 'polite', hidden: true });
  const dialog = confirmDialog(page, toast);
  const n = page.notification;
  const strip =
    n &&
    h(
      'div',
      { class: 'notice-strip' + (n.position === 'bottom' ? ' at-bottom' : '') },
      h(
        'div',
        { class: 'notice', role: 'status' },
        svg('0 0 24 24', 'notice-icon', [
          { d: 'M12 2 1 21h22L12 2Z', fill: '#e0134f' },
          { d: 'M11 9h2v6h-2zM11 16.5h2v2h-2z', fill: '#fff' },
        ]),
        ...(n.button
          ? [h('span', { class: 'notice-plain' }, n.text), h('button', { type: 'button', class: 'notice-button', onclick: (event) => dialog.open(event.currentTarget) }, n.button)]
          : [h('button', { type: 'button', class: 'notice-text', onclick: (event) => n.opensDialog && dialog.open(event.currentTarget) }, n.text)]),
      ),
      h('button', { type: 'button', class: 'notice-close', 'aria-label': n.close, onclick: (event) => event.currentTarget.parentElement.remove() }, '×'),
    );
  const header = h(
    'header',
    { class: 'topbar' },
    h('div', { class: 'brand', 'aria-label': 'senko://digital' }, '://'),
    h(
      'div',
      { class: 'topbar-right' },
      h('span', { class: 'balance' }, `${page.balance.label}: `, h('b', {}, page.balance.amount), ', ', h('a', { href: '/billmgr', class: 'accent' }, page.balance.addFunds)),
      h(
        'details',
        { class: 'user-menu' },
        h('summary', {}, svg('0 0 24 24', 'user-icon', [
            { tag: 'circle', cx: '12', cy: '8', r: '4', stroke: '#fff', 'stroke-width': '2', fill: 'none' },
            { d: 'M4 21c1-4 4-6 8-6s7 2 8 6', stroke: '#fff', 'stroke-width': '2', fill: 'none' },
          ]), h('span', { class: 'user-email' }, page.account)),
        h('div', { class: 'user-menu-drop' },
          h('a', { class: 'user-menu-item icon-settings', href: page.settings.href }, page.settings.label),
          h('form', { method: 'post', action: page.logout.action }, h('input', { type: 'hidden', name: '_csrf', value: csrf }), h('button', { type: 'submit', class: 'user-menu-item icon-logout' }, page.logout.label)),
        ),
      ),
    ),
  );
  // BILLmanager keeps every opened screen as a tab of the workspace; the last is the one shown.
  const shown = page.tabs.length - 1;
  const tabs = h(
    'div',
    { class: 'tabbar' },
    h('span', { class: 'tab-icons', 'aria-hidden': 'true' }, '↶ ☰ ☆ ▤ ⊕ ⊖ ⌕'),
    h(
      'div',
      { role: 'tablist', class: 'tablist' },
      page.tabs.map((label, i) =>
        h('button', {
          type: 'button',
          role: 'tab',
          id: `tab-${i}`,
          class: 'tab' + (i === shown ? ' active' : ''),
          'aria-selected': String(i === shown),
          'aria-controls': 'workspace',
          tabindex: i === shown ? 0 : -1,
          onclick: () => i !== shown && void navigate(page.tabLinks[i], true),
        }, label),
      ),
    ),
  );
  root.replaceChildren(
    strip || '',
    header,
    tabs,
    h('div', { class: 'layout' }, sideMenu(page), h('main', { class: 'content' }, h('div', { role: 'tabpanel', id: 'workspace', 'aria-labelledby': `tab-${shown}` }, content))),
    dialog.overlay,
    toast,
  );
}

function renderMain(page) {
  const p = page.panels;
  renderApp(
    page,
    h('div', { class: 'page-head' }, h('h1', {}, page.heading), h('span', { class: 'head-icons', 'aria-hidden': 'true' }, '⟳ ◍'), h('div', { class: 'tip', role: 'note' }, page.refreshTip, h('span', { class: 'tip-close', 'aria-hidden': 'true' }, '×'))),
    h(
      'section',
      { class: 'panel quick', 'aria-label': page.heading },
      h(
        'div',
        { class: 'tiles' },
        page.tiles.map((tile) =>
          tile.button
            ? h('div', { class: 'tile' }, h('span', {}, tile.label), h('a', { class: 'btn-primary small', href: '/billmgr' }, tile.button))
            : h('a', { class: 'tile', href: tile.href || '/billmgr' }, h('span', {}, tile.label), h('i', { class: `ti ${tile.icon}` })),
        ),
      ),
    ),
    h(
      'div',
      { class: 'panels' },
      h(
        'div',
        { class: 'col' },
        panel('p-account', p.accountInfo.heading, h('table', { class: 'info' }, h('tbody', {}, p.accountInfo.rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.label), h('td', { class: row.accent ? 'accent' : undefined }, row.value)))))),
        panel('p-services', p.services, emptyState(p.empty)),
      ),
      h('div', { class: 'col' }, panel('p-tickets', p.tickets.heading, emptyState(p.empty), h('div', { class: 'panel-links' }, p.tickets.links.map((link) => h('a', { class: 'link', href: link.href }, link.label))))),
    ),
    panel('p-active', p.activeServices, emptyState(p.empty)),
  );
}

// ---- Tickets and the referral program -------------------------------------------------------------

function pageHead(page, back) {
  return h(
    'div',
    { class: 'page-head' },
    back && h('a', { class: 'back-arrow', href: back.href, 'aria-label': back.label }, '←'),
    h('h1', {}, page.heading),
    h('span', { class: 'head-icons', 'aria-hidden': 'true' }, '⟳ ◍'),
  );
}

/** A list: a header row, a row per entry (one cell a link), or the empty state under it. */
function listTable(columns, rows, empty) {
  return [
    h(
      'table',
      { class: 'list' },
      h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, column.label)))),
      h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((column) => h('td', {}, row.href && row.linkKey === column.key ? h('a', { href: row.href }, row.cells[column.key]) : row.cells[column.key]))))),
    ),
    !rows.length && emptyState(empty),
  ];
}

function renderTicketList(page) {
  renderApp(
    page,
    pageHead(page),
    h('div', { class: 'list-toolbar' }, h('a', { class: 'tool-button', href: page.create.href }, h('span', { class: 'tool-icon', 'aria-hidden': 'true' }, '⊕'), page.create.label)),
    h('section', { class: 'panel list-panel', 'aria-label': page.heading }, listTable(page.columns, page.rows, page.empty)),
  );
}

function hintMark(texts) {
  return h('span', { class: 'hint', 'aria-hidden': 'true', title: texts.hint }, '?');
}

/** A group of radios: a div label above the group (not tied to it), each radio a native input inside its label. */
function radioGroup(group, texts) {
  return h(
    'div',
    { class: 'field radios', 'data-field': group.name },
    h('div', { class: 'field-label' }, group.label, hintMark(texts)),
    h('div', { role: 'radiogroup' }, group.options.map((option) => h('label', { class: 'radio' }, h('input', { type: 'radio', name: group.name, value: option.value, checked: option.value === group.value }), h('span', {}, option.label)))),
  );
}

function renderTicketForm(page) {
  const texts = page.texts;
  const textarea = h('textarea', { name: page.message.name, rows: 7, maxlength: 20000 });
  const input = h('input', { type: 'file', name: page.attachments.name, multiple: true, class: 'file-input', id: 'attachments-input' });
  const names = h('ul', { class: 'file-names', 'aria-live': 'polite' });
  const editor = h(
    'div',
    { class: 'editor' },
    h(
      'div',
      { class: 'editor-toolbar', role: 'toolbar', 'aria-label': page.message.toolbar.label },
      page.message.toolbar.tools.map((tool) => h('button', { type: 'button', class: `editor-tool md-${tool.action}`, 'aria-label': tool.label, title: tool.label, onclick: () => window.standinEditor.apply(textarea, tool.action) })),
    ),
    textarea,
    // The visible words open the file chooser: the label is how a person reaches the hidden input.
    h('div', { class: 'attach', 'data-field': page.attachments.name }, h('label', { class: 'attach-label', for: input.id }, page.attachments.label), input, names),
  );
  window.standinEditor.dropzone(editor, input, names);
  const form = h(
    'form',
    { novalidate: true, action: page.action, method: 'post', class: 'ticket-form' },
    h(
      'div',
      { class: 'panel form-panel' },
      h('div', { class: 'field', 'data-field': page.subject.name }, fieldLabel(page.subject.label, true, texts.hint), h('input', { type: 'text', name: page.subject.name, maxlength: 300 })),
      h(
        'div',
        { class: 'field', 'data-field': page.service.name },
        fieldLabel(page.service.label, false, texts.hint),
        h('div', { class: 'input-with-tools select-wrap' }, h('select', { name: page.service.name }, page.service.options.map((option) => h('option', { value: option.value }, option.label)))),
      ),
      radioGroup(page.department, texts),
      page.priority && radioGroup(page.priority, texts),
      h('div', { class: 'field editor-field', 'data-field': page.message.name }, fieldLabel(page.message.label, true, ''), editor, h('div', { class: 'field-note' }, page.message.hint)),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn-primary' }, page.submit), h('a', { class: 'btn-link', href: page.back.href }, page.cancel)),
  );
  submitInPlace(form, page.action, true);
  renderApp(page, pageHead(page, page.back), form);
}

/** A rendered Markdown message: text nodes only, links kept to the addresses the server allowed. */
function markdownRuns(runs) {
  return runs.map((run) => {
    let node = document.createTextNode(run.text);
    if (run.code) node = h('code', {}, node);
    if (run.strike) node = h('s', {}, node);
    if (run.em) node = h('em', {}, node);
    if (run.strong) node = h('strong', {}, node);
    if (run.href) node = h('a', { href: run.href, rel: 'nofollow noopener noreferrer', target: '_blank' }, node);
    return node;
  });
}

function markdownBlock(block) {
  const lines = (tag) => h(tag, {}, block.lines.map((runs, i) => [i ? h('br') : null, markdownRuns(runs)]));
  if (block.kind === 'ul' || block.kind === 'ol') return h(block.kind, {}, block.lines.map((runs) => h('li', {}, markdownRuns(runs))));
  if (block.kind === 'quote') return lines('blockquote');
  if (block.kind === 'heading') return h('h3', {}, markdownRuns(block.lines[0]));
  if (block.kind === 'pre') return h('pre', {}, h('code', {}, block.lines[0][0].text));
  return lines('p');
}

function renderTicketView(page) {
  renderApp(
    page,
    pageHead(page, page.back),
    h('section', { class: 'panel form-panel', 'aria-label': page.heading }, h('table', { class: 'info' }, h('tbody', {}, page.rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.label), h('td', {}, row.value)))))),
    h('section', { class: 'panel form-panel', 'aria-labelledby': 't-message' }, h('h2', { id: 't-message' }, page.message.label), h('div', { class: 'md' }, page.message.blocks.map(markdownBlock))),
    page.attachments.names.length > 0 &&
      h('section', { class: 'panel form-panel', 'aria-labelledby': 't-files' }, h('h2', { id: 't-files' }, page.attachments.label), h('ul', { class: 'file-names' }, page.attachments.names.map((name) => h('li', {}, name)))),
    h('div', { class: 'actions' }, h('a', { class: 'btn-link', href: page.back.href }, page.back.label)),
  );
}

/** The referral program: «Доход» / «Статистика» tabs over their panels, then the program's link and promo code. */
function renderReferral(page) {
  const texts = page.texts;
  const panels = page.sections.map((section) =>
    h(
      'section',
      { class: 'panel list-panel', role: 'tabpanel', id: `section-${section.id}`, 'aria-labelledby': `section-tab-${section.id}`, hidden: !section.selected },
      listTable(section.columns, section.rows, page.empty),
      section.note && h('p', { class: 'list-note' }, section.note),
    ),
  );
  const tabs = page.sections.map((section) =>
    h('button', { type: 'button', role: 'tab', id: `section-tab-${section.id}`, class: `section-tab icon-${section.id}`, 'aria-selected': String(section.selected), 'aria-controls': `section-${section.id}`, tabindex: section.selected ? 0 : -1 }, h('span', { class: 'section-icon', 'aria-hidden': 'true' }), section.label),
  );
  const select = (tab) => {
    tabs.forEach((other, i) => {
      other.setAttribute('aria-selected', String(other === tab));
      other.tabIndex = other === tab ? 0 : -1;
      panels[i].hidden = other !== tab;
    });
    tab.focus();
  };
  const tablist = h('div', { class: 'section-tabs', role: 'tablist', 'aria-label': page.heading }, tabs);
  tablist.addEventListener('click', (event) => {
    const tab = tabs.find((candidate) => candidate.contains(event.target));
    if (tab) select(tab);
  });
  tablist.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(document.activeElement);
    if (index < 0 || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    event.preventDefault();
    select(tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]);
  });
  const readOnly = (field) => h('div', { class: 'field' }, fieldLabel(field.label, false, texts.hint), h('input', { type: 'text', name: field.name, value: field.value, readonly: true }));
  renderApp(
    page,
    pageHead(page),
    tablist,
    panels,
    h(
      'div',
      { class: 'panel form-panel referral-form' },
      h('div', { class: 'field' }, fieldLabel(page.program.label, false, texts.hint), h('div', { class: 'input-with-tools select-wrap' }, h('select', { name: page.program.name }, page.program.options.map((option) => h('option', { value: option.value }, option.label))))),
      readOnly(page.link),
      readOnly(page.promo),
    ),
    h('div', { class: 'actions' }, h('a', { class: 'btn-link', href: page.cancel.href }, page.cancel.label)),
  );
}

/**
 * How each page is drawn, by its description's `page`. Other scripts of the shell add theirs with
 * `window.standinSpa.register(name, render)` before the first page is drawn (DOMContentLoaded).
 */
const RENDERERS = {
  main: renderMain,
  logon: renderForm,
  register: renderForm,
  tickets: renderTicketList,
  'ticket.edit': renderTicketForm,
  'ticket.view': renderTicketView,
  'affiliate.client': renderReferral,
};

window.standinSpa = {
  h,
  svg,
  renderApp,
  panel,
  emptyState,
  fieldLabel,
  showErrors,
  submitInPlace,
  navigate,
  csrf: () => csrf,
  register(name, render) {
    RENDERERS[name] = render;
  },
};

// ---- Routing ------------------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || link.target || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href);
  if (!isPage(url)) return;
  event.preventDefault();
  void navigate(url.href, true);
});
window.addEventListener('popstate', () => void navigate(location.href, false));
// After every deferred script of the shell, so the renderers they register are there.
document.addEventListener('DOMContentLoaded', () => void navigate(location.href, false));
