/* global onPage */
// Text fields read-only until they get focus, an anti-autofill trick: browsers do not autofill a
// read-only field, and a person who clicks into it types as usual.
const TYPED = 'input:not([type]), input[type="text"], input[type="email"], input[type="password"], input[type="search"], input[type="tel"], textarea';
const done = new WeakSet();

onPage((document) => {
  for (const field of document.querySelectorAll(TYPED)) {
    if (done.has(field)) continue;
    done.add(field);
    // A field that already has focus (a list's search box focused as it opens) would stay read-only
    // for a person too: the trick only holds fields back until they are first focused.
    if (field.readOnly || field.disabled || field.getRootNode().activeElement === field) continue;
    field.readOnly = true;
    field.addEventListener('focus', () => (field.readOnly = false), { once: true });
  }
});
