/* global onPage, document, HTMLInputElement, Element */
// The form's submit button stays disabled until every required field is valid, and the field left
// invalid says why right under itself once it was touched or a submission was tried (Enter): the
// way many single-page forms refuse, without sending anything. What the server enforces is left
// as it is. Applies to forms with consent boxes (registration).
const MESSAGE = { ru: 'Заполните это поле правильно', en: 'Please fill in this field correctly' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const done = new WeakSet();

/** The containers of the form's required answers: a field whose label has its «*», a consent with a box. */
function requiredParts(form) {
  return [...form.querySelectorAll('.field, .consent')].filter(
    (part) => part.querySelector('.req') && (!part.classList.contains('consent') || part.querySelector('input[type="checkbox"], [role="checkbox"]')),
  );
}

function isValid(part) {
  const box = part.querySelector('input[type="checkbox"], [role="checkbox"]');
  if (box) return box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true';
  const held = part.querySelector('input[type="hidden"][name]');
  const control = held ?? part.querySelector('select, input, textarea');
  if (!control) return true;
  const value = control.value.trim();
  if (!value) return false;
  return !(control.type === 'email' || part.querySelector('input[type="email"]')) || EMAIL.test(value);
}

/** The page's own place for the field's message: its error slot, else a new one under it. */
function say(part, message) {
  const control = part.querySelector('input[type="checkbox"], [role="checkbox"], select, input:not([type="hidden"]), textarea');
  const slot = part.querySelector(':scope > .error');
  if (control?.hasAttribute('aria-invalid')) {
    control.setAttribute('aria-invalid', String(Boolean(message)));
    if (slot) slot.textContent = message;
    return;
  }
  const own = part.querySelector(':scope > .error[data-client-check]');
  if (!message) return own?.remove();
  if (own) return;
  const line = document.createElement('div');
  line.className = 'error';
  line.setAttribute('role', 'alert');
  line.dataset.clientCheck = '';
  line.textContent = message;
  part.append(line);
}

function enhance(form) {
  const lang = document.documentElement.lang === 'ru' ? 'ru' : 'en';
  const touched = new WeakSet();
  const check = (showAll) => {
    const parts = requiredParts(form);
    const valid = parts.every(isValid);
    for (const button of form.querySelectorAll('button[type="submit"]')) button.disabled = !valid;
    for (const part of parts) if (showAll || touched.has(part)) say(part, isValid(part) ? '' : MESSAGE[lang]);
  };
  // After the page's own handlers, which may clear messages or change the value first.
  const later = (event, showAll = false) => {
    const part = event.target instanceof Element ? event.target.closest('.field, .consent') : null;
    if (part) touched.add(part);
    setTimeout(() => check(showAll));
  };
  for (const type of ['input', 'change', 'click']) form.addEventListener(type, (event) => later(event));
  form.addEventListener('keydown', (event) => event.key === 'Enter' && later(event, true), true);
  check(false);
}

onPage((doc) => {
  for (const form of doc.querySelectorAll('form')) {
    if (done.has(form) || !form.querySelector('.consent')) continue;
    done.add(form);
    enhance(form);
  }
});
