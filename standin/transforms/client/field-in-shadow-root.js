/* global onPage, customElements, HTMLElement, document */
// One field of each form (its second text field) lives in the open shadow root of a
// form-associated wrapper, as one field wrapper of ISPsystem 6 panels does: its words and its
// control are inside the shadow tree, its label tied to nothing, its value submitted by the host.
const TAG = 'isp-shadow-field';
const done = new WeakSet();

if (!customElements.get(TAG)) {
  customElements.define(
    TAG,
    class extends HTMLElement {
      static formAssociated = true;
      constructor() {
        super();
        this.internals = this.attachInternals();
      }
    },
  );
}

onPage((doc) => {
  for (const form of doc.querySelectorAll('form')) {
    const texts = [...form.querySelectorAll('input[type="text"], input:not([type])')].filter((input) => input.name && !input.getAttribute('role'));
    const input = texts[1];
    if (!input || done.has(input)) continue;
    const field = input.closest('.field');
    if (!field || field.parentElement === null) continue;
    done.add(input);
    const host = doc.createElement(TAG);
    for (const attribute of field.attributes) host.setAttribute(attribute.name, attribute.value);
    host.setAttribute('name', input.name);
    host.style.display = 'block';
    const root = host.attachShadow({ mode: 'open' });
    // The document's stylesheets do not reach into a shadow tree: it links them itself.
    for (const sheet of doc.querySelectorAll('link[rel="stylesheet"]')) root.append(sheet.cloneNode());
    root.append(...field.childNodes);
    for (const label of root.querySelectorAll('label')) {
      const words = document.createElement('div');
      words.className = label.className || 'field-label';
      words.append(...label.childNodes);
      label.replaceWith(words);
    }
    input.removeAttribute('name');
    input.removeAttribute('id');
    const commit = () => host.internals.setFormValue(input.value);
    input.addEventListener('input', commit);
    commit();
    field.replaceWith(host);
  }
});
