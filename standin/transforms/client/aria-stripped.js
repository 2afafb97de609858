/* global onPage, MutationObserver, document */
// No ARIA at all, as ISPsystem's web components ship: every `role` and `aria-*` attribute is taken
// off, in the document and in open shadow roots, and again whenever the page's script sets one
// (a list opening, a box ticked). Native elements keep what HTML itself says (a <button> is a
// button, an <input> a text field); widgets drawn from divs and spans say nothing. The page's own
// state never lived in these attributes, so it works as before.
const stripped = new WeakSet();

function strip(element) {
  for (const name of element.getAttributeNames()) {
    if (name === 'role' || name.startsWith('aria-')) element.removeAttribute(name);
  }
}

function stripAll(root) {
  for (const element of root.querySelectorAll('*')) {
    strip(element);
    if (element.shadowRoot && !stripped.has(element.shadowRoot)) {
      stripped.add(element.shadowRoot);
      watch(element.shadowRoot);
    }
  }
}

function watch(root) {
  stripAll(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') strip(record.target);
      else {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          strip(node);
          stripAll(node);
        }
      }
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true });
}

// Attribute changes are removed as they come; new subtrees through onPage as well, so shadow
// roots attached later are found.
watch(document.documentElement);
onPage((document) => stripAll(document));
