// The imitation's web client (routes.ts): the chat `#@<bot>` of the signed-in account, drawn from
// /api/chats/<bot>. A chat that was never started offers «Start» instead of the message box, as
// Telegram does for a bot; /start typed and sent is the same message.
'use strict';

(() => {
  const root = document.querySelector('.tg');
  const t = JSON.parse(root.dataset.texts);
  const h = (tag, attrs, ...children) => {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value);
    }
    el.append(...children.flat().filter((c) => c !== undefined && c !== null));
    return el;
  };
  const time = (iso) => new Date(iso).toLocaleTimeString(document.documentElement.lang === 'ru' ? 'ru-RU' : 'en-US', { hour: 'numeric', minute: '2-digit' });
  const botName = () => decodeURIComponent(location.hash.replace(/^#@?/, ''));

  async function send(text) {
    await fetch(`/api/chats/${encodeURIComponent(botName())}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    await draw();
  }

  async function draw() {
    const response = await fetch(`/api/chats/${encodeURIComponent(botName())}`);
    if (!response.ok) {
      root.replaceChildren(h('p', { class: 'tg-empty' }, response.status === 401 ? t.signedOut : t.noSuchUser));
      return;
    }
    const { bot, messages } = await response.json();
    const input = h('input', { type: 'text', placeholder: t.placeholder, 'aria-label': t.placeholder });
    const submit = () => input.value.trim() && send(input.value.trim());
    input.addEventListener('keydown', (event) => event.key === 'Enter' && submit());
    root.replaceChildren(
      h('header', { class: 'tg-head' }, h('span', { class: 'tg-back', 'aria-hidden': 'true' }, '←'), h('div', { class: 'tg-avatar', 'aria-hidden': 'true' }, '://'),
        h('div', {}, h('div', { class: 'tg-name' }, bot.title), h('div', { class: 'tg-sub' }, t.bot))),
      h('section', { class: 'tg-chat' },
        messages.length ? h('div', { class: 'tg-day' }, t.today) : undefined,
        messages.map((m) => h('div', { class: m.out ? 'tg-bubble' : 'tg-bubble in' }, h('span', { class: 'tg-text' }, m.text), h('span', { class: 'tg-time' }, time(m.at), m.out ? ' ✓✓' : ''))),
      ),
      h('footer', { class: 'tg-foot' },
        messages.length ? [input, h('button', { type: 'button', class: 'tg-send', 'aria-label': t.send, onclick: submit }, '➤')] : h('button', { type: 'button', class: 'tg-start', onclick: () => send('/start') }, t.start)),
    );
  }

  window.addEventListener('hashchange', draw);
  draw();
})();
