/* global onPage, MutationObserver, KeyboardEvent, CSS */
// Native checkboxes become styled ARIA checkboxes, as UI kits draw them: a focusable
// role="checkbox" box that ticks a hidden native input, so the form still submits it and the
// page's own script still reads it and marks it invalid (mirrored onto the box).
const done = new WeakSet();
const MIRRORED = ['aria-invalid', 'aria-describedby', 'aria-required', 'aria-label'];
let counter = 0;

function labelOf(input) {
  const document = input.ownerDocument;
  return input.closest('label') ?? (input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null);
}

function customize(input) {
  const document = input.ownerDocument;
  const box = document.createElement('span');
  box.setAttribute('role', 'checkbox');
  box.tabIndex = 0;
  Object.assign(box.style, {
    display: 'inline-block', flex: 'none', width: '16px', height: '16px', marginTop: '1px', boxSizing: 'border-box',
    border: '1.5px solid #7b2ff7', borderRadius: '3px', cursor: 'pointer',
  });
  const label = labelOf(input);
  if (label) {
    label.id ||= `t-checkbox-label-${++counter}`;
    box.setAttribute('aria-labelledby', label.id);
  }
  const sync = () => {
    box.setAttribute('aria-checked', String(input.checked));
    box.style.background = input.checked ? '#7b2ff7' : '#fff';
    for (const name of MIRRORED) {
      if (input.hasAttribute(name)) box.setAttribute(name, input.getAttribute(name));
      else box.removeAttribute(name);
    }
    box.style.borderColor = input.getAttribute('aria-invalid') === 'true' ? '#e0134f' : '#7b2ff7';
  };
  const toggle = (event) => {
    // Inside a <label>, the click would also reach the native input: that would undo the toggle.
    event.preventDefault();
    input.checked = !input.checked;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    sync();
  };
  box.addEventListener('click', toggle);
  box.addEventListener('keydown', (event) => {
    if (event instanceof KeyboardEvent && event.key === ' ') toggle(event);
  });
  // A click on the label text still reaches the native input; the box follows it.
  input.addEventListener('change', sync);
  new MutationObserver(sync).observe(input, { attributes: true });
  input.before(box);
  input.hidden = true;
  input.tabIndex = -1;
  sync();
}

onPage((document) => {
  for (const input of document.querySelectorAll('input[type="checkbox"]')) {
    if (done.has(input)) continue;
    done.add(input);
    customize(input);
  }
});
