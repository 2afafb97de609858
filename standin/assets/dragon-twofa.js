// The dragon skin's user settings and two-step setup form (2fa/<lang>/*.png), drawn from the `doc`
// envelope with dragon.js's components: no role, no aria-*, labels tied to nothing, the section bar
// a plain div that folds its body.
'use strict';

(() => {
  const app = window.dragonApp;
  const { h, msgOf, Form, formButtons, renderApp, pageHead, fieldLabel } = app;

  // A section bar is a plain div that folds its body: nothing says whether it is open.
  const foldable = (heading, open, ...children) => {
    const body = h('div', { class: open ? 'settings-body' : 'settings-body isp-section_hidden' }, ...children);
    const bar = h('div', { class: 'settings-bar isp-collapse__header', onclick: () => body.classList.toggle('isp-section_hidden') }, heading);
    return h('div', { class: 'settings-section' }, bar, body);
  };

  app.register('usrparam', (doc) => {
    const { twofa: t, telegram: tg } = doc.content;
    const meta = doc.metadata.form;
    const form = new Form(doc);
    const submit = () => form.post(meta.$action);
    form.onEnter = submit;
    form.host.append(
      h('div', { class: 'panel form-panel settings-panel' },
        foldable(t.heading, true,
          h('p', { class: 'settings-text' }, t.text),
          t.enable ? h('a', { class: 'link settings-link', href: t.enable.href }, t.enable.label) : h('p', { class: 'settings-done' }, t.enabled),
        ),
        foldable(tg.heading, !tg.folded,
          meta.field.map((f) => form.field(f)),
          h('p', { class: 'settings-text' }, tg.intro, ...tg.steps.flatMap((step) => [h('br'), step])),
          h('p', { class: 'settings-text' }, tg.receiving, h('br'), h('a', { class: 'link', href: tg.bot.href }, tg.bot.label), ` - ${tg.status}`),
        ),
      ),
      ...formButtons(form, meta.buttons.button, submit).filter(Boolean),
    );
    renderApp(doc, pageHead(msgOf(doc, 'title')), form.host);
  });

  app.register('totp.new', (doc) => {
    const c = doc.content;
    const meta = doc.metadata.form;
    const form = new Form(doc);
    const byName = (name) => meta.field.find((f) => f.$name === name);
    const keySpec = meta.field.find((f) => f.textarea);
    const key = h('textarea', { class: 'ispui-textarea totp-key', name: keySpec.$name, readonly: true, rows: 2 });
    key.value = doc[keySpec.$name] && doc[keySpec.$name].$ ? doc[keySpec.$name].$ : '';
    const save = (item) => h('div', { class: 'totp-save' }, h('span', {}, item.label), h('a', { class: 'link', href: item.link.href, download: '' }, item.link.label));
    const submit = () => form.post(meta.$action);
    form.onEnter = submit;
    form.host.classList.add('totp-form');
    form.host.append(
      h('div', { class: 'panel form-panel totp-panel' },
        h('img', { class: 'totp-qr', src: c.qr, width: 225, height: 225 }),
        h('p', { class: 'totp-text' }, c.scan, h('br'), c.clock),
        save(c.saveQr),
        save(c.saveKey),
        h('p', { class: 'totp-warning' }, c.warning),
        meta.field.filter((f) => !f.textarea && f.$name !== 'qrcode').map((f) => form.field(f)),
        form.container(keySpec.$name, fieldLabel(msgOf(doc, keySpec.$name), false, msgOf(doc, `hint_${keySpec.$name}`)), key),
        form.field(byName('qrcode')),
      ),
      ...formButtons(form, meta.buttons.button, submit).filter(Boolean),
    );
    renderApp(doc, pageHead(msgOf(doc, 'title')), form.host);
  });
})();
