/* global onPage, window, Element */
// Buttons and links that ignore clicks for the first moment after they are drawn, as when a
// single-page app draws its markup before its script has bound the handlers: a click in that
// moment does nothing at all (no navigation, no request, no change of the page), and a person
// clicks again. Nothing is marked in the page, so the press itself is the only sign.
const DEAF_MS = 700;
const PRESSABLE = 'a[href], button, [role="button"], [role="link"], input[type="submit"], input[type="button"]';
const drawnAt = new WeakMap();

onPage((document) => {
  const now = performance.now();
  for (const element of document.querySelectorAll(PRESSABLE)) if (!drawnAt.has(element)) drawnAt.set(element, now);
});

window.addEventListener(
  'click',
  (event) => {
    // A click made by the pointer (detail counts its clicks); the browser's own click for Enter in a
    // field (implicit submission, detail 0) goes through the form, whose handler is bound.
    const element = event.detail > 0 && event.target instanceof Element ? event.target.closest(PRESSABLE) : null;
    if (!element) return;
    if (!drawnAt.has(element)) drawnAt.set(element, performance.now());
    if (performance.now() - drawnAt.get(element) >= DEAF_MS) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  },
  true,
);
