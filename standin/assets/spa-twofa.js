// The spa skin's user settings and two-step setup form (2fa/<lang>/*.png), drawn from their JSON
// descriptions like every other screen (spa.js): labels are divs above their controls, a refusal is
// text under the field with role="alert".
'use strict';

(() => {
  const pages = (window.StandinPages = window.StandinPages || {});
  const spa = () => window.standinSpa;

  function head(h, page) {
    return h('div', { class: 'page-head' }, h('h1', {}, page.heading), h('span', { class: 'head-icons', 'aria-hidden': 'true' }, '⟳ ◍ ☆'));
  }

  /** A section bar that folds its body, saying so to assistive technology (aria-expanded). */
  function foldable(h, id, heading, open, ...children) {
    const body = h('div', { class: 'settings-body', id }, ...children);
    body.hidden = !open;
    const bar = h('button', { type: 'button', class: 'settings-bar', 'aria-expanded': String(open), 'aria-controls': id, onclick: () => {
      body.hidden = !body.hidden;
      bar.setAttribute('aria-expanded', String(!body.hidden));
    } }, heading);
    return h('div', { class: 'settings-section' }, bar, body);
  }

  pages.usrparam = (page, { h, renderApp }) => {
    const { fieldLabel, submitInPlace } = spa();
    const t = page.twofa;
    const tg = page.telegram;
    const twofa = foldable(h, 'settings-twofa', t.heading, true,
      h('p', { class: 'settings-text' }, t.text),
      t.enable ? h('a', { class: 'link settings-link', href: t.enable.href }, t.enable.label) : h('p', { class: 'settings-done' }, t.enabled),
    );
    const telegram = foldable(h, 'settings-telegram', tg.heading, !tg.folded,
      h('div', { class: 'field', 'data-field': tg.field.name }, fieldLabel(tg.field.label, false, page.texts.hint), h('input', { type: 'text', name: tg.field.name, value: tg.field.value })),
      h('p', { class: 'settings-text' }, tg.intro, ...tg.steps.flatMap((step) => [h('br'), step])),
      h('p', { class: 'settings-text' }, tg.receiving, h('br'), h('a', { class: 'link', href: tg.bot.href }, tg.bot.label), ` - ${tg.status}`),
    );
    const form = h('form', { novalidate: true },
      h('section', { class: 'panel form-panel settings-panel' }, twofa, telegram),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn-primary' }, page.ok), h('a', { class: 'btn-link', href: page.cancel.href }, page.cancel.label)),
    );
    submitInPlace(form, page.action);
    renderApp(page, head(h, page), form);
  };

  pages['totp.new'] = (page, { h, renderApp }) => {
    const { fieldLabel, submitInPlace } = spa();
    const hint = page.texts.hint;
    const readOnly = (field) => h('div', { class: 'field', 'data-field': field.name }, fieldLabel(field.label, false, field === page.serverTime ? '' : hint), h('input', { type: 'text', name: field.name, value: field.value, readonly: true }));
    const key = h('textarea', { name: page.key.name, class: 'totp-key', readonly: true, rows: 2 });
    key.value = page.key.value;
    const save = (item) => h('div', { class: 'totp-save' }, h('span', {}, item.label), h('a', { class: 'link', href: item.link.href, download: '' }, item.link.label));
    const form = h('form', { novalidate: true },
      h('section', { class: 'panel form-panel totp-panel' },
        h('img', { class: 'totp-qr', src: page.qr, alt: 'QR', width: 225, height: 225 }),
        h('p', { class: 'totp-text' }, page.scan, h('br'), page.clock),
        save(page.saveQr),
        save(page.saveKey),
        h('p', { class: 'totp-warning' }, page.warning),
        h('div', { class: 'field' }, fieldLabel(page.serverTime.label, false, ''), h('input', { type: 'text', name: page.serverTime.name, value: page.serverTime.value })),
        readOnly(page.accountName),
        h('div', { class: 'field', 'data-field': page.key.name }, fieldLabel(page.key.label, false, hint), key),
        h('div', { class: 'field', 'data-field': page.code.name }, fieldLabel(page.code.label, true, hint), h('input', { type: 'text', name: page.code.name, inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6 })),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn-primary' }, page.ok), h('a', { class: 'btn-link', href: page.cancel.href }, page.cancel.label)),
    );
    submitInPlace(form, page.action);
    renderApp(page, head(h, page), form);
  };
})();
