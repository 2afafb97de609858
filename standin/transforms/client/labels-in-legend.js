/* global onPage */
// Field labels drawn as the notched outline of a Material-like field: the words move into a
// <legend> on the border of a decorative <fieldset> around the control; no <label>, no `for`.
const done = new WeakSet();

onPage((document) => {
  for (const field of document.querySelectorAll('.field')) {
    if (done.has(field)) continue;
    const label = field.querySelector(':scope > label, :scope > .field-label');
    const control = field.querySelector('input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), select, textarea');
    if (!label || !control || label.contains(control)) continue;
    done.add(field);
    const frame = document.createElement('fieldset');
    frame.className = 'outline';
    Object.assign(frame.style, { border: '1px solid #c9c9d6', borderRadius: '8px', padding: '0 8px 8px', margin: '0' });
    const legend = document.createElement('legend');
    Object.assign(legend.style, { padding: '0 4px', fontSize: '13px' });
    legend.append(...label.childNodes);
    frame.append(legend);
    // What stood under the label (the control and its tools) goes inside the outline; messages stay below it.
    for (const node of [...field.childNodes]) {
      if (node === label || (node.nodeType === 1 && node.classList.contains('error'))) continue;
      frame.append(node);
    }
    label.replaceWith(frame);
  }
});
