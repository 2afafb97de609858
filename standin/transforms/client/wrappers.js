/* global onPage */
// Two layers of wrapper elements around every control, label and link, as component libraries
// add. The wrappers take no box of their own (display: contents), so the page looks the same.
const wrapped = new WeakSet();
const CONTROLS = 'button, label, input, select, textarea, a[href], [role="button"], [role="checkbox"], [role="combobox"], [role="link"]';

onPage((document) => {
  for (const element of document.body.querySelectorAll(CONTROLS)) {
    if (wrapped.has(element)) continue;
    wrapped.add(element);
    const outer = document.createElement('div');
    const inner = document.createElement('span');
    for (const wrapper of [outer, inner]) wrapper.style.display = 'contents';
    element.replaceWith(outer);
    inner.append(element);
    outer.append(inner);
  }
});
