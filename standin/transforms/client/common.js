/* global document, window, MutationObserver */
// Shared by every client-side transform. `apply` runs once the page's own scripts have run and
// again after every later change of the page, because the spa skin renders in the browser after
// load and re-renders on its own. Each transform must be idempotent: it marks what it handled.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function onPage(apply) {
  let scheduled = false;
  const options = { childList: true, subtree: true, characterData: true };
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(run);
  });
  // What the transform itself changed, for the self-test that proves it changes nothing on a skin it is not run on.
  const own = new MutationObserver(() => undefined);
  function run() {
    scheduled = false;
    // The transform's own changes must not wake it again.
    observer.disconnect();
    own.observe(document.documentElement, { ...options, attributes: true });
    try {
      apply(document);
    } finally {
      if (own.takeRecords().length) window.standinTransformChanged = true;
      own.disconnect();
      observer.takeRecords();
      observer.observe(document.documentElement, options);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}

/** Moves `element`'s attributes and children into a new element of another type, in its place. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function swapElement(element, tagName, skipAttributes = []) {
  const replacement = element.ownerDocument.createElement(tagName);
  for (const attribute of element.attributes) {
    if (!skipAttributes.includes(attribute.name)) replacement.setAttribute(attribute.name, attribute.value);
  }
  // Moving (not copying) the children keeps their event listeners.
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}
