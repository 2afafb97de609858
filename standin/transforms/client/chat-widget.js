/* global onPage */
// A support chat launcher in the bottom-right corner, clear of the form, as hosting providers add.
// It opens a small panel with its own text box and button; closed, it shows only the launcher.
const TEXTS = {
  ru: { open: 'Открыть чат', close: 'Закрыть чат', title: 'Поддержка', greeting: 'Здравствуйте! Чем можем помочь?', message: 'Сообщение', send: 'Отправить' },
  en: { open: 'Open chat', close: 'Close chat', title: 'Support', greeting: 'Hello! How can we help?', message: 'Message', send: 'Send' },
};
let shown;

onPage((document) => {
  // Shown once, and again if the page's own rendering wiped it.
  if (shown?.isConnected) return;
  const t = TEXTS[document.documentElement.lang] ?? TEXTS.en;
  const widget = document.createElement('div');
  Object.assign(widget.style, { position: 'fixed', right: '20px', bottom: '20px', zIndex: '50', fontSize: '13px' });
  const panel = document.createElement('div');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t.title);
  panel.hidden = true;
  Object.assign(panel.style, {
    position: 'absolute', right: '0', bottom: '64px', width: '260px', padding: '12px', background: '#fff',
    border: '1px solid #e5e7eb', borderRadius: '8px', boxShadow: '0 6px 20px rgba(0,0,0,.18)',
  });
  const greeting = document.createElement('div');
  greeting.textContent = t.greeting;
  const message = document.createElement('input');
  message.type = 'text';
  message.setAttribute('aria-label', t.message);
  message.placeholder = t.message;
  Object.assign(message.style, { width: '100%', margin: '10px 0 8px', height: '30px', boxSizing: 'border-box' });
  const send = document.createElement('button');
  send.type = 'button';
  send.textContent = t.send;
  send.addEventListener('click', () => (message.value = ''));
  panel.append(greeting, message, send);
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.setAttribute('aria-label', t.open);
  launcher.setAttribute('aria-expanded', 'false');
  launcher.textContent = '💬';
  Object.assign(launcher.style, {
    width: '52px', height: '52px', borderRadius: '50%', border: '0', background: '#7b2ff7', color: '#fff',
    fontSize: '22px', cursor: 'pointer', boxShadow: '0 4px 12px rgba(0,0,0,.2)',
  });
  launcher.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    launcher.setAttribute('aria-expanded', String(!panel.hidden));
    launcher.setAttribute('aria-label', panel.hidden ? t.open : t.close);
  });
  widget.append(panel, launcher);
  document.body.append(widget);
  shown = widget;
});
