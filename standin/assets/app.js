// The stand-in's only script: forms submit in place as BILLmanager's single-page client does, so a
// refused field keeps what was typed; the notification opens its dialog.
'use strict';

function clearErrors(form) {
  for (const control of form.querySelectorAll('[aria-invalid]')) control.setAttribute('aria-invalid', 'false');
  for (const message of form.querySelectorAll('.error')) message.textContent = '';
}

function showErrors(form, errors) {
  for (const [name, text] of Object.entries(errors)) {
    const control = form.elements.namedItem(name);
    const message = form.ownerDocument.getElementById('e-' + name);
    if (control && control.setAttribute) control.setAttribute('aria-invalid', 'true');
    if (message) message.textContent = text;
  }
  const first = Object.keys(errors)[0];
  const control = first && form.elements.namedItem(first);
  if (control && control.focus) control.focus();
}

for (const form of document.querySelectorAll('form[data-enhance]')) {
  const json = form.hasAttribute('data-json');
  // Correcting a refused field takes its message away, as BILLmanager does.
  // The message under the field says it was refused; aria-invalid only tells assistive technology.
  const settle = (event) => {
    const control = event.target;
    const message = control.name && document.getElementById('e-' + control.name);
    if (!message || !message.textContent) return;
    control.setAttribute('aria-invalid', 'false');
    message.textContent = '';
  };
  form.addEventListener('input', settle);
  form.addEventListener('change', settle);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    // A form with files (the ticket's) goes as JSON, its files base64 (see editor.js).
    const response = await fetch(form.action, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded' },
      body: json ? JSON.stringify(await window.standinEditor.formJson(form)) : new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
    });
    const answer = await response.json().catch(() => ({ ok: false, errors: {} }));
    if (answer.ok) window.location.assign(answer.redirect);
    else showErrors(form, answer.errors || {});
  });
}

for (const button of document.querySelectorAll('[data-toggle-password]')) {
  button.addEventListener('click', () => {
    const input = document.getElementById(button.dataset.togglePassword);
    input.type = input.type === 'password' ? 'text' : 'password';
  });
}

for (const button of document.querySelectorAll('[data-clear-select]')) {
  button.addEventListener('click', () => {
    document.getElementById(button.dataset.clearSelect).value = '';
  });
}

const strengthWord = document.getElementById('strength');
if (strengthWord) {
  const input = document.getElementById('f-password');
  const bar = document.querySelector('.strength-bar');
  const rate = () => {
    const value = input.value;
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
    const level = !value ? 0 : value.length >= 10 && classes >= 3 ? 3 : value.length >= 8 && classes >= 2 ? 2 : 1;
    bar.dataset.level = String(level);
    strengthWord.dataset.level = String(level);
    strengthWord.textContent = ['', strengthWord.dataset.weak, strengthWord.dataset.medium, strengthWord.dataset.strong][level];
  };
  input.addEventListener('input', rate);
  rate();
  const dice = document.querySelector('[data-generate-password]');
  dice?.addEventListener('click', () => {
    const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%+-=?';
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const password = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    input.value = password;
    document.getElementById('f-password_repeat').value = password;
    rate();
  });
}

const dialog = document.getElementById('confirm-dialog');
for (const opener of document.querySelectorAll('[data-open-dialog]')) {
  opener.addEventListener('click', () => dialog.showModal());
}
dialog?.querySelector('[data-close-dialog]').addEventListener('click', () => dialog.close());
dialog?.querySelector('[data-send-confirmation]').addEventListener('click', async () => {
  const response = await fetch('/billmgr?func=notice.send', {
    method: 'POST',
    headers: { accept: 'application/json', 'x-csrf-token': document.body.dataset.csrf },
    credentials: 'same-origin',
  });
  const answer = await response.json().catch(() => ({}));
  dialog.close();
  const toast = document.querySelector('.toast');
  if (answer.message && toast) {
    toast.textContent = answer.message;
    toast.hidden = false;
    setTimeout(() => (toast.hidden = true), 4000);
  }
});

for (const close of document.querySelectorAll('[data-close-strip]')) {
  close.addEventListener('click', () => close.parentElement.remove());
}

// The side menu: each group's button shows or hides its links.
// What a button opens is read once: its state is the list's, aria-expanded only says it.
for (const button of document.querySelectorAll('[data-menu-group]')) {
  const list = document.getElementById(button.getAttribute('aria-controls'));
  button.addEventListener('click', () => {
    const open = list.hidden;
    button.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
  });
}

// The log-on page's language: choosing one reloads the page in it.
for (const select of document.querySelectorAll('[data-lang-switch]')) {
  select.addEventListener('change', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', select.value);
    window.location.assign(url);
  });
}

// Tabs of a page (the referral program's «Доход» / «Статистика»): one panel shown at a time.
for (const list of document.querySelectorAll('[data-tabs]')) {
  const tabs = Array.from(list.querySelectorAll('[role="tab"]'));
  const panels = tabs.map((tab) => document.getElementById(tab.getAttribute('aria-controls')));
  const select = (tab) => {
    tabs.forEach((other, i) => {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.classList.toggle('selected', selected);
      other.tabIndex = selected ? 0 : -1;
      panels[i].hidden = !selected;
    });
    tab.focus();
  };
  list.addEventListener('click', (event) => {
    const tab = tabs.find((candidate) => candidate.contains(event.target));
    if (tab) select(tab);
  });
  list.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(document.activeElement);
    if (index < 0 || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    event.preventDefault();
    select(tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]);
  });
}

// The ticket editor: Markdown toolbar, files chosen or dropped.
for (const editor of document.querySelectorAll('.editor')) {
  const textarea = editor.querySelector('textarea');
  for (const button of editor.querySelectorAll('[data-md]')) button.addEventListener('click', () => window.standinEditor.apply(textarea, button.dataset.md));
  const input = editor.querySelector('input[type="file"]');
  if (input) window.standinEditor.dropzone(editor, input, editor.querySelector('.file-names'));
}
