// The spa skin: a shell page whose every screen is drawn here from the server's JSON description
// (`?func=…&out=sjson`), as BILLmanager 6's client does. Markup is what a typical single-page app
// has: labels are divs above their inputs (no `for=`), refusals are text under the field with
// role="alert" (no aria-invalid/aria-describedby), custom combobox, checkboxes and dialog.
'use strict';

const root = document.getElementById('root');
const SVG = 'http://www.w3.org/2000/svg';
const PAGE_FUNCS = ['', 'register', 'logon', 'dashboard'];
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
  return url.origin === location.origin && url.pathname === '/billmgr' && PAGE_FUNCS.includes(url.searchParams.get('func') || '');
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
  const answer = await response.json();
  csrf = answer.csrf;
  if (push) history.pushState(null, '', url.pathname + url.search);
  render(answer.page);
  root.setAttribute('aria-busy', 'false');
}

function render(page) {
  document.documentElement.lang = page.lang;
  document.title = `${page.title} — Senko Digital`;
  if (page.page === 'main') renderMain(page);
  else renderForm(page);
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
    for (const other of options) other.setAttribute('aria-selected', String(other === option));
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
    const option = event.target.closest('[role="option"]');
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

/** A styled checkbox: a span with the checkbox role, the consent text beside it, a hidden input posted. */
function consentRow(consent) {
  const hidden = h('input', { type: 'hidden', name: consent.name, value: '' });
  const document_ = h('a', { class: 'link', href: consent.document.href, target: '_blank', rel: 'noopener' }, consent.document.label);
  const text = h('span', { class: 'check-text' }, consent.text, consent.required && consent.checkbox && h('span', { class: 'req' }, '*'));
  if (!consent.checkbox) return h('div', { class: 'consent', 'data-field': consent.name }, h('div', { class: 'check no-box' }, text), document_);
  const box = h('span', { role: 'checkbox', 'aria-checked': 'false', tabindex: 0, class: 'box' });
  const toggle = () => {
    const checked = box.getAttribute('aria-checked') !== 'true';
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
  return h('div', { class: 'consent', 'data-field': consent.name }, h('div', { class: 'check' }, box, text), document_, hidden);
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
  first?.parentElement.querySelector('input:not([type="hidden"]), [role="checkbox"]')?.focus();
}

function renderForm(page) {
  document.body.className = 'auth';
  const form = h('form', { novalidate: true, action: page.action, method: 'post' });
  form.append(
    ...page.fields.map((field) => formField(field, page, form)),
    ...page.consents.map(consentRow),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'btn-primary' }, page.submit),
      h('a', { class: page.secondary.style === 'button' ? 'btn-secondary' : 'btn-link', href: page.secondary.href }, page.secondary.label),
    ),
    page.linksBelow.map((link) => h('a', { class: 'link', href: link.href }, link.label)),
  );
  // Correcting a refused field takes its message away.
  const settle = (event) => clearError(event.target.closest('[data-field]'));
  form.addEventListener('input', settle);
  form.addEventListener('change', settle);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const container of form.querySelectorAll('[data-field]')) clearError(container);
    const response = await fetch(page.action, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': csrf },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
    });
    const answer = await response.json().catch(() => ({ ok: false, errors: {} }));
    if (answer.ok) await navigate(answer.redirect, true);
    else showErrors(form, answer.errors || {});
  });
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

function renderMain(page) {
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
        h('button', { type: 'button', class: 'notice-text', onclick: (event) => n.opensDialog && dialog.open(event.currentTarget) }, n.text),
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
        h('form', { method: 'post', action: page.logout.action }, h('input', { type: 'hidden', name: '_csrf', value: csrf }), h('button', { type: 'submit' }, page.logout.label)),
      ),
    ),
  );
  // BILLmanager keeps every opened screen as a tab of the workspace.
  const tabs = h(
    'div',
    { class: 'tabbar' },
    h('span', { class: 'tab-icons', 'aria-hidden': 'true' }, '↶ ☰ ☆ ▤ ⊕ ⊖ ⌕'),
    h('div', { role: 'tablist', class: 'tablist' }, page.tabs.map((label, i) => h('button', { type: 'button', role: 'tab', id: `tab-${i}`, class: 'tab' + (i === 0 ? ' active' : ''), 'aria-selected': String(i === 0), 'aria-controls': 'workspace', tabindex: i === 0 ? 0 : -1 }, label))),
  );
  const p = page.panels;
  const content = h(
    'div',
    { role: 'tabpanel', id: 'workspace', 'aria-labelledby': 'tab-0' },
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
            : h('a', { class: 'tile', href: '/billmgr' }, h('span', {}, tile.label), h('i', { class: `ti ${tile.icon}` })),
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
      h('div', { class: 'col' }, panel('p-tickets', p.tickets.heading, emptyState(p.empty), h('div', { class: 'panel-links' }, p.tickets.links.map((label) => h('a', { class: 'link', href: '/billmgr' }, label))))),
    ),
    panel('p-active', p.activeServices, emptyState(p.empty)),
  );
  root.replaceChildren(
    strip || '',
    header,
    tabs,
    h(
      'div',
      { class: 'layout' },
      h('nav', { class: 'sidebar', 'aria-label': 'menu' }, h('ul', {}, page.menu.map((item) => h('li', {}, h('button', { type: 'button', class: 'menu-item' }, h('span', { class: 'menu-icon', 'aria-hidden': 'true' }, '○'), item, h('span', { class: 'chevron', 'aria-hidden': 'true' }, '⌄'))))), h('div', { class: 'copyright' }, page.copyright)),
      h('main', { class: 'content' }, content),
    ),
    dialog.overlay,
    toast,
  );
}

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
void navigate(location.href, false);
