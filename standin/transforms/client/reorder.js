/* global onPage, getComputedStyle, CSSStyleSheet */
// The DOM order of every form's (and dialog's) parts is reversed while the page shows them in the
// same order: each container becomes a flex box and each part keeps its place with CSS `order`.
// Parts the page adds later take the next places after the ones already there.
const SCOPES = 'form, dialog, [role="dialog"]';
// Lists keep their order: their own keyboard handling walks them in DOM order.
const SKIPPED = new Set(['SELECT', 'DATALIST', 'OPTGROUP', 'svg', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL', 'OL']);
const FLEX = 'data-t-flex';
let sheet;

/** A block becomes a flex column through a stylesheet rule, so its `hidden` attribute still hides it. */
function flexColumn(container) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`[${FLEX}]:not([hidden]) { display: flex; flex-direction: column; }`);
    container.ownerDocument.adoptedStyleSheets = [...container.ownerDocument.adoptedStyleSheets, sheet];
  }
  container.setAttribute(FLEX, '');
}

function hasOwnText(container) {
  return [...container.childNodes].some((node) => node.nodeType === 3 && node.data.trim());
}

function reorder(container) {
  const parts = [...container.children];
  if (parts.length < 2 || SKIPPED.has(container.tagName) || container.getAttribute('role') === 'listbox' || hasOwnText(container)) return;
  if (!container.hasAttribute(FLEX)) {
    const display = getComputedStyle(container).display;
    if (display === 'block') flexColumn(container);
    else if (display !== 'flex' && display !== 'inline-flex') return;
  }
  let next = Math.max(-1, ...parts.map((part) => Number(part.dataset.tOrder ?? -1))) + 1;
  for (const part of parts) if (part.dataset.tOrder === undefined) part.dataset.tOrder = String(next++);
  const ordered = parts.sort((a, b) => Number(b.dataset.tOrder) - Number(a.dataset.tOrder));
  for (const part of ordered) part.style.order = part.dataset.tOrder;
  if (ordered.some((part, i) => container.children[i] !== part)) container.append(...ordered);
}

onPage((document) => {
  for (const scope of document.querySelectorAll(SCOPES)) {
    for (const container of [scope, ...scope.querySelectorAll('*')]) reorder(container);
  }
});
