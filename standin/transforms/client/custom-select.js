/* global onPage, MutationObserver, HTMLSelectElement, CSS, getComputedStyle */
// Native <select> lists become an ARIA combobox with a search box and a listbox of options, as
// UI kits draw them. The native list stays in the form, hidden, so the form still submits it and
// the page's own script still reads, clears and marks it; the combobox mirrors it.
const done = new WeakSet();
const MIRRORED = ['aria-invalid', 'aria-describedby', 'aria-required'];
let counter = 0;

function customize(select) {
  const document = select.ownerDocument;
  const n = ++counter;
  const input = document.createElement('input');
  input.type = 'text';
  input.id = `t-combobox-${n}`;
  input.className = select.className;
  input.autocomplete = 'off';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  const list = document.createElement('ul');
  list.id = `t-listbox-${n}`;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  Object.assign(list.style, {
    position: 'absolute', left: '0', right: '0', top: '100%', zIndex: '10', maxHeight: '240px', overflowY: 'auto',
    margin: '2px 0 0', padding: '4px 0', listStyle: 'none', background: '#fff', border: '1px solid #d1d5db',
    boxShadow: '0 4px 12px rgba(0,0,0,.12)',
  });
  input.setAttribute('aria-controls', list.id);
  const placeholder = [...select.options].find((option) => option.value === '');
  if (placeholder) input.placeholder = placeholder.text;
  const options = [...select.options]
    .filter((option) => option.value !== '')
    .map((option, i) => {
      const item = document.createElement('li');
      item.id = `${list.id}-${i}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.dataset.value = option.value;
      item.textContent = option.text;
      Object.assign(item.style, { padding: '6px 12px', cursor: 'pointer' });
      list.append(item);
      return item;
    });

  // Labels now name the visible control.
  if (select.id) {
    for (const label of document.querySelectorAll(`label[for="${CSS.escape(select.id)}"]`)) label.htmlFor = input.id;
  }
  for (const name of ['aria-label', 'aria-labelledby']) if (select.hasAttribute(name)) input.setAttribute(name, select.getAttribute(name));

  const selectedText = () => (select.value ? (select.selectedOptions[0]?.text ?? '') : '');
  const sync = () => {
    input.value = selectedText();
    for (const item of options) item.setAttribute('aria-selected', String(item.dataset.value === select.value));
    for (const name of MIRRORED) {
      if (select.hasAttribute(name)) input.setAttribute(name, select.getAttribute(name));
      else input.removeAttribute(name);
    }
  };
  let active = -1;
  const visible = () => options.filter((item) => !item.hidden);
  const highlight = (index) => {
    const shown = visible();
    for (const item of options) item.style.background = '';
    active = Math.max(-1, Math.min(index, shown.length - 1));
    if (active >= 0) {
      shown[active].style.background = '#f3e8ff';
      shown[active].scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', shown[active].id);
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    highlight(-1);
  };
  const filter = () => {
    const query = input.value.trim().toLowerCase();
    for (const item of options) item.hidden = Boolean(query) && !item.textContent.toLowerCase().includes(query);
    highlight(-1);
  };
  const choose = (item) => {
    select.value = item.dataset.value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    sync();
    close();
  };
  input.addEventListener('focus', () => {
    for (const item of options) item.hidden = false;
    open();
  });
  input.addEventListener('click', open);
  input.addEventListener('input', () => {
    open();
    filter();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { open(); highlight(active + 1); event.preventDefault(); }
    else if (event.key === 'ArrowUp') { highlight(active - 1); event.preventDefault(); }
    else if (event.key === 'Enter' && !list.hidden && active >= 0) { choose(visible()[active]); event.preventDefault(); }
    else if (event.key === 'Escape') close();
  });
  // Typed text that is no choice is put back to the chosen one when the box is left.
  input.addEventListener('blur', () => {
    close();
    input.value = selectedText();
  });
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const item = event.target.closest('[role="option"]');
    if (item) choose(item);
  });

  // The page's own script may set the list's value directly (its × button does): follow it.
  for (const property of ['value', 'selectedIndex']) {
    const native = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, property);
    Object.defineProperty(select, property, {
      configurable: true,
      get() { return native.get.call(this); },
      set(value) { native.set.call(this, value); sync(); },
    });
  }
  select.addEventListener('change', sync);
  new MutationObserver(sync).observe(select, { attributes: true });

  const parent = select.parentElement;
  if (parent && getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
  select.before(input, list);
  select.hidden = true;
  select.tabIndex = -1;
  sync();
}

onPage((document) => {
  for (const select of document.querySelectorAll('select')) {
    if (done.has(select) || select.multiple) continue;
    done.add(select);
    customize(select);
  }
});
