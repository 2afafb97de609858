/* global onPage, MutationObserver, window */
// A list's popup moved out of its field to the end of <body> and placed under the field by
// script, as component libraries do so that no scrolling box clips it: the options are nowhere
// near the field in the document, only on screen.
const moved = new WeakSet();

function place(list, field) {
  const box = field.getBoundingClientRect();
  Object.assign(list.style, { position: 'absolute', left: `${box.left + window.scrollX}px`, top: `${box.bottom + window.scrollY + 2}px`, width: `${box.width}px`, zIndex: '20' });
}

onPage((document) => {
  for (const list of document.querySelectorAll('[role="listbox"]')) {
    if (moved.has(list)) continue;
    const field = document.querySelector(`[aria-controls="${list.id}"]`) ?? list.parentElement;
    if (!field) continue;
    moved.add(list);
    document.body.append(list);
    // The page's own script shows and hides the list; it is placed whenever it shows.
    new MutationObserver(() => !list.hidden && place(list, field)).observe(list, { attributes: true, attributeFilter: ['hidden'] });
    if (!list.hidden) place(list, field);
  }
});
