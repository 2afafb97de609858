// The spa skin's order-flow pages (order form, payment, servers list), drawn from the server's
// JSON description (`?func=…&out=sjson`) inside the frame spa.js draws for every page behind
// log-on. spa.js hands each page kind registered here its description and its helpers.
// Markup as a single-page app makes it: labels are divs tied by aria-labelledby, the operating
// systems are role="radio" tiles, auto-renewal a role="checkbox" switch, refusals role="alert"
// text next to the control.
'use strict';

(function () {
  const pages = (window.StandinPages = window.StandinPages || {});
  let uid = 0;
  const nextId = (prefix) => `${prefix}-${++uid}`;

  function ensureStyles() {
    if (document.querySelector('link[href="/assets/order.css"]')) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/assets/order.css';
    document.head.append(link);
  }

  /** The page inside the client area's frame (header, tabs, side menu) that spa.js draws. */
  function frame(page, ctx, ...content) {
    ensureStyles();
    document.documentElement.lang = page.lang;
    document.title = `${page.title} — Senko Digital`;
    if (ctx.renderApp) ctx.renderApp(Object.assign({}, page.chrome, page), ...content);
    else ctx.root.replaceChildren(ctx.h('main', { class: 'content' }, content));
    window.scrollTo(0, 0);
  }

  /** A label div and its control, tied by aria-labelledby (the spa's forms have no <label for>). */
  function labelled(h, text, options, control) {
    const id = nextId('label');
    control.setAttribute('aria-labelledby', id);
    return h(
      'div',
      { class: 'field' + (options.narrow ? ' narrow' : '') + (options.fixed ? ' fixed' : ''), 'data-field': options.name },
      h('div', { class: 'field-label', id }, text, options.required && h('span', { class: 'req' }, '*'), options.hint !== false && h('span', { class: 'hint', 'aria-hidden': 'true' }, '?')),
      control,
      options.after,
    );
  }

  function clearErrors(form) {
    for (const alert of form.querySelectorAll('.error')) alert.remove();
  }

  function showErrors(h, form, errors) {
    for (const [name, text] of Object.entries(errors)) {
      const container = form.querySelector(`[data-field="${name}"]`);
      if (container) container.append(h('div', { class: 'error', role: 'alert' }, text));
    }
  }

  /** Posts a form as the spa client does (fetch, CSRF header); a refusal comes back as messages. */
  async function submit(ctx, url, form, extra) {
    const body = new URLSearchParams(new FormData(form));
    for (const [name, value] of Object.entries(extra || {})) body.set(name, value);
    const response = await fetch(url, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': ctx.csrf() },
      body,
      credentials: 'same-origin',
    });
    const answer = await response.json().catch(() => ({ ok: false, errors: {} }));
    if (answer.ok) await ctx.navigate(answer.redirect, true);
    return answer;
  }

  function head(h, page, back) {
    return h(
      'div',
      { class: 'page-head order-head' },
      back && h('a', { class: 'back', href: back.href, 'aria-label': back.label }, '←'),
      h('h1', {}, page.heading),
      h('span', { class: 'head-icons', 'aria-hidden': 'true' }, '⟳ ◍'),
    );
  }

  /** The operating systems: role="radio" tiles in a radiogroup, each with its version menu. */
  function osTiles(h, os, values) {
    const hidden = h('input', { type: 'hidden', name: os.name, value: values.os || '' });
    const labelId = nextId('label');
    const tiles = [];
    const choose = (tile) => {
      for (const other of tiles) {
        other.radio.setAttribute('aria-checked', String(other === tile));
        other.radio.tabIndex = other === tile ? 0 : -1;
      }
      hidden.value = tile.id;
      hidden.dispatchEvent(new Event('change', { bubbles: true }));
    };
    for (const system of os.systems) {
      const radio = h('div', { role: 'radio', class: 'os-pick', 'aria-checked': String(values.os === system.id), tabindex: -1 }, h('span', { class: `os-logo os-${system.id}`, 'aria-hidden': 'true' }), h('span', { class: 'os-name' }, system.name));
      const version = h('select', { class: 'os-version', name: system.versionName, 'aria-label': system.versionLabel }, system.versions.map((v) => h('option', {}, v)));
      const tile = { id: system.id, radio };
      radio.addEventListener('click', () => choose(tile));
      radio.addEventListener('keydown', (event) => {
        const index = tiles.indexOf(tile);
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
        if (event.key === ' ' || event.key === 'Enter') choose(tile);
        else if (step) {
          const next = tiles[(index + step + tiles.length) % tiles.length];
          choose(next);
          next.radio.focus();
        } else return;
        event.preventDefault();
      });
      tiles.push(tile);
      tile.node = h('div', { class: 'os-tile' + (values.os === system.id ? ' chosen' : '') }, radio, version);
    }
    const first = tiles.find((tile) => tile.radio.getAttribute('aria-checked') === 'true') || tiles[0];
    first.radio.tabIndex = 0;
    hidden.addEventListener('change', () => {
      for (const tile of tiles) tile.node.classList.toggle('chosen', tile.id === hidden.value);
    });
    return h(
      'div',
      { class: 'field', 'data-field': os.name },
      h('div', { class: 'field-label', id: labelId }, os.label, h('span', { class: 'req' }, '*'), h('span', { class: 'hint', 'aria-hidden': 'true' }, '?')),
      h('div', { class: 'os-tiles', role: 'radiogroup', 'aria-labelledby': labelId, 'aria-required': 'true' }, tiles.map((tile) => tile.node)),
      hidden,
    );
  }

  /** Auto-renewal, IPv6: a box with the checkbox role; the hidden input carries its value. */
  function checkSwitch(h, spec, on) {
    const hidden = h('input', { type: 'hidden', name: spec.name, value: on ? 'on' : '' });
    const labelId = nextId('label');
    const box = h('span', { role: 'checkbox', class: 'box' + (on ? ' checked' : ''), tabindex: 0, 'aria-checked': String(on), 'aria-labelledby': labelId });
    // The state lives in the element's class (the tick is drawn from it); aria-checked only says it.
    const toggle = () => {
      const checked = !box.classList.contains('checked');
      box.classList.toggle('checked', checked);
      box.setAttribute('aria-checked', String(checked));
      hidden.value = checked ? 'on' : '';
    };
    box.addEventListener('click', toggle);
    box.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      toggle();
    });
    const text = h('span', { id: labelId, class: 'check-text', onclick: toggle }, spec.label);
    return h('div', { class: 'switch' }, box, text, hidden);
  }

  pages['vds.order'] = function renderOrder(page, ctx) {
    const h = ctx.h;
    const values = page.values;
    const chosen = page.period.options.find((o) => o.value === values.period) || page.period.options[1];
    const priceOuts = [];
    const price = () => {
      const node = h('span', {}, chosen.price);
      priceOuts.push(node);
      return node;
    };
    const renewal = h('p', { class: 'renewal' }, chosen.renewal);
    const period = h('select', { name: page.period.name }, page.period.options.map((o) => h('option', { value: o.value, selected: o.value === chosen.value }, o.label)));
    period.addEventListener('change', () => {
      const option = page.period.options.find((o) => o.value === period.value);
      for (const node of priceOuts) node.textContent = option.price;
      renewal.textContent = option.renewal;
    });
    const ptr = h('input', { type: 'text', name: page.ptr.name, autocomplete: 'off', maxlength: 253, value: values.ptr || '' });
    const form = h('form', { class: 'order-form', novalidate: true, action: page.action, method: 'post' });
    const totalId = nextId('label');
    form.append(
      h(
        'div',
        { class: 'order-grid' },
        h(
          'section',
          { class: 'panel order-main', 'aria-label': page.title },
          labelled(h, page.ptr.label, { name: page.ptr.name, narrow: true, required: page.ptr.required }, ptr),
          osTiles(h, page.os, values),
          labelled(h, page.software.label, { name: page.software.name, narrow: true }, h('select', { name: page.software.name }, h('option', { value: '' }, page.software.none))),
          page.fixed.map((f) =>
            labelled(
              h,
              f.label,
              { name: f.name, narrow: true, fixed: true, after: [h('div', { class: 'range', 'aria-hidden': 'true' }, h('span', { class: 'knob' })), h('div', { class: 'range-ends', 'aria-hidden': 'true' }, h('span', {}, f.value), h('span', {}, f.value))] },
              h('input', { type: 'text', value: f.value, readonly: true }),
            ),
          ),
          labelled(h, page.ipv4.label, { name: page.ipv4.name, narrow: true, fixed: true }, h('input', { type: 'text', name: page.ipv4.name, value: page.ipv4.value, readonly: true })),
          h('div', { class: 'ipv6' }, checkSwitch(h, page.ipv6, true)),
        ),
        h(
          'aside',
          { class: 'order-side' },
          h(
            'section',
            { class: 'panel side-box', 'aria-labelledby': totalId },
            labelled(h, page.period.label, { name: page.period.name, hint: false, after: h('div', { class: 'note' }, page.period.note) }, period),
            h(
              'table',
              { class: 'costs' },
              h(
                'tbody',
                {},
                h('tr', { class: 'strong' }, h('th', { scope: 'row' }, page.summary.totalCost), h('td', {}, price())),
                h('tr', {}, h('th', { scope: 'row' }, page.summary.basePrice), h('td', {}, price())),
                h('tr', {}, h('th', { scope: 'row' }, page.summary.configPrice), h('td', {}, page.summary.configValue)),
              ),
            ),
            h('div', { class: 'total' }, h('span', { id: totalId }, page.summary.total), h('strong', { 'aria-live': 'polite' }, price())),
            h('button', { type: 'submit', class: 'btn-primary wide', 'data-action': 'pay' }, page.pay),
            h('button', { type: 'submit', class: 'btn-outline wide', 'data-action': 'cart' }, h('span', { class: 'cart-icon', 'aria-hidden': 'true' }, ''), page.toCart),
          ),
          h('section', { class: 'panel side-box renewal-box' }, checkSwitch(h, page.autoRenewal, values.autorenew === 'on'), renewal),
        ),
      ),
    );
    const settle = (event) => event.target.closest('[data-field]')?.querySelector(':scope > .error')?.remove();
    form.addEventListener('input', settle);
    form.addEventListener('change', settle);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const action = event.submitter?.dataset.action || 'pay';
      const answer = await submit(ctx, page.action, form, { action });
      if (!answer.ok) {
        showErrors(h, form, answer.errors || {});
        form.querySelector('.error')?.closest('[data-field]')?.querySelector('input:not([type="hidden"]), .os-pick[tabindex="0"]')?.focus();
      }
    });
    frame(page, ctx, head(h, page, page.back), form);
  };

  /** The payment page of 2026: a card per method (a role="group" named by its title), the cart beside them. */
  pages['payment.new'] = function renderPayment(page, ctx) {
    const h = ctx.h;
    const steps = h('ol', { class: 'steps', 'aria-label': page.steps.label }, page.steps.items.map((step, i) => h('li', { class: i === page.steps.current ? 'current' : undefined, 'aria-current': i === page.steps.current ? 'step' : undefined }, step)));
    const cards = page.methods.map((method) => {
      const nameId = nextId('method');
      const button = h('button', { type: 'button', class: 'btn-primary pay-select', disabled: method.disabled || undefined }, method.select);
      const card = h('div', { class: 'pay-card' + (method.disabled ? ' disabled' : ''), role: 'group', 'aria-labelledby': nameId, 'data-field': method.id },
        h('div', { class: 'pay-card-head' }, h('div', { class: 'pay-name', id: nameId }, method.name), h('span', { class: 'pay-icons', 'aria-hidden': 'true' }, method.icons.map((icon) => h('i', { class: `pay-icon pi-${icon}` })))),
        method.about && h('div', { class: 'pay-about' }, h('span', { class: 'pay-label' }, method.about.label), h('p', {}, method.about.runs.map((run) => (run.bold ? h('b', {}, run.text) : run.text))), method.disclaimer && h('p', { class: 'pay-disclaimer' }, method.disclaimer)),
        h('div', { class: 'pay-facts' }, method.facts.map((fact) => h('div', { class: fact.muted ? 'muted' : undefined }, h('div', { class: 'pay-label' }, fact.label), h('div', { class: 'pay-value' }, fact.value)))),
        button,
      );
      button.addEventListener('click', async () => {
        for (const alert of list.querySelectorAll('.error')) alert.remove();
        const form = h('form', {}, h('input', { type: 'hidden', name: 'method', value: method.id }));
        const answer = await submit(ctx, page.action, form);
        if (!answer.ok) for (const [id, text] of Object.entries(answer.errors || {})) list.querySelector(`[data-field="${id}"]`)?.append(h('div', { class: 'error method-error', role: 'alert' }, text));
      });
      return card;
    });
    const list = h('div', { class: 'pay-cards' }, cards);
    const titleId = nextId('label');
    const methods = h('section', { class: 'pay-methods', 'aria-labelledby': titleId }, h('h2', { id: titleId, class: 'pay-methods-title' }, h('span', { class: 'pay-chevron', 'aria-hidden': 'true' }, '⌃'), ' ', page.methodsHeading), list);
    const cartId = nextId('label');
    const cart = h('aside', { class: 'panel pay-cart', 'aria-labelledby': cartId },
      h('div', { class: 'pay-cart-head' }, h('div', { id: cartId, class: 'pay-cart-title' }, page.cart.title), h('a', { class: 'btn-outline small', href: page.cart.change.href }, page.cart.change.label)),
      h('p', { class: 'pay-cart-total' }, h('span', {}, page.cart.registering), h('b', {}, page.cart.total)),
      h('table', { class: 'pay-cart-rows' }, h('tbody', {}, page.cart.rows.map((row) => h('tr', {}, h('td', {}, row.quantity), h('td', {}, row.name), h('td', {}, row.amount))))),
    );
    const cancel = h('p', { class: 'pay-cancel' }, h('a', { class: 'btn-link', href: page.cancel.href }, page.cancel.label));
    frame(page, ctx, head(h, page, page.back), steps, h('div', { class: 'pay-grid' }, methods, cart), cancel);
  };

  pages.vds = function renderServers(page, ctx) {
    const h = ctx.h;
    const titleId = nextId('label');
    const statusCells = new Map();
    const table = page.rows.length
      ? h(
          'table',
          { class: 'list', 'aria-labelledby': titleId },
          h('thead', {}, h('tr', {}, [page.columns.name, page.columns.ip, page.columns.os, page.columns.status, page.columns.expires].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            page.rows.map((row) => {
              const status = h('span', { class: `status status-${row.status}` }, row.statusLabel);
              statusCells.set(row.id, status);
              return h('tr', {}, h('td', {}, row.name), h('td', {}, row.ip), h('td', {}, row.os), h('td', {}, status), h('td', {}, row.expires));
            }),
          ),
        )
      : h('div', { class: 'empty' }, h('div', { class: 'empty-art', 'aria-hidden': 'true' }), h('b', {}, page.empty.title), h('span', {}, page.empty.hint));
    const section = h('section', { class: 'panel servers', 'aria-labelledby': titleId }, table);
    const pageHead = head(h, page);
    pageHead.querySelector('h1').id = titleId;
    pageHead.append(h('a', { class: 'btn-primary small order-more', href: page.order.href }, page.order.label));
    frame(page, ctx, pageHead, section);
    if (!page.installing) return;
    // Asks again while a server is being installed, as long as this list is on screen.
    const timer = setInterval(async () => {
      if (!section.isConnected) return clearInterval(timer);
      const response = await fetch('/billmgr?func=vds&out=sjson', { headers: { accept: 'application/json' }, credentials: 'same-origin' }).catch(() => undefined);
      if (!response || !response.ok) return;
      const answer = await response.json();
      for (const row of answer.page.rows || []) {
        const status = statusCells.get(row.id);
        if (!status) continue;
        status.textContent = row.statusLabel;
        status.className = `status status-${row.status}`;
      }
      if (!answer.page.installing) clearInterval(timer);
    }, 1000);
  };
})();
