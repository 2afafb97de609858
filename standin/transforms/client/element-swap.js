/* global onPage, swapElement, getComputedStyle */
// Element types swapped for others that look and work the same: a link drawn as a button becomes
// a <button>, a plain button a focusable div with role="button", a submit button an
// <input type="submit">, headings divs with role="heading", paragraphs divs, and the plain
// containers of form controls <section>s (unnamed, so no landmark). Swapped controls forward
// their clicks to the original element, so the page's own listeners still run.
const done = new WeakSet();

function looksLikeButton(link) {
  const style = getComputedStyle(link);
  const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
  const framed = style.borderStyle !== 'none' && parseFloat(style.borderWidth) > 0;
  return (filled || framed) && parseFloat(style.paddingLeft) >= 8;
}

const KEPT = /^(class|title|tabindex|aria-.*)$/;

/**
 * Puts an element of another type in place of a control, looking the same, and keeps the original
 * in the page, empty and out of sight, to receive the clicks: its own listeners, listeners that
 * delegate from an ancestor, and its native behaviour (following a link) all still work. Neither
 * ids nor data attributes are copied, so the page's script still finds and handles only the original.
 */
function standIn(original, tagName) {
  const document = original.ownerDocument;
  const style = getComputedStyle(original);
  const replacement = document.createElement(tagName);
  for (const attribute of original.attributes) if (KEPT.test(attribute.name)) replacement.setAttribute(attribute.name, attribute.value);
  for (const property of ['display', 'backgroundColor', 'color', 'font', 'padding', 'border', 'borderRadius', 'cursor', 'textAlign']) {
    replacement.style[property] = style[property];
  }
  replacement.append(...original.childNodes);
  original.before(replacement);
  original.style.display = 'none';
  replacement.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    original.click();
  });
  return replacement;
}

function linkToButton(link) {
  const button = standIn(link, 'button');
  button.type = 'button';
  return button;
}

function buttonToDiv(original) {
  const div = standIn(original, 'div');
  div.setAttribute('role', 'button');
  div.tabIndex = 0;
  div.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    div.click();
  });
  return div;
}

function submitToInput(button) {
  const input = button.ownerDocument.createElement('input');
  for (const attribute of button.attributes) input.setAttribute(attribute.name, attribute.value);
  input.type = 'submit';
  input.value = button.textContent.trim();
  button.replaceWith(input);
  return input;
}

onPage((document) => {
  for (const link of document.querySelectorAll('a[href]')) {
    if (done.has(link) || !link.textContent.trim() || link.style.display === 'none' || !looksLikeButton(link)) continue;
    done.add(link);
    done.add(linkToButton(link));
  }
  for (const button of document.querySelectorAll('button')) {
    if (done.has(button) || button.style.display === 'none') continue;
    done.add(button);
    // A submit button keeps submitting its form natively (Enter in a field relies on it).
    if (button.type === 'submit' && button.form) {
      if (button.children.length === 0 && button.textContent.trim()) done.add(submitToInput(button));
    } else if (button.type === 'button' && !button.closest('summary')) {
      done.add(buttonToDiv(button));
    }
  }
  for (const heading of document.querySelectorAll('h1, h2, h3')) {
    const div = swapElement(heading, 'div');
    div.setAttribute('role', 'heading');
    div.setAttribute('aria-level', heading.tagName.slice(1));
  }
  for (const paragraph of document.querySelectorAll('p')) swapElement(paragraph, 'div');
  for (const control of document.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
    const container = control.parentElement;
    if (!container || done.has(container) || container.tagName !== 'DIV' || container.hasAttribute('role') || container.id) continue;
    done.add(swapElement(container, 'section'));
  }
});
