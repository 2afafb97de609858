// The dragon skin's order-flow pages (order form, payment, servers list), drawn from the server's
// `doc` envelope inside the frame dragon.js draws. The operating systems are clickable tiles (the
// chosen one has a class), each with its version in a compact `ispui-select`; auto-renewal and
// IPv6 are `ispui-checkbox` hosts; no role and no aria-* anywhere.
'use strict';

(function () {
  const app = window.dragonApp;
  const { h, msgOf, valueOf, listOf } = app;

  function ensureStyles() {
    if (document.querySelector('link[href="/assets/order.css"]')) return;
    document.head.append(h('link', { rel: 'stylesheet', href: '/assets/order.css' }));
  }

  /** Each payment method icon's class, named in full (a renamed class must stay findable). */
  const PAY_ICON = { clock: 'pay-icon pi-clock', cash: 'pay-icon pi-cash', revolut: 'pay-icon pi-revolut', crypto: 'pay-icon pi-crypto', stripe: 'pay-icon pi-stripe', bank: 'pay-icon pi-bank', alipay: 'pay-icon pi-alipay', wechat: 'pay-icon pi-wechat', ideal: 'pay-icon pi-ideal', p24: 'pay-icon pi-p24', amazon: 'pay-icon pi-amazon' };

  /** Each system's logo class, named in full (a renamed class must stay findable). */
  const LOGO = { debian: 'os-logo os-debian', ubuntu: 'os-logo os-ubuntu', windows: 'os-logo os-windows', oracle: 'os-logo os-oracle', freebsd: 'os-logo os-freebsd', other: 'os-logo os-other' };

  /** The operating systems as tiles; the chosen one is the form's `ostempl`. */
  function osTiles(form, doc, spec) {
    const name = spec.$name;
    let chosen = valueOf(doc, name);
    const tiles = listOf(doc, name).map((system) => {
      const versionName = `version_${system.key}`;
      const version = form.select({ $name: versionName, select: { $name: versionName, $type: 'select' } }, { compact: true });
      const tile = h('div', { class: 'os-tile isp-os-tile', 'data-key': system.key }, h('span', { class: LOGO[system.key] || 'os-logo' }), h('span', { class: 'os-pick' }, h('span', { class: 'os-name' }, system.name || system.label)), version);
      tile.addEventListener('click', () => choose(system.key));
      tile.setAttribute('tabindex', '0');
      tile.addEventListener('keydown', (event) => {
        if (event.target !== tile || (event.key !== ' ' && event.key !== 'Enter')) return;
        event.preventDefault();
        choose(system.key);
      });
      return tile;
    });
    const update = () => tiles.forEach((tile) => tile.classList.toggle('isp-os-tile_chosen', tile.dataset.key === chosen));
    const choose = (key) => {
      chosen = key;
      update();
      tiles[0].dispatchEvent(new Event('change', { bubbles: true }));
    };
    update();
    form.readers.set(name, () => chosen);
    return form.container(name, app.fieldLabel(form.msg(name), spec.$required, form.msg(`hint_${name}`)), h('div', { class: 'os-tiles' }, tiles));
  }

  app.register('vds.order', function renderOrder(doc) {
    ensureStyles();
    const meta = doc.metadata.form;
    const c = doc.content;
    const form = new app.Form(doc);
    const spec = (name) => meta.field.find((f) => f.$name === name);
    const of = (predicate) => meta.field.filter(predicate);
    const period = spec('period');
    const checkboxes = of((f) => f.input && f.input.$type === 'checkbox');
    const [ipv6, autoprolong] = [checkboxes.find((f) => f.$name === 'ipv6'), checkboxes.find((f) => f.$name !== 'ipv6')];
    const price = () => h('span', { class: 'isp-order__price' }, (c.prices[valueOf(doc, 'period')] || {}).price || '');
    const renewal = h('p', { class: 'renewal' }, (c.prices[valueOf(doc, 'period')] || {}).renewal || '');
    const main = of((f) => f !== period && !checkboxes.includes(f)).map((f) => {
      if (f.select && f.select.$type === 'tiles') return osTiles(form, doc, f);
      const node = form.field(f);
      if (f.$range === 'yes') node.append(h('div', { class: 'range' }, h('span', { class: 'knob' })), h('div', { class: 'range-ends' }, h('span', {}, valueOf(doc, f.$name)), h('span', {}, valueOf(doc, f.$name))));
      node.classList.add('narrow');
      if (f.$range === 'yes' || (f.input && f.input.$readonly === 'yes')) node.classList.add('fixed');
      return node;
    });
    const periodField = form.field(period);
    const periodSelect = periodField.querySelector('ispui-select');
    const prices = [price(), price(), price()];
    periodSelect.addEventListener('change', () => {
      const chosen = c.prices[periodSelect.value] || {};
      for (const node of prices) node.textContent = chosen.price || '';
      renewal.textContent = chosen.renewal || '';
    });
    const submit = (button) => form.post(meta.$action, { action: button });
    const [actions] = app.formButtons(form, meta.buttons.button, submit);
    actions.classList.add('isp-order__buttons');
    form.host.classList.add('order-form');
    form.host.append(
      h('div', { class: 'order-grid' },
        h('section', { class: 'panel order-main' }, main, ipv6 && h('div', { class: 'ipv6' }, form.field(ipv6))),
        h('aside', { class: 'order-side' },
          h('section', { class: 'panel side-box' },
            periodField,
            h('table', { class: 'costs' }, h('tbody', {},
              h('tr', { class: 'strong' }, h('th', {}, c.summary.totalCost), h('td', {}, prices[0])),
              h('tr', {}, h('th', {}, c.summary.basePrice), h('td', {}, prices[1])),
              h('tr', {}, h('th', {}, c.summary.configPrice), h('td', {}, c.summary.configValue)),
            )),
            h('div', { class: 'total' }, h('span', {}, c.summary.total), h('strong', {}, prices[2])),
            actions,
          ),
          autoprolong && h('section', { class: 'panel side-box renewal-box' }, form.field(autoprolong), renewal),
        ),
      ),
    );
    app.renderApp(doc, app.pageHead(msgOf(doc, 'title'), { href: meta.$back }), form.host);
    if (c.errors && c.errors.length) form.showErrors(c.errors);
  });

  /** The payment page of 2026: an `isp-form-field` card per method with its «Select» `ispui-button`, the cart beside them. */
  app.register('payment.new', function renderPayment(doc) {
    ensureStyles();
    const c = doc.content;
    const meta = doc.metadata.form;
    const steps = h('ol', { class: 'steps' }, c.steps.items.map((step, i) => h('li', { class: i === c.steps.current ? 'current' : undefined }, step)));
    const cards = c.methods.map((method) => {
      const select = h('ispui-button', { theme: 'primary', class: 'pay-select', disabled: method.disabled || undefined }, method.select);
      const card = h('isp-form-field', { class: 'pay-card' + (method.disabled ? ' disabled' : ''), 'data-field': method.id },
        h('div', { class: 'pay-card-head' }, h('span', { class: 'pay-name' }, method.name), h('span', { class: 'pay-icons' }, method.icons.map((icon) => h('i', { class: PAY_ICON[icon] || 'pay-icon' })))),
        method.about && h('div', { class: 'pay-about' }, h('span', { class: 'pay-label' }, method.about.label), h('p', {}, method.about.runs.map((run) => (run.bold ? h('b', {}, run.text) : run.text))), method.disclaimer && h('p', { class: 'pay-disclaimer' }, method.disclaimer)),
        h('div', { class: 'pay-facts' }, method.facts.map((fact) => h('div', { class: fact.muted ? 'muted' : undefined }, h('span', { class: 'pay-label' }, fact.label), h('div', { class: 'pay-value' }, fact.value)))),
        select,
      );
      select.addEventListener('click', async () => {
        if (method.disabled) return;
        for (const error of list.querySelectorAll('.isp-field__error')) error.remove();
        const answer = await app.postDoc(meta.$action, { sok: 'ok', [c.field]: method.id });
        if (answer.ok !== undefined) return app.navigate(answer.redirect ? answer.redirect.$ : location.href, true);
        for (const error of [].concat(answer.error || [])) {
          const container = list.querySelector(`isp-form-field[data-field="${error.$object}"]`);
          if (container) container.append(h('div', { class: 'isp-field__error method-error' }, error.msg.$));
        }
      });
      return card;
    });
    const list = h('div', { class: 'pay-cards' }, cards);
    const methods = h('section', { class: 'pay-methods' }, h('h2', { class: 'pay-methods-title' }, h('span', { class: 'pay-chevron' }, '⌃'), ' ', msgOf(doc, 'methods')), list);
    const cart = h('aside', { class: 'panel pay-cart' },
      h('div', { class: 'pay-cart-head' }, h('span', { class: 'pay-cart-title' }, c.cart.title), h('ispui-button', { theme: 'outline', class: 'small', onclick: () => app.navigate(c.cart.change.href, true) }, c.cart.change.label)),
      h('p', { class: 'pay-cart-total' }, h('span', {}, c.cart.registering), h('b', {}, c.cart.total)),
      h('table', { class: 'pay-cart-rows' }, h('tbody', {}, c.cart.rows.map((row) => h('tr', {}, h('td', {}, row.quantity), h('td', {}, row.name), h('td', {}, row.amount))))),
    );
    const cancel = meta.buttons.button.find((button) => button.$name === 'cancel');
    const footer = h('p', { class: 'pay-cancel' }, h('ispui-button', { theme: 'link', onclick: () => app.navigate(cancel.$href, true) }, msgOf(doc, 'button_cancel')));
    app.renderApp(doc, app.pageHead(msgOf(doc, 'title'), { href: meta.$back }), steps, h('div', { class: 'pay-grid' }, methods, cart), footer);
  });

  app.register('vds', function renderServers(doc) {
    ensureStyles();
    const c = doc.content;
    const order = doc.metadata.toolbar.toolbtn[0];
    const head = app.pageHead(msgOf(doc, 'title'));
    head.append(h('a', { class: 'btn-primary small order-more', href: order.$href }, msgOf(doc, 'toolbtn_order')));
    const list = (doc.elem || []).length ? app.table(doc.messages.msg, doc.metadata.coldata, doc.elem, c.ids) : app.emptyState(c.empty);
    const section = h('section', { class: 'panel servers' }, list);
    app.renderApp(doc, head, section);
    if (!c.installing) return;
    const STATUS = { installing: 'status status-installing', active: 'status status-active', failed: 'status status-failed' };
    // Asks again while a server is being installed, as long as this list is on screen.
    const timer = setInterval(async () => {
      if (!section.isConnected) return clearInterval(timer);
      const response = await fetch(app.docURL('/billmgr?func=vds'), { headers: { accept: 'application/json' }, credentials: 'same-origin' }).catch(() => undefined);
      if (!response || !response.ok) return;
      const fresh = (await response.json()).doc;
      (fresh.content.ids || []).forEach((id, i) => {
        const status = section.querySelector(`tr[data-elid="${id}"] td[data-table-column-name="status"] span`);
        const cell = fresh.elem[i].status;
        if (!status || !cell) return;
        status.textContent = cell.$;
        status.className = STATUS[cell.$status] || 'status';
      });
      if (!fresh.content.installing) clearInterval(timer);
    }, 1000);
  });
})();
