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
  // Correcting a refused field takes its message away, as BILLmanager does.
  const settle = (event) => {
    const control = event.target;
    if (!control.name || control.getAttribute('aria-invalid') !== 'true') return;
    control.setAttribute('aria-invalid', 'false');
    const message = document.getElementById('e-' + control.name);
    if (message) message.textContent = '';
  };
  form.addEventListener('input', settle);
  form.addEventListener('change', settle);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const response = await fetch(form.action, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)),
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
